package pl.ezd.workflow.boundary;

import jakarta.ejb.ApplicationException;
import pl.ezd.validation.boundary.LocalizedRefusal;
import pl.ezd.validation.boundary.UserMessage;

/** The task cannot be completed that way; the message says why, for the user. */
@ApplicationException(rollback = true)
public class TaskActionRejectedException extends RuntimeException implements LocalizedRefusal {

    private final UserMessage userMessage;

    /** A refusal worded in Polish only (not yet in the bundles). */
    public TaskActionRejectedException(String message) {
        super(message);
        this.userMessage = null;
    }

    /** A refusal from the bundle {@code pl/ezd/<component>/messages}, worded in the reader's language. */
    public TaskActionRejectedException(UserMessage userMessage) {
        super(userMessage.polish());
        this.userMessage = userMessage;
    }

    public static TaskActionRejectedException of(String key, Object... arguments) {
        return new TaskActionRejectedException(UserMessage.of(key, arguments));
    }

    @Override
    public UserMessage userMessage() {
        return userMessage;
    }
}
