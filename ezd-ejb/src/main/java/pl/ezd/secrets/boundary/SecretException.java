package pl.ezd.secrets.boundary;

/**
 * A sealed secret could not be opened, or the master key file could not be used. The message is
 * Polish, for the administrator (it ends up in the inbox's last pull error and the server log);
 * it never contains the secret. {@link #reason()} is a stable code.
 */
public class SecretException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Reason {
        /** The value is not something this class sealed (or is cut short). */
        MALFORMED,
        /** The value names a master key the key file does not hold. */
        UNKNOWN_KEY,
        /** The key file holds a key of that name, but not the one that sealed the value. */
        WRONG_KEY,
        /** The right key, but the value (or the record it belongs to) was changed: authentication failed. */
        TAMPERED,
        /** The key file is missing, unreadable, or its password is wrong. */
        KEY_FILE
    }

    private final Reason reason;

    public SecretException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public SecretException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
