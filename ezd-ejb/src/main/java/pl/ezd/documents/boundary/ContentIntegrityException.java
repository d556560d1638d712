package pl.ezd.documents.boundary;

import jakarta.ejb.ApplicationException;

/** Stored content is missing or no longer has the SHA-256 recorded for it: it is never served. */
@ApplicationException(rollback = true)
public class ContentIntegrityException extends RuntimeException {
    public ContentIntegrityException(String message) {
        super(message);
    }
}
