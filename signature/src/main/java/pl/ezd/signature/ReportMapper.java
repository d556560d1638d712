package pl.ezd.signature;

import eu.europa.esig.dss.diagnostic.CertificateWrapper;
import eu.europa.esig.dss.diagnostic.DiagnosticData;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.diagnostic.TimestampWrapper;
import eu.europa.esig.dss.diagnostic.jaxb.XmlDigestMatcher;
import eu.europa.esig.dss.diagnostic.jaxb.XmlSignatureScope;
import eu.europa.esig.dss.enumerations.DigestMatcherType;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.QCTypeEnum;
import eu.europa.esig.dss.enumerations.SignatureQualification;
import eu.europa.esig.dss.enumerations.SignatureScopeType;
import eu.europa.esig.dss.enumerations.SubIndication;
import eu.europa.esig.dss.jaxb.object.Message;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.simplereport.jaxb.XmlTimestamp;
import eu.europa.esig.dss.validation.reports.Reports;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import pl.ezd.signature.VerificationReport.CertificateInfo;
import pl.ezd.signature.VerificationReport.Check;
import pl.ezd.signature.VerificationReport.Coverage;
import pl.ezd.signature.VerificationReport.SignatureResult;

/** Turns DSS's reports into our {@link VerificationReport}, adding the checks DSS does not make. */
final class ReportMapper {

    private ReportMapper() {
    }

    /**
     * @param envelopingObjectIds Ids of the ds:Object elements of an enveloping signature (empty otherwise)
     * @param trustedLists whether trusted lists were configured (only then is qualification reported as a check)
     */
    static VerificationReport map(Reports reports, Map<String, SignatureKind> anchorKinds,
            Set<String> envelopingObjectIds, boolean trustedLists, Instant validationTime) {
        SimpleReport simple = reports.getSimpleReport();
        DiagnosticData diagnostic = reports.getDiagnosticData();
        List<SignatureResult> results = new ArrayList<>();
        for (SignatureWrapper sig : diagnostic.getSignatures()) {
            results.add(mapSignature(sig, simple, anchorKinds, envelopingObjectIds, trustedLists));
        }
        if (results.isEmpty()) {
            return new VerificationReport(Verdict.INVALID, "NO_SIGNATURE: no signature found in the document",
                    validationTime, results);
        }
        SignatureResult worst = results.stream()
                .filter(r -> r.verdict() == Verdict.INVALID).findFirst()
                .orElse(results.stream().filter(r -> r.verdict() == Verdict.INDETERMINATE).findFirst().orElse(null));
        if (worst == null) {
            return new VerificationReport(Verdict.VALID, "", validationTime, results);
        }
        return new VerificationReport(worst.verdict(), worst.reason(), validationTime, results);
    }

