package pl.ezd.cases.boundary;

import jakarta.ejb.ApplicationException;

/** No such case in the caller's organisation. */
@ApplicationException(rollback = true)
public class CaseNotFoundException extends RuntimeException {
    public CaseNotFoundException(long id) {
        super("Nie ma sprawy " + id + " w Twoim urzędzie");
    }
}
