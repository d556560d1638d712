package pl.ezd.signature;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.xml.security.signature.XMLSignatureInput;
import org.apache.xml.security.utils.resolver.ResourceResolverContext;
import org.apache.xml.security.utils.resolver.ResourceResolverSpi;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import xades4j.XAdES4jException;
import xades4j.production.BasicSignatureOptions;
import xades4j.production.DataObjectReference;
import xades4j.production.SignedDataObjects;
import xades4j.production.SigningCertificateMode;
import xades4j.production.XadesBesSigningProfile;
import xades4j.production.XadesSigner;
import xades4j.production.XadesSigningProfile;
import xades4j.properties.DataObjectDesc;
import xades4j.properties.DataObjectFormatProperty;
import xades4j.properties.SigningTimeProperty;
import xades4j.providers.KeyingDataProvider;
import xades4j.utils.XadesProfileResolutionException;

/**
 * Signs documents with the office's key.
 *
 * <p>XAdES is produced by xades4j (XAdES-BES; for XAdES-T, when a time-stamping authority is
 * configured, DSS adds the signature time-stamp to xades4j's signature), with the {@code SigningCertificateV2} property of ETSI EN 319 132-1 so the output
 * is an XAdES baseline signature. PDFs are signed with PAdES through DSS. The same key is used for
 * both. A PKCS#11 key (HSM) signs XAdES through DSS as well, with the token's own JCA provider,
 * because xmlsec chooses providers JVM-wide and may pick one that cannot use a token key.
 *
 * <p>Instances are immutable and thread-safe; keep one per key (each thread using it caches a
 * prepared xades4j signer). Typical use:
 * <pre>{@code
 * DocumentSigner signer = DocumentSigner.builder(SigningKey.fromPkcs12(file, pin, null))
 *         .timestampAuthority(URI.create("http://tsa.example/tsp"))
 *         .build();
 * byte[] signedXml = signer.sign(SignatureFormat.XADES_ENVELOPED, xml, "pismo.xml");
 * }</pre>
 */
public final class DocumentSigner {

    private final SigningKey key;
    private final URI tsa;
    // Building a xades4j signer creates a Guice injector (milliseconds); xades4j does not promise
    // that a signer may be shared between threads, so each thread keeps its own.
    private final ThreadLocal<XadesSigner> xadesSigner = ThreadLocal.withInitial(this::newSigner);

    private DocumentSigner(Builder builder) {
        this.key = builder.key;
        this.tsa = builder.tsa;
    }

    /**
     * @param key the office's signing key
     * @return a builder for a signer using that key
     */
    public static Builder builder(SigningKey key) {
        return new Builder(key);
    }

    /** Configures a {@link DocumentSigner}. */
    public static final class Builder {
        private final SigningKey key;
        private URI tsa;

        private Builder(SigningKey key) {
            this.key = Objects.requireNonNull(key, "key");
        }

        /**
         * Adds an RFC 3161 time-stamp from this authority to every signature (XAdES-T,
         * PAdES-BASELINE-T), proving the time of signing.
         *
         * @param url the TSA's HTTP endpoint, or {@code null} for no time-stamp
         * @return this builder
         */
        public Builder timestampAuthority(URI url) {
            this.tsa = url;
            return this;
        }

        /**
         * @return the signer
         */
        public DocumentSigner build() {
            return new DocumentSigner(this);
        }
    }

    /**
     * Signs a document.
     *
     * @param format enveloped XAdES (the document must be XML), detached XAdES (any document; the
     *        result is the signature file alone) or PAdES (the document must be a PDF)
     * @param document the document's bytes
     * @param name the document's file name; in a detached signature it is the reference URI, so the
     *        file must keep this name next to its {@code .xades}
     * @return the signed XML, the detached signature, or the signed PDF
     * @throws SignatureException.SigningException if the document cannot be signed (not XML, not a
     *         PDF, certificate expired or not yet valid)
     * @throws SignatureException.TimestampException if the time-stamping authority fails
     */
    public byte[] sign(SignatureFormat format, byte[] document, String name) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(name, "name");
        checkCertificateValidity();
        if (format == SignatureFormat.PADES) {
            if (document.length < 5 || !new String(document, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
                throw new SignatureException.SigningException("The document to sign is not a PDF: " + name);
            }
            return signWithDss(format, document, name);
        }
        if (key.provider().isPresent()) {
            // A token key must be used by the token's provider. xmlsec chooses the JCA provider for
            // the whole JVM (JCEMapper), and with Bouncy Castle registered it picked BC, which
            // rejects a PKCS#11 key handle; DSS lets us sign the bytes ourselves with the right one.
            if (format == SignatureFormat.XADES_ENVELOPED) {
                try {
                    SecureXml.parse(document);
                } catch (SecureXml.RejectedXmlException e) {
                    throw new SignatureException.SigningException("The document to sign is not acceptable XML: " + e.getMessage(), e);
                }
            }
            return signWithDss(format, document, name);
        }
        return format == SignatureFormat.XADES_ENVELOPED ? signEnveloped(document) : signDetached(document, name);
    }

    private void checkCertificateValidity() {
        X509Certificate cert = key.certificate();
        try {
            cert.checkValidity();
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            throw new SignatureException.SigningException(
                    "The signing certificate is not valid now (" + cert.getSubjectX500Principal() + "): " + e.getMessage(), e);
        }
    }

