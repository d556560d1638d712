package pl.ezd.organization.boundary;

import jakarta.ejb.ApplicationException;

/** The caller is not logged in, or is not an active user of the EZD. */
@ApplicationException(rollback = true)
public class UnknownCallerException extends RuntimeException {
    public UnknownCallerException(String message) {
        super(message);
    }
}
