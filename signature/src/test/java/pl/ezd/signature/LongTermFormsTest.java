package pl.ezd.signature;

import static org.assertj.core.api.Assertions.assertThat;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.enumerations.SignaturePackaging;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.model.x509.revocation.crl.CRL;
import eu.europa.esig.dss.service.tsp.OnlineTSPSource;
import eu.europa.esig.dss.spi.x509.revocation.RevocationSource;
import eu.europa.esig.dss.spi.x509.revocation.RevocationToken;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.revocation.crl.ExternalResourcesCRLSource;
import eu.europa.esig.dss.xades.XAdESSignatureParameters;
import eu.europa.esig.dss.xades.signature.XAdESService;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Signatures made elsewhere (here by DSS, as a citizen's or another office's tool would) in the
 * forms the office receives: enveloping, and the long-term levels LT and LTA carrying their own
 * revocation data and time-stamps.
 */
class LongTermFormsTest {

    private static TestPki pki;
    private static TestTsa tsa;

    @BeforeAll
    static void start() throws IOException {
        pki = TestPki.get();
        tsa = new TestTsa(pki.tsa);
    }

    @AfterAll
    static void stop() {
        tsa.close();
    }

    /** Signs as a foreign tool would, with revocation data for the LT/LTA levels from the test CRLs. */
    private static byte[] foreignSignature(SignatureLevel level, SignaturePackaging packaging) throws Exception {
        CommonCertificateVerifier cv = new CommonCertificateVerifier(true);
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        trusted.addCertificate(new CertificateToken(pki.root.cert()));
        cv.setTrustedCertSources(trusted);
        cv.setCrlSource(new FreshCrls());
        XAdESService service = new XAdESService(cv);
        service.setTspSource(new OnlineTSPSource(tsa.url().toString()));
        XAdESSignatureParameters p = new XAdESSignatureParameters();
        p.setSignatureLevel(level);
        p.setSignaturePackaging(packaging);
        p.setDigestAlgorithm(DigestAlgorithm.SHA256);
        p.setSigningCertificate(new CertificateToken(pki.signer.cert()));
        p.setCertificateChain(pki.signer.chain().stream().map(CertificateToken::new).toList());
        DSSDocument doc = new InMemoryDocument(RoundTripTest.LETTER, "pismo.xml");
        ToBeSigned tbs = service.getDataToSign(doc, p);
        Signature s = Signature.getInstance("SHA256withRSA");
        s.initSign(pki.signer.key());
        s.update(tbs.getBytes());
        DSSDocument signed = service.signDocument(doc, p,
                new SignatureValue(eu.europa.esig.dss.enumerations.SignatureAlgorithm.RSA_SHA256, s.sign()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        signed.writeTo(out);
        return out.toByteArray();
    }

    /**
     * Like an online CRL source: a CRL issued after the signature time-stamp, which DSS requires
     * before it puts revocation data into an LT signature.
     */
    private static final class FreshCrls implements RevocationSource<CRL> {
        private static final long serialVersionUID = 1L;

        @Override
        public RevocationToken<CRL> getRevocationToken(CertificateToken cert, CertificateToken issuer) {
            try {
                Thread.sleep(1100); // CRL times have a precision of one second
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new ExternalResourcesCRLSource(new ByteArrayInputStream(pki.freshCrl(pki.root)),
                    new ByteArrayInputStream(pki.freshCrl(pki.intermediate))).getRevocationToken(cert, issuer);
        }
    }

    /** Trusts the root but gives no CRLs: LT/LTA signatures must carry their own. */
    private static SignatureVerifier verifierWithoutCrls() {
        return SignatureVerifier.builder().trustAnchors(SignatureKind.ADVANCED_OTHER, List.of(pki.root.cert())).build();
    }

    @Test
    void envelopingXadesLtaIsValidOnItsOwnValidationData() throws Exception {
        byte[] signed = foreignSignature(SignatureLevel.XAdES_BASELINE_LTA, SignaturePackaging.ENVELOPING);

        VerificationReport report = verifierWithoutCrls().verify(signed, "pismo.xml.xades");

        assertThat(report.verdict()).as(report.reason()).isEqualTo(Verdict.VALID);
        VerificationReport.SignatureResult sig = report.signatures().get(0);
        assertThat(sig.format()).isEqualTo("XAdES-BASELINE-LTA");
        assertThat(sig.timestamps()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(sig.provenSigningTime()).isNotNull();
        assertThat(sig.coverage()).isEqualTo(VerificationReport.Coverage.WHOLE_DOCUMENT);
    }

    @Test
    void envelopedXadesLtIsValidOnItsOwnValidationData() throws Exception {
        byte[] signed = foreignSignature(SignatureLevel.XAdES_BASELINE_LT, SignaturePackaging.ENVELOPED);

        VerificationReport report = verifierWithoutCrls().verify(signed, "pismo.xml");

        assertThat(report.verdict()).as(report.reason()).isEqualTo(Verdict.VALID);
        assertThat(report.signatures().get(0).format()).isEqualTo("XAdES-BASELINE-LT");
    }

    @Test
    void timestampCopiedFromAnotherSignatureIsInvalid() throws Exception {
        // Two signatures over different letters; the time-stamp of the first is put into the second.
        DocumentSigner signer = DocumentSigner.builder(pki.signer.signingKey()).timestampAuthority(tsa.url()).build();
        String first = new String(signer.sign(SignatureFormat.XADES_ENVELOPED, RoundTripTest.LETTER, "a.xml"),
                StandardCharsets.UTF_8);
        byte[] otherLetter = new String(RoundTripTest.LETTER, StandardCharsets.UTF_8)
                .replace("zaswiadczenia", "zezwolenia").getBytes(StandardCharsets.UTF_8);
        String second = new String(signer.sign(SignatureFormat.XADES_ENVELOPED, otherLetter, "b.xml"),
                StandardCharsets.UTF_8);
        Pattern token = Pattern.compile("<xades:EncapsulatedTimeStamp[^>]*>([^<]+)</xades:EncapsulatedTimeStamp>");
        Matcher m1 = token.matcher(first);
        Matcher m2 = token.matcher(second);
        assertThat(m1.find()).isTrue();
        assertThat(m2.find()).isTrue();
        String forged = second.substring(0, m2.start(1)) + m1.group(1) + second.substring(m2.end(1));

        VerificationReport report = pki.verifier().build().verify(forged.getBytes(StandardCharsets.UTF_8), "b.xml");

        assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(report.reason()).startsWith("TIMESTAMP_MISMATCH");
    }
}
