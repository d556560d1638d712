package pl.ezd.documents.boundary;

import java.util.Objects;

/**
 * The verification of the signatures of a file made before the file was stored
 * ({@link Documents#verify}), to be kept with the version that holds exactly these bytes
 * ({@link Documents#recordSignature}): the SHA-256 (hex) of the bytes verified, the verdict
 * ({@code VALID}, {@code INVALID}, {@code INDETERMINATE}), the Polish summary for the clerk and the
 * whole report as JSON (null if it could not be written).
 */
public record VerifiedSignature(String sha256, String verdict, String summary, String reportJson) {

    public VerifiedSignature {
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(verdict, "verdict");
    }

    public boolean invalid() {
        return "INVALID".equals(verdict);
    }
}
