package pl.ezd.workflow.boundary;

import jakarta.ejb.ApplicationException;

/** The task cannot be completed that way; the message says why, for the user. */
@ApplicationException(rollback = true)
public class TaskActionRejectedException extends RuntimeException {
    public TaskActionRejectedException(String message) {
        super(message);
    }
}
