package pl.ezd.documents.boundary;

import jakarta.ejb.ApplicationException;

/** An upload larger than the configured limit, refused while it streamed in. */
@ApplicationException(rollback = true)
public class ContentTooLargeException extends RuntimeException {

    private final long limit;

    public ContentTooLargeException(long limit) {
        super("Plik jest większy niż dopuszczalne " + limit + " bajtów");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
