package pl.ezd.signature;

/**
 * Root of the module's single unchecked exception tree. Nothing thrown by the signature
 * libraries (xades4j, DSS, Santuario) crosses the module's API: it is wrapped in one of these.
 *
 * <p>A failed verification is <em>not</em> an exception: it is a {@link VerificationReport} with
 * verdict {@link Verdict#INVALID} or {@link Verdict#INDETERMINATE}. Exceptions mean the
 * operation itself could not be carried out (bad key, unreachable TSA, bad configuration).
 */
public class SignatureException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong, in English, for the log
     */
    public SignatureException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong, in English, for the log
     * @param cause the underlying library exception
     */
    public SignatureException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A signing key or its certificate chain could not be loaded or used. */
    public static class KeyAccessException extends SignatureException {
        private static final long serialVersionUID = 1L;

        /**
         * @param message what went wrong
         * @param cause the underlying exception
         */
        public KeyAccessException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A signature could not be produced (bad input document, expired certificate, TSA failure). */
    public static class SigningException extends SignatureException {
        private static final long serialVersionUID = 1L;

        /**
         * @param message what went wrong
         */
        public SigningException(String message) {
            super(message);
        }

        /**
         * @param message what went wrong
         * @param cause the underlying exception
         */
        public SigningException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The time-stamping authority could not be reached or returned an unusable response. */
    public static class TimestampException extends SigningException {
        private static final long serialVersionUID = 1L;

        /**
         * @param message what went wrong
         * @param cause the underlying exception
         */
        public TimestampException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The module was configured wrongly (unreadable trust anchors, bad policy). */
    public static class ConfigurationException extends SignatureException {
        private static final long serialVersionUID = 1L;

        /**
         * @param message what went wrong
         * @param cause the underlying exception
         */
        public ConfigurationException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
