package pl.ezd.organization.boundary;

import jakarta.ejb.ApplicationException;

/**
 * The change clashes with what is already there (a unit symbol taken in the same year, a login
 * taken, overlapping substitutions...): the API answers 409 with this Polish message.
 */
@ApplicationException(rollback = true)
public class AdministrationConflictException extends RuntimeException {
    public AdministrationConflictException(String message) {
        super(message);
    }
}