    private static SignatureResult mapSignature(SignatureWrapper sig, SimpleReport simple,
            Map<String, SignatureKind> anchorKinds, Set<String> envelopingObjectIds, boolean trustedLists) {
        String id = sig.getId();
        List<Check> checks = new ArrayList<>();

        for (XmlDigestMatcher m : sig.getDigestMatchers()) {
            boolean ok = m.isDataFound() && m.isDataIntact();
            String uri = m.getUri() == null ? "" : m.getUri().isEmpty() ? " URI=\"\" (the document)" : " " + m.getUri();
            String what = m.getType() + uri
                    + (m.getDocumentName() != null ? " (" + m.getDocumentName() + ")" : "");
            checks.add(new Check("REFERENCE_INTACT", ok, what + (m.isDataFound() ? "" : ": data not found")));
        }
        checks.add(new Check("SIGNATURE_VALUE", sig.isSignatureIntact(), "signature value verified with the signer's key"));
        checks.add(new Check("SIGNING_CERTIFICATE_IDENTIFIED", sig.isSigningCertificateIdentified(),
                "the signing certificate is referenced by the signed properties and matches"));
        checks.add(new Check("TRUSTED_CHAIN", sig.isTrustedChain(), "the chain reaches a configured trust anchor"));
        CertificateWrapper signingCert = sig.getSigningCertificate();
        if (signingCert != null) {
            checks.add(new Check("REVOCATION_DATA", signingCert.isRevocationDataAvailable(),
                    "revocation data for the signing certificate"));
        }

        Coverage coverage = coverage(sig, envelopingObjectIds);
        boolean xml = sig.getSignatureFormat() != null && sig.getSignatureFormat().toString().startsWith("XAdES");
        if (xml) {
            checks.add(new Check("WHOLE_DOCUMENT_COVERED", coverage == Coverage.WHOLE_DOCUMENT,
                    "the signature covers the whole document"));
        }

        List<Instant> timestamps = new ArrayList<>();
        for (TimestampWrapper ts : sig.getTimestampList()) {
            timestamps.add(ts.getProductionTime().toInstant());
            checks.add(new Check("TIMESTAMP_INTACT", ts.isMessageImprintDataFound() && ts.isMessageImprintDataIntact()
                    && ts.isSignatureIntact(), ts.getType() + " at " + ts.getProductionTime().toInstant()));
        }
        Instant proven = null;
        for (XmlTimestamp ts : simple.getSignatureTimestamps(id)) {
            if (ts.getIndication() == Indication.PASSED && ts.getProductionTime() != null) {
                Instant t = ts.getProductionTime().toInstant();
                proven = proven == null || t.isBefore(proven) ? t : proven;
            }
        }

        for (Message m : simple.getAdESValidationErrors(id)) {
            checks.add(new Check("POLICY", false, m.getValue()));
        }
        for (Message m : simple.getAdESValidationWarnings(id)) {
            checks.add(new Check("POLICY_WARNING", true, "warning: " + m.getValue()));
        }

        Indication indication = simple.getIndication(id);
        SubIndication sub = simple.getSubIndication(id);
        Verdict verdict = switch (indication == null ? Indication.INDETERMINATE : indication) {
            case TOTAL_PASSED, PASSED -> Verdict.VALID;
            case TOTAL_FAILED, FAILED -> Verdict.INVALID;
            default -> Verdict.INDETERMINATE;
        };
        String reason = "";
        if (verdict != Verdict.VALID) {
            List<Message> errors = simple.getAdESValidationErrors(id);
            reason = (sub != null ? sub.name() : indication.name())
                    + (errors.isEmpty() ? "" : ": " + errors.get(0).getValue());
        }
        // Our own rules on top of DSS's verdict.
        // A signed object whose digest no longer matches was changed after signing, whatever else
        // DSS could not establish (e.g. a swapped certificate in a signed KeyInfo makes DSS stop at
        // "no signing certificate", INDETERMINATE; the broken digest proves the tampering).
        XmlDigestMatcher broken = sig.getDigestMatchers().stream()
                .filter(m -> m.isDataFound() && !m.isDataIntact()).findFirst().orElse(null);
        if (broken != null && verdict != Verdict.INVALID) {
            verdict = Verdict.INVALID;
            reason = "HASH_FAILURE: signed data changed after signing (" + broken.getType()
                    + (broken.getUri() != null ? " " + broken.getUri() : "") + ")";
        }
        // Signed data that is not there (a detached signature given without its file) cannot be
        // checked: not proven broken, not proven intact.
        // Data a same-document reference ("" or "#id") points at that is not in the document was
        // removed or renamed after signing (or the signature was moved: wrapping): INVALID. A
        // reference to another file (detached) whose file was not given: INDETERMINATE.
        XmlDigestMatcher removed = sig.getDigestMatchers().stream()
                .filter(m -> !m.isDataFound() && m.getUri() != null && (m.getUri().isEmpty() || m.getUri().startsWith("#"))
                        // DSS does not find signed properties of old XAdES versions (1.1.1) that are there
                        && m.getType() != DigestMatcherType.SIGNED_PROPERTIES)
                .findFirst().orElse(null);
        XmlDigestMatcher missing = sig.getDigestMatchers().stream()
                .filter(m -> !m.isDataFound() && m.getUri() != null && !m.getUri().isEmpty() && !m.getUri().startsWith("#"))
                .findFirst().orElse(null);
        if (removed != null && xml && verdict != Verdict.INVALID) {
            verdict = Verdict.INVALID;
            reason = "SIGNED_DATA_NOT_FOUND: " + removed.getType() + " " + removed.getUri()
                    + " is signed but not in the document (removed, renamed or moved after signing)";
        } else if (verdict != Verdict.INVALID && xml && coverage == Coverage.UNKNOWN && missing != null) {
            verdict = Verdict.INDETERMINATE;
            reason = "SIGNED_DATA_NOT_FOUND: signed data not given with the signature (" + missing.getUri()
                    + "; a detached signature needs its file)";
        } else if (verdict != Verdict.INVALID && xml && coverage != Coverage.WHOLE_DOCUMENT) {
            verdict = Verdict.INVALID;
            reason = "PARTIAL_COVERAGE: the signature does not cover the whole document " + describe(sig);
        }
        // A time-stamp whose imprint does not match this signature was taken from elsewhere (or the
        // signature changed after it): DSS's default policy only warns and drops the time-stamp.
        TimestampWrapper foreign = sig.getTimestampList().stream()
                .filter(ts -> !(ts.isMessageImprintDataFound() && ts.isMessageImprintDataIntact()))
                .findFirst().orElse(null);
        if (foreign != null && verdict != Verdict.INVALID) {
            verdict = Verdict.INVALID;
            reason = "TIMESTAMP_MISMATCH: the " + foreign.getType() + " time-stamp does not cover this signature";
        }
        if (verdict == Verdict.VALID && !sig.isTrustedChain()) {
            verdict = Verdict.INDETERMINATE;
            reason = "NO_CERTIFICATE_CHAIN_FOUND: the chain does not reach a configured trust anchor";
        }

        List<CertificateInfo> certificates = new ArrayList<>();
        SignatureKind kind = SignatureKind.ADVANCED_OTHER;
        for (CertificateWrapper c : sig.getCertificateChain()) {
            certificates.add(new CertificateInfo(c.getCertificateDN(), c.getCertificateIssuerDN(), c.getSerialNumber(),
                    instant(c.getNotBefore()), instant(c.getNotAfter()), c.isTrusted(), sha256(c)));
            SignatureKind anchorKind = c.isTrusted() ? anchorKinds.get(c.getId()) : null;
            if (anchorKind != null) {
                kind = classify(anchorKind, signingCert);
            }
        }

        // With trust anchors from a trusted list DSS determines the qualification from the list.
        // Informative: whether DSS found the signature qualified per the trusted lists given.
        SignatureQualification q = simple.getSignatureQualification(id);
        List<Message> qualificationErrors = simple.getQualificationErrors(id);
        if (trustedLists) {
            checks.add(new Check("QUALIFIED_PER_TRUSTED_LIST", q == SignatureQualification.QESIG || q == SignatureQualification.QESEAL,
                    "qualification " + q + (qualificationErrors.isEmpty() ? "" : ": " + qualificationErrors.get(0).getValue())));
        }
        if (kind == SignatureKind.ADVANCED_OTHER) {
            if (q == SignatureQualification.QESIG) {
                kind = SignatureKind.QUALIFIED_SIGNATURE;
            } else if (q == SignatureQualification.QESEAL) {
                kind = SignatureKind.QUALIFIED_SEAL;
            }
        }

        String signer = signingCert == null ? "" : (signingCert.getCommonName() != null
                ? signingCert.getCommonName() : signingCert.getCertificateDN());
        return new SignatureResult(id, verdict, reason, kind,
                sig.getSignatureFormat() == null ? "" : sig.getSignatureFormat().toString(), signer,
                instant(sig.getClaimedSigningTime()), proven, certificates,
                timestamps.stream().sorted(Comparator.naturalOrder()).toList(), coverage,
                sig.getSignatureScopes().stream().map(s -> s.getScope() + ": " + s.getName()
                        + (s.getDescription() != null ? " (" + s.getDescription() + ")" : "")).toList(),
                checks);
    }

