package pl.ezd.cases.boundary;

import jakarta.ejb.ApplicationException;
import pl.ezd.validation.boundary.LocalizedRefusal;
import pl.ezd.validation.boundary.UserMessage;

/** No such case in the caller's organisation. */
@ApplicationException(rollback = true)
public class CaseNotFoundException extends RuntimeException implements LocalizedRefusal {

    private final UserMessage userMessage;

    public CaseNotFoundException(long id) {
        this(UserMessage.of("cases.notFound", id));
    }

    private CaseNotFoundException(UserMessage userMessage) {
        super(userMessage.polish());
        this.userMessage = userMessage;
    }

    @Override
    public UserMessage userMessage() {
        return userMessage;
    }
}
