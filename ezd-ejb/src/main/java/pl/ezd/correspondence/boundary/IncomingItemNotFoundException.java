package pl.ezd.correspondence.boundary;

import jakarta.ejb.ApplicationException;
import pl.ezd.validation.boundary.LocalizedRefusal;
import pl.ezd.validation.boundary.UserMessage;

/** No such item in the caller's organisation's register (also when it belongs to another organisation). */
@ApplicationException(rollback = true)
public class IncomingItemNotFoundException extends RuntimeException implements LocalizedRefusal {

    private final UserMessage userMessage;

    public IncomingItemNotFoundException(long id) {
        this(UserMessage.of("correspondence.incoming.notFound", id));
    }

    private IncomingItemNotFoundException(UserMessage userMessage) {
        super(userMessage.polish());
        this.userMessage = userMessage;
    }

    @Override
    public UserMessage userMessage() {
        return userMessage;
    }
}
