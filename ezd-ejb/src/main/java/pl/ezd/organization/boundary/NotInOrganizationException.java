package pl.ezd.organization.boundary;

import jakarta.ejb.ApplicationException;

/**
 * The unit, post, employee or substitution does not exist in the caller's organisation. Another
 * organisation's id gets the same answer as an id that does not exist at all.
 */
@ApplicationException(rollback = true)
public class NotInOrganizationException extends RuntimeException {
    public NotInOrganizationException(String message) {
        super(message);
    }
}
