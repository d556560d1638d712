package pl.ezd.workflow.boundary;

import jakarta.ejb.ApplicationException;
import pl.ezd.validation.boundary.LocalizedRefusal;
import pl.ezd.validation.boundary.UserMessage;

/** No such task in the caller's inbox (it may not exist, be done, or belong to someone else). */
@ApplicationException(rollback = true)
public class TaskNotFoundException extends RuntimeException implements LocalizedRefusal {

    private final UserMessage userMessage;

    public TaskNotFoundException(String taskId) {
        this(UserMessage.of("workflow.task.notFound", taskId));
    }

    private TaskNotFoundException(UserMessage userMessage) {
        super(userMessage.polish());
        this.userMessage = userMessage;
    }

    @Override
    public UserMessage userMessage() {
        return userMessage;
    }
}
