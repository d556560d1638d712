package pl.ezd.cases.entity;

import jakarta.ejb.ApplicationException;
import pl.ezd.validation.boundary.LocalizedRefusal;
import pl.ezd.validation.boundary.UserMessage;

/** A closed case was asked to change; the law forbids it (regulation of 30 Oct 2006 §6). */
@ApplicationException(rollback = true)
public class CaseClosedException extends RuntimeException implements LocalizedRefusal {

    private final UserMessage userMessage;

    public CaseClosedException(ZnakSprawy znak) {
        this(UserMessage.of("cases.closed", znak));
    }

    private CaseClosedException(UserMessage userMessage) {
        super(userMessage.polish());
        this.userMessage = userMessage;
    }

    @Override
    public UserMessage userMessage() {
        return userMessage;
    }
}
