package pl.ezd.epuap.boundary;

import jakarta.ejb.ApplicationException;

/** No received ePUAP document with this id in the caller's organisation (another organisation's id finds nothing). */
@ApplicationException(rollback = true)
public class ReceivedDocumentNotFoundException extends RuntimeException {
    public ReceivedDocumentNotFoundException(long id) {
        super("Nie ma dokumentu z ePUAP o identyfikatorze " + id);
    }
}
