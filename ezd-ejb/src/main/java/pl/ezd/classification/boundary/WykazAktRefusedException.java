package pl.ezd.classification.boundary;

import jakarta.ejb.ApplicationException;

/**
 * A JRWA file (or its import) was refused; nothing of it was stored. The message is for the
 * clerk, in Polish; {@link #line()} is the line of the file at fault when there is one.
 */
@ApplicationException(rollback = true)
public class WykazAktRefusedException extends RuntimeException {

    private final Integer line;

    public WykazAktRefusedException(Integer line, String reason) {
        super(line == null ? reason : "Wiersz " + line + ": " + reason);
        this.line = line;
    }

    /** The line of the file at fault, or null when the refusal is about the file as a whole. */
    public Integer line() {
        return line;
    }
}
