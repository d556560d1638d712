package pl.ezd.documents.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.ezd.fixtures.hsm.SoftHsmToken;
import pl.ezd.signature.DocumentSigner;
import pl.ezd.signature.SignatureFormat;
import pl.ezd.signature.SigningKey;
import pl.ezd.signature.Verdict;
import pl.ezd.signature.VerificationReport;

/**
 * The office seal of an organisation in an HSM: SoftHSM2 (Debian {@code softhsm2}) holds the key,
 * {@code seal-<org>.pkcs11} in the seal directory names the token, the PIN comes from the
 * environment. The seal signs an outgoing PDF (PAdES) and XML letter (XAdES) exactly as
 * {@code Documents.seal} does, and the installation's verifier ({@link SignatureVerification},
 * configured with the CA as anchor and its CRL) finds the result VALID. Fails, not skips, without
 * SoftHSM2 (run with {@code -Dezd.skipPkcs11=true} on a machine without it).
 */
class OfficeSealHsmTest {

    private static final Path LIBRARY = SoftHsmToken.LIBRARY;
    private static final String PIN = "4321";
    private static long slot;
    private static KeyPair caKeys;
    private static X509Certificate ca;
    private static X509Certificate sealCert;
    private static byte[] crl;

    @TempDir
    static Path dir;

    @BeforeAll
    static void token() throws Exception {
        SoftHsmToken token = SoftHsmToken.initialise("ezd-seal-org-7", "8765", PIN);
        slot = token.slot();

        Instant now = Instant.now();
        caKeys = rsa();
        ca = certificate("CN=EZD HSM Test CA,C=PL", caKeys, null, caKeys.getPrivate(), true, now);
        KeyPair sealKeys = rsa();
        sealCert = certificate("CN=Urzad Gminy Hsmowo,O=Urzad Gminy Hsmowo,C=PL", sealKeys, ca, caKeys.getPrivate(), false, now);
        X509v2CRLBuilder crlBuilder = new X509v2CRLBuilder(X500Name.getInstance(ca.getSubjectX500Principal().getEncoded()),
                Date.from(now.minus(Duration.ofMinutes(5))));
        crlBuilder.setNextUpdate(Date.from(now.plus(Duration.ofDays(7))));
        crlBuilder.addExtension(Extension.authorityKeyIdentifier, false, new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(ca));
        crl = crlBuilder.build(new JcaContentSignerBuilder("SHA256withRSA").build(caKeys.getPrivate())).getEncoded();

        token.store("seal", sealKeys.getPrivate(), List.of(sealCert, ca));
    }

    private OfficeSeal officeSeal(Path sealDir) {
        OfficeSeal seal = new OfficeSeal();
        seal.settings = settings(Optional.empty(), Optional.empty(), Optional.of(sealDir));
        seal.password = Optional.empty();
        seal.pkcs11Pin = Optional.empty();
        seal.environment = Map.of("EZD_SEAL_PIN_ORG7", PIN)::get;
        return seal;
    }

    private SignatureVerification verification(Path trust, Path crls) {
        SignatureVerification v = new SignatureVerification();
        v.settings = settings(Optional.of(trust), Optional.of(crls), Optional.empty());
        v.build();
        return v;
    }

    /** The defaults but for the CA directory, the CRL directory and the seal directory. */
    private static SignatureSettings settings(Optional<Path> trust, Optional<Path> crls, Optional<Path> seals) {
        SignatureSettings d = SignatureSettings.defaults();
        return new SignatureSettings(trust, d.qualifiedDir(), d.trustedProfileDir(), d.personalDir(), d.trustedListDir(),
                d.lotlSigners(), d.lotlUrl(), d.refreshListsOnline(), crls, d.onlineRevocation(), d.revocationCacheDir(),
                d.rebuildInterval(), seals);
    }

