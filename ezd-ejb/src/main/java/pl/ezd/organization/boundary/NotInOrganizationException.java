package pl.ezd.organization.boundary;

import jakarta.ejb.ApplicationException;
import pl.ezd.validation.boundary.LocalizedRefusal;
import pl.ezd.validation.boundary.UserMessage;

/**
 * The unit, post, employee or substitution does not exist in the caller's organisation. Another
 * organisation's id gets the same answer as an id that does not exist at all.
 */
@ApplicationException(rollback = true)
public class NotInOrganizationException extends RuntimeException implements LocalizedRefusal {

    private final UserMessage userMessage;

    /** Worded in Polish only. */
    public NotInOrganizationException(String message) {
        super(message);
        this.userMessage = null;
    }

    /** Worded from the component's bundle in the reader's language. */
    public NotInOrganizationException(UserMessage userMessage) {
        super(userMessage.polish());
        this.userMessage = userMessage;
    }

    public static NotInOrganizationException of(String key, Object... arguments) {
        return new NotInOrganizationException(UserMessage.of(key, arguments));
    }

    @Override
    public UserMessage userMessage() {
        return userMessage;
    }
}
