package pl.ezd.correspondence.boundary;

import jakarta.ejb.ApplicationException;

/** No such outgoing item in the caller's organisation. */
@ApplicationException(rollback = true)
public class OutgoingItemNotFoundException extends RuntimeException {
    public OutgoingItemNotFoundException(long id) {
        super("Nie ma przesyłki wychodzącej " + id + " w Twoim urzędzie");
    }
}