    private byte[] signEnveloped(byte[] xml) {
        Document doc;
        try {
            doc = SecureXml.parse(xml);
        } catch (SecureXml.RejectedXmlException e) {
            throw new SignatureException.SigningException("The document to sign is not acceptable XML: " + e.getMessage(), e);
        }
        Element root = doc.getDocumentElement();
        DataObjectDesc whole = new DataObjectReference("")
                .withTransform(new xades4j.algorithms.EnvelopedSignatureTransform())
                .withDataObjectFormat(new DataObjectFormatProperty("text/xml"));
        try {
            xadesSigner.get().sign(new SignedDataObjects(whole), root);
        } catch (XAdES4jException e) {
            throw wrap(e);
        }
        byte[] bes = SecureXml.serialize(doc);
        return tsa == null ? bes : new DssSigning(tsa).addSignatureTimestamp(bes, "signature.xml", null, null);
    }

    private byte[] signDetached(byte[] content, String name) {
        Document doc;
        try {
            DocumentBuilder builder = SecureXml.factory().newDocumentBuilder();
            doc = builder.newDocument();
        } catch (ParserConfigurationException e) {
            throw new SignatureException.SigningException("XML parser unavailable", e);
        }
        String uri = encodeUri(name);
        DataObjectDesc ref = new DataObjectReference(uri)
                .withDataObjectFormat(new DataObjectFormatProperty("application/octet-stream"));
        SignedDataObjects objects = new SignedDataObjects(ref)
                .withResourceResolver(new InMemoryResolver(uri, content));
        try {
            xadesSigner.get().sign(objects, doc);
        } catch (XAdES4jException e) {
            throw wrap(e);
        }
        byte[] bes = SecureXml.serialize(doc);
        return tsa == null ? bes : new DssSigning(tsa).addSignatureTimestamp(bes, name + ".xades", content, name);
    }

    private byte[] signWithDss(SignatureFormat format, byte[] document, String name) {
        DssSigning dss = new DssSigning(tsa);
        // DSS keeps the signing time to the second; both steps must see the same value.
        Instant signingTime = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        byte[] tbs = dss.dataToSign(format, document, name, key.certificateChain(), signingTime);
        byte[] value = rawSign(tbs);
        return dss.assemble(format, document, name, key.certificateChain(), signingTime, value);
    }

    private byte[] rawSign(byte[] data) {
        try {
            String algorithm = DssSigning.jcaAlgorithm(key.privateKey().getAlgorithm());
            Signature s = key.provider().isPresent()
                    ? Signature.getInstance(algorithm, key.provider().get())
                    : Signature.getInstance(algorithm);
            s.initSign(key.privateKey());
            s.update(data);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new SignatureException.SigningException("The key refused to sign: " + e.getMessage(), e);
        }
    }

    private XadesSigner newSigner() {
        KeyingDataProvider keying = new KeyingDataProvider() {
            @Override
            public java.util.List<X509Certificate> getSigningCertificateChain() {
                return key.certificateChain();
            }

            @Override
            public java.security.PrivateKey getSigningKey(X509Certificate signingCert) {
                return key.privateKey();
            }
        };
        // Always XAdES-BES here; the time-stamp for XAdES-T is added by DSS afterwards, because
        // xades4j 2.4.1's time-stamp code needs a class that exists only in xmlsec 4
        // (XMLSignatureNodeInput): NoClassDefFoundError on the xmlsec 3.0.6 DSS requires.
        XadesSigningProfile profile = new XadesBesSigningProfile(keying);
        profile.withBasicSignatureOptions(new BasicSignatureOptions()
                        .includeSigningCertificate(SigningCertificateMode.FULL_CHAIN)
                        .signKeyInfo(true)
                        // xades4j writes only the v1 SigningCertificate (SHA-1 era, deprecated by
                        // EN 319 132); we write SigningCertificateV2 instead.
                        .omitSigningCertificateProperty(true))
                .withSignaturePropertiesProvider(collector -> {
                    collector.setSigningTime(new SigningTimeProperty());
                    collector.addOtherSignatureProperty(new SigningCertificateV2Property(key.certificate()));
                })
                .withPropertyDataObjectGenerator(SigningCertificateV2Property.class, new SigningCertificateV2Property.Generator());
        try {
            return profile.newSigner();
        } catch (XadesProfileResolutionException e) {
            throw new SignatureException.SigningException("Cannot configure xades4j", e);
        }
    }

    private static SignatureException wrap(XAdES4jException e) {
        return new SignatureException.SigningException("XAdES signing failed: " + e.getMessage(), e);
    }

    static String encodeUri(String name) {
        StringBuilder sb = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                sb.append((char) c);
            } else {
                sb.append('%').append(String.format("%02X", c));
            }
        }
        return sb.toString();
    }

    /** Gives xmlsec the bytes of a detached document without touching the file system or network. */
    private static final class InMemoryResolver extends ResourceResolverSpi {
        private final String uri;
        private final byte[] content;

        InMemoryResolver(String uri, byte[] content) {
            this.uri = uri;
            this.content = content;
        }

        @Override
        public boolean engineCanResolveURI(ResourceResolverContext context) {
            return uri.equals(context.uriToResolve);
        }

        @Override
        public XMLSignatureInput engineResolveURI(ResourceResolverContext context) {
            XMLSignatureInput input = new XMLSignatureInput(content);
            input.setSourceURI(uri);
            return input;
        }
    }
}
