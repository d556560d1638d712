package pl.ezd.signature;

import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.policy.ValidationPolicy;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.service.crl.FileCacheCRLSource;
import eu.europa.esig.dss.service.crl.OnlineCRLSource;
import eu.europa.esig.dss.service.ocsp.FileCacheOCSPSource;
import eu.europa.esig.dss.service.http.commons.CommonsDataLoader;
import eu.europa.esig.dss.service.ocsp.OnlineOCSPSource;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.aia.DefaultAIASource;
import eu.europa.esig.dss.spi.x509.revocation.crl.ExternalResourcesCRLSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.reports.Reports;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Verifies signed documents (XAdES enveloped, enveloping and detached, all levels B to LTA;
 * PAdES) with the EU Commission's DSS under the office's stricter policy, and reports the result
 * as a {@link VerificationReport}.
 *
 * <p>Trust comes only from the anchors given to the builder: with no anchor that the signer's
 * chain reaches, or without revocation data for it, the verdict is
 * {@link Verdict#INDETERMINATE}, never {@link Verdict#VALID}. By default nothing is fetched from
 * the network: revocation data is what the signature carries plus the CRLs given to the
 * builder; {@link Builder#onlineRevocation(boolean)} enables CRL/OCSP/AIA fetching.
 *
 * <p>Hostile input (DTDs, external entities, entity expansion, malformed or oversized files)
 * yields an INVALID or INDETERMINATE report, never an exception from the libraries or a hang.
 *
 * <p>Instances are immutable and thread-safe; build one per installation and reuse it, the
 * policy and trust configuration are prepared once.
 */
public final class SignatureVerifier {

    /** Default upper limit on the size of a verified document: 50 MiB. */
    public static final long DEFAULT_MAX_DOCUMENT_SIZE = 50L * 1024 * 1024;

    private static final String XMLDSIG = "http://www.w3.org/2000/09/xmldsig#";

    private final ValidationPolicy policy;
    private final CommonCertificateVerifier certificateVerifier;
    private final Map<String, SignatureKind> anchorKinds;
    private final Instant validationTime;
    private final long maxDocumentSize;
    private final Clock clock;
    private final List<String> trustedListStatus;

    private SignatureVerifier(Builder b) {
        this.policy = MemoizedPolicy.wrap(StrictPolicy.create());
        this.anchorKinds = Map.copyOf(b.anchorKinds);
        this.validationTime = b.validationTime;
        this.maxDocumentSize = b.maxDocumentSize;
        this.clock = Clock.systemUTC();
        CommonCertificateVerifier cv = b.online ? new CommonCertificateVerifier() : new CommonCertificateVerifier(true);
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        b.anchors.forEach(c -> trusted.addCertificate(new CertificateToken(c)));
        cv.setTrustedCertSources(trusted);
        if (b.trustedLists.isEmpty() && b.lotl == null) {
            this.trustedListStatus = List.of();
        } else {
            TrustedListLoader.Result tl = TrustedListLoader.load(b.trustedLists, b.lotl);
            cv.addTrustedCertSources(tl.certificates());
            this.trustedListStatus = tl.status();
        }
        if (!b.crls.isEmpty()) {
            cv.setCrlSource(new ExternalResourcesCRLSource(
                    b.crls.stream().map(ByteArrayInputStream::new).toArray(InputStream[]::new)));
        }
        if (b.online) {
            CommonsDataLoader loader = new CommonsDataLoader();
            OnlineCRLSource onlineCrls = new OnlineCRLSource(loader);
            OnlineOCSPSource onlineOcsp = new OnlineOCSPSource();
            if (b.revocationCache != null) {
                // Fetched CRLs and OCSP responses are kept on disk until their next update.
                FileCacheCRLSource cachedCrls = new FileCacheCRLSource(onlineCrls);
                cachedCrls.setFileCacheDirectory(b.revocationCache.resolve("crl").toFile());
                FileCacheOCSPSource cachedOcsp = new FileCacheOCSPSource(onlineOcsp);
                cachedOcsp.setFileCacheDirectory(b.revocationCache.resolve("ocsp").toFile());
                if (b.crls.isEmpty()) {
                    cv.setCrlSource(cachedCrls);
                }
                cv.setOcspSource(cachedOcsp);
            } else {
                if (b.crls.isEmpty()) {
                    cv.setCrlSource(onlineCrls);
                }
                cv.setOcspSource(onlineOcsp);
            }
            cv.setAIASource(new DefaultAIASource(loader));
        }
        this.certificateVerifier = cv;
    }

    /**
     * @return a builder with no trust anchors (every verdict would be at best INDETERMINATE)
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Configures a {@link SignatureVerifier}. */
    public static final class Builder {
        private final List<X509Certificate> anchors = new ArrayList<>();
        private final Map<String, SignatureKind> anchorKinds = new HashMap<>();
        private final List<byte[]> crls = new ArrayList<>();
        private final List<TrustedListLoader.Entry> trustedLists = new ArrayList<>();
        private TrustedListLoader.Lotl lotl;
        private boolean online;
        private Path revocationCache;
        private Instant validationTime;
        private long maxDocumentSize = DEFAULT_MAX_DOCUMENT_SIZE;

        private Builder() {
        }

        /**
         * Trusts these certificates as anchors for signatures of the given kind.
         *
         * <ul>
         *   <li>{@link SignatureKind#QUALIFIED_SIGNATURE} (or {@code QUALIFIED_SEAL}): qualified CAs,
         *       e.g. from the Polish trusted list; a signer's certificate with the QcCompliance
         *       statement is reported as qualified signature or, with QcType eseal, as seal.</li>
         *   <li>{@link SignatureKind#TRUSTED_PROFILE}: the certificates the trusted-profile
         *       service (podpis zaufany) signs with or is issued by.</li>
         *   <li>{@link SignatureKind#PERSONAL_SIGNATURE}: the e-ID card CAs (podpis osobisty).</li>
         *   <li>{@link SignatureKind#ADVANCED_OTHER}: any other CA the office trusts.</li>
         * </ul>
         *
         * @param kind what a signature anchored here is
         * @param certificates the anchor certificates
         * @return this builder
         */
        public Builder trustAnchors(SignatureKind kind, Collection<X509Certificate> certificates) {
            Objects.requireNonNull(kind, "kind");
            SignatureKind k = kind == SignatureKind.QUALIFIED_SEAL ? SignatureKind.QUALIFIED_SIGNATURE : kind;
            for (X509Certificate c : certificates) {
                anchors.add(c);
                anchorKinds.put(new CertificateToken(c).getDSSIdAsString(), k);
            }
            return this;
        }

        /**
         * Trusts the qualified services of an ETSI TS 119 612 trusted list (e.g. the Polish list,
         * saved to a file by an administrator or a scheduled download). The list is used only if
         * it is signed by one of {@code listSigners} and not past its next update; see
         * {@link SignatureVerifier#trustedListStatus()}. With a trusted list DSS also determines the
         * qualification (qualified signature or seal) from the list itself.
         *
         * @param trustedListXml the list as published
         * @param listSigners the certificates allowed to sign the list (from the EU list of lists)
         * @return this builder
         */
        public Builder trustedList(byte[] trustedListXml, Collection<X509Certificate> listSigners) {
            trustedLists.add(new TrustedListLoader.Entry(trustedListXml.clone(), List.copyOf(listSigners)));
            return this;
        }

        /**
         * Trusts the qualified services of the EU list of trusted lists (LOTL) and of the national
         * lists it points to (the Polish list among them), read from the installation's
         * {@link TrustedListStore}. The LOTL counts only if signed by one of {@code lotlSigners}
         * (the certificates the Commission announces in the Official Journal); each national list
         * only if signed by a certificate the LOTL publishes for it; none once past its next
         * update. DSS then reports qualification (qualified signature or seal) from the lists.
         *
         * @param lotlUrl where the LOTL is published ({@link TrustedListStore#EU_LOTL_URL}); the
         *        store file of that name is read
         * @param lotlSigners the certificates allowed to sign the LOTL
         * @param store the directory of stored lists
         * @param refreshOnline whether to download the LOTL and the lists first (newer lists that
         *        validate replace the stored ones; when the network is unreachable the stored
         *        lists are used)
         * @return this builder
         */
        public Builder listOfTrustedLists(String lotlUrl, Collection<X509Certificate> lotlSigners, TrustedListStore store,
                boolean refreshOnline) {
            Objects.requireNonNull(store, "store");
            if (lotlSigners.isEmpty()) {
                throw new SignatureException.ConfigurationException("No signing certificate configured for the list of trusted lists", null);
            }
            this.lotl = new TrustedListLoader.Lotl(Objects.requireNonNull(lotlUrl, "lotlUrl"), List.copyOf(lotlSigners),
                    store, refreshOnline);
            return this;
        }

        /**
         * Adds CRLs (DER or PEM) to use as revocation data, e.g. downloaded by a scheduled job.
         *
         * @param encodedCrls the CRLs
         * @return this builder
         */
        public Builder crls(Collection<byte[]> encodedCrls) {
            encodedCrls.forEach(c -> crls.add(c.clone()));
            return this;
        }

        /**
         * Allows fetching CRLs, OCSP responses and missing issuer certificates from the URLs in
         * the certificates. Off by default: verification then never touches the network. CRLs
         * given to {@link #crls(Collection)} take the place of fetched CRLs (OCSP is still asked).
         *
         * @param enabled whether to fetch
         * @return this builder
         */
        public Builder onlineRevocation(boolean enabled) {
            this.online = enabled;
            return this;
        }

        /**
         * With {@link #onlineRevocation(boolean)}: keeps fetched CRLs and OCSP responses in this
         * directory and reuses them until their next update, so a document is not a network call.
         *
         * @param directory a writable directory, or {@code null} for no cache
         * @return this builder
         */
        public Builder revocationCache(Path directory) {
            this.revocationCache = directory;
            return this;
        }

        /**
         * Validates as if at this time instead of now (for re-checking a past decision, and tests).
         *
         * @param time the validation time, or {@code null} for the current time
         * @return this builder
         */
        public Builder validationTime(Instant time) {
            this.validationTime = time;
            return this;
        }

        /**
         * @param bytes the largest document accepted; larger ones are INDETERMINATE unread
         * @return this builder
         */
        public Builder maxDocumentSize(long bytes) {
            this.maxDocumentSize = bytes;
            return this;
        }

        /**
         * @return the verifier
         * @throws SignatureException.ConfigurationException if the policy cannot be built
         */
        public SignatureVerifier build() {
            return new SignatureVerifier(this);
        }
    }

    /**
     * @return one line per trusted list given to the builder: its signature check, territory,
     *         next update and number of certificates; a list whose signature is not valid or which
     *         expired contributes no anchors
     */
    public List<String> trustedListStatus() {
        return trustedListStatus;
    }

    /**
     * Verifies a document that carries its signatures (enveloped or enveloping XAdES, PAdES,
     * CAdES). A detached signature given alone is reported as not verifiable.
     *
     * @param document the signed document
     * @param name its file name (used in the report, and for XAdES references)
     * @return the report; never {@code null}
     */
    public VerificationReport verify(byte[] document, String name) {
        return verify(document, name, null, null);
    }

    /**
     * Verifies a detached signature over a separate file.
     *
     * @param signature the signature file (e.g. {@code .xades})
     * @param signatureName its file name
     * @param content the signed file
     * @param contentName the signed file's name, as referenced by the signature
     * @return the report; never {@code null}
     */
    public VerificationReport verifyDetached(byte[] signature, String signatureName, byte[] content, String contentName) {
        Objects.requireNonNull(content, "content");
        return verify(signature, signatureName, content, contentName);
    }

    private VerificationReport verify(byte[] document, String name, byte[] content, String contentName) {
        Objects.requireNonNull(document, "document");
        if (document.length > maxDocumentSize || (content != null && content.length > maxDocumentSize)) {
            return VerificationReport.rejected(Verdict.INDETERMINATE,
                    "TOO_LARGE: larger than " + maxDocumentSize + " bytes, not read");
        }
        Set<String> envelopedObjectIds = Set.of();
        if (looksLikeXml(document)) {
            try {
                envelopedObjectIds = envelopingObjectIds(SecureXml.parse(document));
            } catch (SecureXml.RejectedXmlException e) {
                String code = e.getMessage().startsWith("DTD") ? "FORBIDDEN_XML" : "MALFORMED_DOCUMENT";
                return VerificationReport.rejected(Verdict.INVALID, code + ": " + e.getMessage());
            }
        }
        SignedDocumentValidator validator;
        try {
            validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(document, name));
        } catch (RuntimeException e) {
            return VerificationReport.rejected(Verdict.INVALID,
                    "MALFORMED_DOCUMENT: not a signed document in a supported format (" + e.getMessage() + ")");
        }
        try {
            validator.setCertificateVerifier(certificateVerifier);
            // We read DSS's simple report and diagnostic data only; the ETSI report costs time.
            validator.setEnableEtsiValidationReport(false);
            if (content != null) {
                List<DSSDocument> detached = List.of(new InMemoryDocument(content, contentName));
                validator.setDetachedContents(detached);
            }
            Instant now = validationTime != null ? validationTime : clock.instant();
            validator.setValidationTime(Date.from(now));
            Reports reports = validator.validateDocument(policy);
            return ReportMapper.map(reports, anchorKinds, envelopedObjectIds, !trustedListStatus.isEmpty(), now);
        } catch (RuntimeException e) {
            // A library failure on input we could not classify: not provably valid, not provably forged.
            return VerificationReport.rejected(Verdict.INDETERMINATE,
                    "VERIFICATION_ERROR: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /**
     * For an enveloping signature (the document is a ds:Signature), the Ids of its ds:Object
     * children: the signed content lives there, so covering such an object covers the document.
     */
    private static Set<String> envelopingObjectIds(Document doc) {
        Element root = doc.getDocumentElement();
        if (!XMLDSIG.equals(root.getNamespaceURI()) || !"Signature".equals(root.getLocalName())) {
            return Set.of();
        }
        Set<String> ids = new HashSet<>();
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && XMLDSIG.equals(e.getNamespaceURI()) && "Object".equals(e.getLocalName())
                    && e.hasAttribute("Id")) {
                ids.add(e.getAttribute("Id"));
            }
        }
        return Set.copyOf(ids);
    }

    private static boolean looksLikeXml(byte[] doc) {
        int i = 0;
        if (doc.length >= 3 && (doc[0] & 0xff) == 0xEF && (doc[1] & 0xff) == 0xBB && (doc[2] & 0xff) == 0xBF) {
            i = 3;
        }
        while (i < doc.length && Character.isWhitespace(doc[i])) {
            i++;
        }
        return i < doc.length && doc[i] == '<';
    }
}
