package pl.ezd.documents.boundary;

import jakarta.ejb.ApplicationException;

/** No such document (or version of it) in the caller's organisation. */
@ApplicationException(rollback = true)
public class DocumentNotFoundException extends RuntimeException {
    public DocumentNotFoundException(String message) {
        super(message);
    }
}
