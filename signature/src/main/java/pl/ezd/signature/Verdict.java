package pl.ezd.signature;

/**
 * Overall outcome of a signature verification, in the sense of ETSI EN 319 102-1.
 */
public enum Verdict {
    /** Every check passed against a configured trust anchor: the signature is legally effective. */
    VALID("WAŻNY"),
    /** The signature is broken, forged, covers something else, or the document is hostile. */
    INVALID("NIEWAŻNY"),
    /**
     * Validity could not be established with the data available: no trust anchor, no revocation
     * data, expired or revoked certificate without proof of existence before. Never to be treated
     * as valid; it may become VALID with more data (e.g. a trust anchor or a CRL).
     */
    INDETERMINATE("NIEROZSTRZYGNIĘTY");

    private final String polish;

    Verdict(String polish) {
        this.polish = polish;
    }

    /**
     * @return the word shown to the clerk
     */
    public String polish() {
        return polish;
    }
}
