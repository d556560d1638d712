package pl.ezd.documents.control;

/** No text could be taken from the content; the reason is shown on the version. */
public class ExtractionFailedException extends RuntimeException {
    public ExtractionFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
