package pl.ezd.epuap.boundary;

import jakarta.ejb.ApplicationException;

/** A received document the import will not register; rolls the attempt back; the reason is Polish, for the clerk. */
@ApplicationException(rollback = true)
public class DocumentRefused extends RuntimeException {
    public DocumentRefused(String reason) {
        super(reason);
    }
}
