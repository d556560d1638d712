package pl.ezd.correspondence.boundary;

import jakarta.ejb.ApplicationException;

/** No such item in the caller's organisation's register (also when it belongs to another organisation). */
@ApplicationException(rollback = true)
public class IncomingItemNotFoundException extends RuntimeException {

    public IncomingItemNotFoundException(long id) {
        super("Nie ma przesyłki " + id + " w rejestrze Twojego urzędu");
    }
}