    @Test
    void organisationsHsmSealSignsOutgoingDocumentsThatVerify() throws Exception {
        Path seals = Files.createDirectories(dir.resolve("seals"));
        Files.writeString(seals.resolve("seal-7.pkcs11"), "library = " + LIBRARY + "\nslot = " + slot
                + "\nalias = seal\npin-variable = EZD_SEAL_PIN_ORG7\n");
        Path trust = Files.createDirectories(dir.resolve("trust"));
        Files.write(trust.resolve("ca.der"), ca.getEncoded());
        Path crls = Files.createDirectories(dir.resolve("crl"));
        Files.write(crls.resolve("ca.crl"), crl);
        OfficeSeal officeSeal = officeSeal(seals);

        SigningKey key = officeSeal.of(7).orElseThrow();
        assertThat(key.certificate()).isEqualTo(sealCert);
        assertThat(officeSeal.of(8)).as("another organisation has no seal").isEmpty();

        // What Documents.seal does with an outgoing document.
        DocumentSigner signer = DocumentSigner.builder(key).build();
        byte[] pdf = signer.sign(SignatureFormat.PADES, pdf("Decyzja nr 1/2026"), "decyzja.pdf");
        byte[] xml = signer.sign(SignatureFormat.XADES_ENVELOPED,
                "<pismo><tresc>Odpowiedz na wniosek</tresc></pismo>".getBytes(StandardCharsets.UTF_8), "pismo.xml");

        SignatureVerification verification = verification(trust, crls);
        VerificationReport pdfReport = verification.verify(pdf, "decyzja.pdf");
        VerificationReport xmlReport = verification.verify(xml, "pismo.xml");
        assertThat(SignatureVerification.looksSigned(pdf, "application/pdf")).isTrue();
        assertThat(pdfReport.verdict()).as(pdfReport.reason()).isEqualTo(Verdict.VALID);
        assertThat(xmlReport.verdict()).as(xmlReport.reason()).isEqualTo(Verdict.VALID);
        assertThat(pdfReport.summaryPl()).startsWith("Podpis WAŻNY").contains("Urzad Gminy Hsmowo");

        // Without the CRL the same seal cannot be shown unrevoked: never VALID.
        VerificationReport noRevocation = verification(trust, Files.createDirectories(dir.resolve("no-crl")))
                .verify(pdf, "decyzja.pdf");
        assertThat(noRevocation.verdict()).isEqualTo(Verdict.INDETERMINATE);
    }

    @Test
    void hsmEntryWithoutItsPinIsAClearConfigurationError() throws Exception {
        Path seals = Files.createDirectories(dir.resolve("seals-no-pin"));
        Files.writeString(seals.resolve("seal-9.pkcs11"), "library = " + LIBRARY + "\nslot = " + slot + "\n");

        assertThatThrownBy(() -> officeSeal(seals).of(9)).hasMessageContaining("EZD_SEAL_PKCS11_PIN");
    }

    private static byte[] pdf(String text) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.beginText();
                s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                s.newLineAtOffset(72, 700);
                s.showText(text);
                s.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static KeyPair rsa() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        return g.generateKeyPair();
    }

    private static X509Certificate certificate(String dn, KeyPair keys, X509Certificate issuer, PrivateKey issuerKey,
            boolean isCa, Instant now) throws Exception {
        X500Name subject = new X500Name(dn);
        X500Name issuerName = issuer == null ? subject : X500Name.getInstance(issuer.getSubjectX500Principal().getEncoded());
        X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuerName, BigInteger.valueOf(now.toEpochMilli() + (isCa ? 0 : 1)),
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(365))), subject, keys.getPublic());
        JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(isCa));
        b.addExtension(Extension.keyUsage, true, new KeyUsage(isCa ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                : KeyUsage.nonRepudiation | KeyUsage.digitalSignature));
        b.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(keys.getPublic()));
        if (issuer != null) {
            b.addExtension(Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(issuer));
            // DSS accepts revocation data only for a certificate that says where it is published.
            b.addExtension(Extension.cRLDistributionPoints, false, new CRLDistPoint(new DistributionPoint[] {
                new DistributionPoint(new DistributionPointName(new GeneralNames(
                        new GeneralName(GeneralName.uniformResourceIdentifier, "http://crl.ezd-test.invalid/ca.crl"))), null, null)}));
        }
        return new JcaX509CertificateConverter().getCertificate(b.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey)));
    }
}
