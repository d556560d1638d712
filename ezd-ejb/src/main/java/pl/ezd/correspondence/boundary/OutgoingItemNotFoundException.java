package pl.ezd.correspondence.boundary;

import jakarta.ejb.ApplicationException;
import pl.ezd.validation.boundary.LocalizedRefusal;
import pl.ezd.validation.boundary.UserMessage;

/** No such outgoing item in the caller's organisation. */
@ApplicationException(rollback = true)
public class OutgoingItemNotFoundException extends RuntimeException implements LocalizedRefusal {

    private final UserMessage userMessage;

    public OutgoingItemNotFoundException(long id) {
        this(UserMessage.of("correspondence.outgoing.notFound", id));
    }

    private OutgoingItemNotFoundException(UserMessage userMessage) {
        super(userMessage.polish());
        this.userMessage = userMessage;
    }

    @Override
    public UserMessage userMessage() {
        return userMessage;
    }
}
