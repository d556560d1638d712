package pl.ezd.documents.boundary;

import jakarta.ejb.ApplicationException;

/** The version has no preview: it is not a PDF, or its first page cannot be rendered. */
@ApplicationException(rollback = true)
public class PreviewUnavailableException extends RuntimeException {
    public PreviewUnavailableException(String message) {
        super(message);
    }
}
