package pl.ezd.workflow.boundary;

import jakarta.ejb.ApplicationException;

/** No such task in the caller's inbox (it may not exist, be done, or belong to someone else). */
@ApplicationException(rollback = true)
public class TaskNotFoundException extends RuntimeException {
    public TaskNotFoundException(String taskId) {
        super("Task " + taskId + " is not in your inbox");
    }
}
