package pl.ezd.it;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** A small office PKI made by the tests: a CA and the seal it issues, and a PDF to seal. */
final class OfficePki {

    private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());

    private OfficePki() {
    }

    record Issued(KeyPair keys, X509Certificate certificate) {
    }

    static Issued ca(String subject) throws Exception {
        KeyPair keys = rsa();
        var name = new X500Name(subject);
        var builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(SERIAL.incrementAndGet()), from(), until(), name,
                keys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                .addExtension(Extension.subjectKeyIdentifier, false, new JcaX509ExtensionUtils().createSubjectKeyIdentifier(keys.getPublic()));
        return new Issued(keys, sign(builder, keys));
    }

    /**
     * A person's signing certificate that says where its CA publishes revocation (DSS takes a CRL
     * only for a certificate naming a distribution point), so that with the CA trusted and its
     * {@link #crl} at hand a signature verifies as VALID.
     */
    static Issued person(Issued ca, String subject) throws Exception {
        KeyPair keys = rsa();
        var utils = new JcaX509ExtensionUtils();
        var builder = new JcaX509v3CertificateBuilder(ca.certificate(), BigInteger.valueOf(SERIAL.incrementAndGet()), from(), until(),
                new X500Name(subject), keys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                .addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(keys.getPublic()))
                .addExtension(Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(ca.certificate()))
                .addExtension(Extension.cRLDistributionPoints, false, new CRLDistPoint(new DistributionPoint[] {
                    new DistributionPoint(new DistributionPointName(new GeneralNames(
                            new GeneralName(GeneralName.uniformResourceIdentifier, "http://crl.ezd-test.invalid/ca.crl"))), null, null)}));
        return new Issued(keys, sign(builder, ca.keys()));
    }

    /** The CA's current CRL (nothing revoked), issued five minutes ago, next update in a week. */
    static byte[] crl(Issued ca) throws Exception {
        var builder = new X509v2CRLBuilder(X500Name.getInstance(ca.certificate().getSubjectX500Principal().getEncoded()),
                Date.from(Instant.now().minus(Duration.ofMinutes(5))));
        builder.setNextUpdate(Date.from(Instant.now().plus(Duration.ofDays(7))));
        builder.addExtension(Extension.authorityKeyIdentifier, false, new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(ca.certificate()));
        return builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(ca.keys().getPrivate())).getEncoded();
    }

    /** A PAdES signature of {@code pdf} by {@code signer} (with the chain up to {@code ca}), as signing software makes it. */
    static byte[] padesSigned(byte[] pdf, Issued signer, Issued ca) {
        var key = new pl.ezd.signature.SigningKey() {
            @Override
            public java.security.PrivateKey privateKey() {
                return signer.keys().getPrivate();
            }

            @Override
            public java.util.List<X509Certificate> certificateChain() {
                return java.util.List.of(signer.certificate(), ca.certificate());
            }

            @Override
            public java.util.Optional<java.security.Provider> provider() {
                return java.util.Optional.empty();
            }
        };
        return pl.ezd.signature.DocumentSigner.builder(key).build().sign(pl.ezd.signature.SignatureFormat.PADES, pdf, "podpisany.pdf");
    }

    static Issued issue(Issued ca, String subject) throws Exception {
        KeyPair keys = rsa();
        var builder = new JcaX509v3CertificateBuilder(ca.certificate(), BigInteger.valueOf(SERIAL.incrementAndGet()), from(), until(),
                new X500Name(subject), keys.getPublic())
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        return new Issued(keys, sign(builder, ca.keys()));
    }

    static byte[] pkcs12(Issued holder, Issued ca, char[] password) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("seal", holder.keys().getPrivate(), password, new X509Certificate[] {holder.certificate(), ca.certificate()});
        var out = new ByteArrayOutputStream();
        store.store(out, password);
        return out.toByteArray();
    }

    static byte[] pdf(String line) throws Exception {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage();
            document.addPage(page);
            try (var text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 720);
                text.showText(line.replaceAll("[^\\x20-\\x7E]", "?"));
                text.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static X509Certificate sign(org.bouncycastle.cert.X509v3CertificateBuilder builder, KeyPair issuer) throws Exception {
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuer.getPrivate())));
    }

    private static KeyPair rsa() throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static Date from() {
        return Date.from(Instant.now().minus(Duration.ofDays(1)));
    }

    private static Date until() {
        return Date.from(Instant.now().plus(Duration.ofDays(365)));
    }
}