    private static SignatureKind classify(SignatureKind anchorKind, CertificateWrapper signingCert) {
        if (anchorKind != SignatureKind.QUALIFIED_SIGNATURE) {
            return anchorKind;
        }
        if (signingCert == null || !signingCert.isQcCompliance()) {
            return SignatureKind.ADVANCED_OTHER;
        }
        return signingCert.getQcTypes().stream().anyMatch(t -> QCTypeEnum.QCT_ESEAL.getOid().equals(t.getOid()))
                ? SignatureKind.QUALIFIED_SEAL : SignatureKind.QUALIFIED_SIGNATURE;
    }

    private static Coverage coverage(SignatureWrapper sig, Set<String> envelopingObjectIds) {
        List<XmlSignatureScope> scopes = sig.getSignatureScopes();
        if (scopes == null || scopes.isEmpty()) {
            return Coverage.UNKNOWN;
        }
        // In an enveloping signature the signed ds:Object is the document's content.
        java.util.function.Predicate<XmlSignatureScope> whole = s -> s.getScope() == SignatureScopeType.FULL
                || (s.getScope() == SignatureScopeType.PARTIAL && envelopingObjectIds.contains(s.getName()));
        boolean full = scopes.stream().anyMatch(whole);
        boolean partial = scopes.stream().anyMatch(s -> s.getScope() == SignatureScopeType.PARTIAL && !whole.test(s));
        // Every signed object must be found: a reference whose data is missing leaves a gap.
        boolean allFound = sig.getDigestMatchers().stream()
                .filter(m -> m.getType() != DigestMatcherType.SIGNED_PROPERTIES && m.getType() != DigestMatcherType.KEY_INFO)
                .allMatch(XmlDigestMatcher::isDataFound);
        if (partial) {
            return Coverage.PART_OF_DOCUMENT;
        }
        // What was found covers the whole document, but some signed data is missing: unknown.
        return full && allFound ? Coverage.WHOLE_DOCUMENT : Coverage.UNKNOWN;
    }

    private static String describe(SignatureWrapper sig) {
        return sig.getSignatureScopes().stream().map(s -> s.getScope() + " " + s.getName()).toList().toString();
    }

    private static Instant instant(Date d) {
        return d == null ? null : d.toInstant();
    }

    private static String sha256(CertificateWrapper c) {
        // DSS identifies certificates by "C-" + SHA-256 of the encoding.
        String id = c.getId();
        return id != null && id.startsWith("C-") ? id.substring(2) : "";
    }
}
