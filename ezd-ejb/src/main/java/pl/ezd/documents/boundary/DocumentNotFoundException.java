package pl.ezd.documents.boundary;

import jakarta.ejb.ApplicationException;
import pl.ezd.validation.boundary.LocalizedRefusal;
import pl.ezd.validation.boundary.UserMessage;

/** No such document (or version of it) in the caller's organisation. */
@ApplicationException(rollback = true)
public class DocumentNotFoundException extends RuntimeException implements LocalizedRefusal {

    private final UserMessage userMessage;

    /** Worded in Polish only. */
    public DocumentNotFoundException(String message) {
        super(message);
        this.userMessage = null;
    }

    /** Worded from the component's bundle in the reader's language. */
    public DocumentNotFoundException(UserMessage userMessage) {
        super(userMessage.polish());
        this.userMessage = userMessage;
    }

    public static DocumentNotFoundException of(String key, Object... arguments) {
        return new DocumentNotFoundException(UserMessage.of(key, arguments));
    }

    @Override
    public UserMessage userMessage() {
        return userMessage;
    }
}
