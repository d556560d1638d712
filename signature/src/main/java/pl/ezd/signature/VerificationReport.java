package pl.ezd.signature;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of verifying a signed document: an overall {@link Verdict} with its reason, and
 * for each signature found, who signed, when, with which certificates, what the signature
 * covers and each check made. Holds no library type; meant to be stored with the document.
 *
 * <p>The overall verdict is {@link Verdict#VALID} only when the document has at least one
 * signature and every signature is valid; {@link Verdict#INVALID} when any signature is invalid
 * or the document is hostile or carries no signature; {@link Verdict#INDETERMINATE} otherwise.
 *
 * @param verdict overall verdict
 * @param reason why, in English, short (e.g. {@code "NO_CERTIFICATE_CHAIN_FOUND: ..."}); empty when valid
 * @param validationTime when the verification was made (the "current time" of the validation)
 * @param signatures one entry per signature found, in document order
 */
public record VerificationReport(Verdict verdict, String reason, Instant validationTime,
        List<SignatureResult> signatures) implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Europe/Warsaw"));

    /**
     * Checks invariants and copies the list.
     *
     * @param verdict see the record description
     * @param reason see the record description
     * @param validationTime see the record description
     * @param signatures see the record description
     */
    public VerificationReport {
        Objects.requireNonNull(verdict, "verdict");
        reason = reason == null ? "" : reason;
        Objects.requireNonNull(validationTime, "validationTime");
        signatures = List.copyOf(signatures);
        if (verdict == Verdict.VALID
                && (signatures.isEmpty() || signatures.stream().anyMatch(s -> s.verdict() != Verdict.VALID))) {
            throw new IllegalArgumentException("A report is VALID only if it has signatures and all are VALID");
        }
    }

    static VerificationReport rejected(Verdict verdict, String reason) {
        return new VerificationReport(verdict, reason, Instant.now(), List.of());
    }

    /**
     * A short Polish summary for the clerk, e.g. "Podpis WAŻNY. Podpisał: Jan Kowalski
     * (kwalifikowany podpis elektroniczny), 2026-11-25 10:15:00, obejmuje cały dokument."
     *
     * @return the summary, one or a few sentences
     */
    public String summaryPl() {
        StringBuilder sb = new StringBuilder();
        if (signatures.isEmpty()) {
            sb.append("Dokument ").append(verdict.polish()).append(": ").append(polishReason(reason)).append('.');
            return sb.toString();
        }
        sb.append(signatures.size() == 1 ? "Podpis " : "Podpisy (" + signatures.size() + ") ")
                .append(verdict.polish()).append('.');
        for (SignatureResult s : signatures) {
            sb.append(' ').append(s.summaryPl());
        }
        return sb.toString();
    }

    static String polishReason(String reason) {
        if (reason == null || reason.isEmpty()) {
            return "";
        }
        String code = reason.contains(":") ? reason.substring(0, reason.indexOf(':')) : reason;
        return switch (code) {
            case "NO_SIGNATURE" -> "dokument nie zawiera podpisu";
            case "MALFORMED_DOCUMENT" -> "dokument jest uszkodzony lub nie jest obsługiwanym formatem";
            case "FORBIDDEN_XML" -> "dokument zawiera niedozwolone konstrukcje XML (DTD, encje zewnętrzne)";
            case "TOO_LARGE" -> "dokument przekracza dopuszczalny rozmiar";
            case "PARTIAL_COVERAGE" -> "podpis nie obejmuje całego dokumentu";
            case "HASH_FAILURE" -> "treść dokumentu zmieniono po podpisaniu";
            case "TIMESTAMP_MISMATCH" -> "znacznik czasu nie dotyczy tego podpisu (skopiowany lub podpis zmieniony)";
            case "SIG_CRYPTO_FAILURE" -> "wartość podpisu jest nieprawidłowa (podpis podrobiony lub zmieniony)";
            case "NO_CERTIFICATE_CHAIN_FOUND" -> "certyfikat podpisującego nie prowadzi do zaufanego urzędu certyfikacji";
            case "NO_SIGNING_CERTIFICATE_FOUND" -> "nie można ustalić certyfikatu podpisującego";
            case "REVOKED_NO_POE", "REVOKED" -> "certyfikat podpisującego został unieważniony";
            case "OUT_OF_BOUNDS_NO_POE", "OUT_OF_BOUNDS_NOT_REVOKED", "EXPIRED" -> "certyfikat podpisującego wygasł lub nie był ważny w chwili podpisu";
            case "TRY_LATER", "REVOCATION_UNKNOWN" -> "brak aktualnych informacji o unieważnieniu certyfikatu";
            case "FORMAT_FAILURE" -> "podpis ma nieprawidłową strukturę";
            case "SIGNED_DATA_NOT_FOUND" -> "nie znaleziono podpisanych danych (brak pliku podpisanego?)";
            case "CHAIN_CONSTRAINTS_FAILURE", "CERTIFICATE_CHAIN_GENERAL_FAILURE" -> "łańcuch certyfikatów jest nieprawidłowy";
            case "CRYPTO_CONSTRAINTS_FAILURE_NO_POE", "CRYPTO_CONSTRAINTS_FAILURE" -> "użyto algorytmów uznanych za niebezpieczne";
            case "VERIFICATION_ERROR" -> "weryfikacji nie udało się przeprowadzić";
            default -> "szczegóły: " + reason;
        };
    }

    /**
     * One signature in the document.
     *
     * @param id the signature's identifier in the document (DSS identifier)
     * @param verdict this signature's verdict
     * @param reason why, in English; empty when valid
     * @param kind qualified signature, seal, trusted profile, personal signature or other
     * @param format the signature format and level found, e.g. {@code XAdES-BASELINE-B}
     * @param signer the signer's name (common name, or the subject DN), empty if unknown
     * @param claimedSigningTime the signing time the signer claims, if present (not proof)
     * @param provenSigningTime the earliest time proven by a valid time-stamp, if any
     * @param certificates the signer's certificate first, then the chain up to the anchor
     * @param timestamps the production times of the time-stamps on the signature
     * @param coverage whether the whole document is signed
     * @param coveredObjects what the signature covers, as described by the validator
     * @param checks each check made, passed or not
     */
    public record SignatureResult(String id, Verdict verdict, String reason, SignatureKind kind, String format,
            String signer, Instant claimedSigningTime, Instant provenSigningTime,
            List<CertificateInfo> certificates, List<Instant> timestamps, Coverage coverage,
            List<String> coveredObjects, List<Check> checks) implements Serializable {

        private static final long serialVersionUID = 1L;

        /**
         * Copies the lists.
         *
         * @param id see the record description
         * @param verdict see the record description
         * @param reason see the record description
         * @param kind see the record description
         * @param format see the record description
         * @param signer see the record description
         * @param claimedSigningTime see the record description
         * @param provenSigningTime see the record description
         * @param certificates see the record description
         * @param timestamps see the record description
         * @param coverage see the record description
         * @param coveredObjects see the record description
         * @param checks see the record description
         */
        public SignatureResult {
            Objects.requireNonNull(verdict, "verdict");
            Objects.requireNonNull(kind, "kind");
            reason = reason == null ? "" : reason;
            signer = signer == null ? "" : signer;
            certificates = List.copyOf(certificates);
            timestamps = List.copyOf(timestamps);
            coveredObjects = List.copyOf(coveredObjects);
            checks = List.copyOf(checks);
        }

        /**
         * @return the claimed signing time, if the signature has one
         */
        public Optional<Instant> claimedSigningTimeIfAny() {
            return Optional.ofNullable(claimedSigningTime);
        }

        /**
         * @return the time proven by a time-stamp, if the signature has a valid one
         */
        public Optional<Instant> provenSigningTimeIfAny() {
            return Optional.ofNullable(provenSigningTime);
        }

        String summaryPl() {
            StringBuilder sb = new StringBuilder();
            sb.append("Podpisał: ").append(signer.isEmpty() ? "nieznany podpisujący" : signer)
                    .append(" (").append(kind.polish()).append(")");
            if (provenSigningTime != null) {
                sb.append(", czas potwierdzony znacznikiem czasu: ").append(TIME.format(provenSigningTime));
            } else if (claimedSigningTime != null) {
                sb.append(", deklarowany czas podpisu: ").append(TIME.format(claimedSigningTime));
            }
            sb.append(switch (coverage) {
                case WHOLE_DOCUMENT -> ", obejmuje cały dokument";
                case PART_OF_DOCUMENT -> ", obejmuje tylko część dokumentu";
                case UNKNOWN -> "";
            });
            if (verdict != Verdict.VALID) {
                sb.append("; ").append(verdict.polish()).append(": ").append(polishReason(reason));
            }
            return sb.append('.').toString();
        }
    }

    /** How much of the document a signature covers. */
    public enum Coverage {
        /** The whole signed document (for an enveloped signature: all of it but the signature). */
        WHOLE_DOCUMENT,
        /** Only some elements or bytes: what is outside may have been changed or added. */
        PART_OF_DOCUMENT,
        /** Could not be established (e.g. the signature could not be read). */
        UNKNOWN
    }

    /**
     * A certificate of the signer's chain.
     *
     * @param subject subject distinguished name
     * @param issuer issuer distinguished name
     * @param serialNumber serial number, hexadecimal or decimal as the validator reports it
     * @param notBefore start of validity
     * @param notAfter end of validity
     * @param trustAnchor whether this certificate is one of the configured trust anchors
     * @param sha256 SHA-256 fingerprint, hexadecimal
     */
    public record CertificateInfo(String subject, String issuer, String serialNumber, Instant notBefore,
            Instant notAfter, boolean trustAnchor, String sha256) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * One check made during verification.
     *
     * @param name what was checked, e.g. {@code "SIGNATURE_INTACT"}
     * @param passed whether it passed
     * @param detail the validator's message, in English
     */
    public record Check(String name, boolean passed, String detail) implements Serializable {
        private static final long serialVersionUID = 1L;
    }
}
