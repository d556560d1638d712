package pl.ezd.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** XAdES-T and PAdES with the in-test TSA. */
class TimestampAndPadesTest {

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

    static byte[] pdf(String text) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText(text);
                cs.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void xades4jTimestampNeedsXmlsec4Class_regression_xadesTIsValidWithAProvenTime() {
        byte[] signed = DocumentSigner.builder(pki.signer.signingKey()).timestampAuthority(tsa.url()).build()
                .sign(SignatureFormat.XADES_ENVELOPED, RoundTripTest.LETTER, "pismo.xml");

        VerificationReport report = pki.verifier().build().verify(signed, "pismo.xml");

        assertThat(report.verdict()).as(report.reason()).isEqualTo(Verdict.VALID);
        VerificationReport.SignatureResult sig = report.signatures().get(0);
        assertThat(sig.format()).isEqualTo("XAdES-BASELINE-T");
        assertThat(sig.timestamps()).hasSize(1);
        assertThat(sig.provenSigningTime()).isNotNull();
        assertThat(report.summaryPl()).contains("znacznikiem czasu");
    }

    @Test
    void xadesTCheckedAfterExpiryWithoutLongTermDataIsIndeterminate() {
        byte[] signed = DocumentSigner.builder(pki.signer.signingKey()).timestampAuthority(tsa.url()).build()
                .sign(SignatureFormat.XADES_DETACHED, "tresc".getBytes(StandardCharsets.UTF_8), "a.txt");
        SignatureVerifier later = pki.verifier()
                .validationTime(pki.signer.cert().getNotAfter().toInstant().plus(Duration.ofDays(1)))
                .build();

        VerificationReport report = later.verifyDetached(signed, "a.txt.xades", "tresc".getBytes(StandardCharsets.UTF_8), "a.txt");

        // The CRLs and the TSA certificate of the test PKI are stale by then and the signature has no
        // long-term (LT) data: the time-stamp cannot be validated either. INDETERMINATE, not INVALID.
        assertThat(report.verdict()).isEqualTo(Verdict.INDETERMINATE);
        assertThat(report.signatures().get(0).timestamps()).hasSize(1);
        assertThat(report.signatures().get(0).provenSigningTime()).isNull();
    }

    @Test
    void unreachableTsaIsAClearError() {
        DocumentSigner signer = DocumentSigner.builder(pki.signer.signingKey())
                .timestampAuthority(URI.create("http://127.0.0.1:9/tsp")).build();

        assertThatThrownBy(() -> signer.sign(SignatureFormat.XADES_ENVELOPED, RoundTripTest.LETTER, "pismo.xml"))
                .isInstanceOf(SignatureException.TimestampException.class);
    }

    @Test
    void padesBIsValid() throws IOException {
        byte[] signed = DocumentSigner.builder(pki.seal.signingKey()).build()
                .sign(SignatureFormat.PADES, pdf("Decyzja nr 1/2026"), "decyzja.pdf");

        VerificationReport report = pki.verifier().build().verify(signed, "decyzja.pdf");

        assertThat(report.verdict()).as(report.reason()).isEqualTo(Verdict.VALID);
        assertThat(report.signatures().get(0).format()).isEqualTo("PAdES-BASELINE-B");
        assertThat(report.signatures().get(0).signer()).isEqualTo("Urzad Gminy Testowo");
    }

    @Test
    void padesTIsValidWithAProvenTime() throws IOException {
        byte[] signed = DocumentSigner.builder(pki.signer.signingKey()).timestampAuthority(tsa.url()).build()
                .sign(SignatureFormat.PADES, pdf("Decyzja nr 2/2026"), "decyzja.pdf");

        VerificationReport report = pki.verifier().build().verify(signed, "decyzja.pdf");

        assertThat(report.verdict()).as(report.reason()).isEqualTo(Verdict.VALID);
        assertThat(report.signatures().get(0).format()).isEqualTo("PAdES-BASELINE-T");
        assertThat(report.signatures().get(0).provenSigningTime()).isNotNull();
    }

    @Test
    void pdfSignedByTwoSignersIsValidWithBothSignatures() throws IOException {
        byte[] once = DocumentSigner.builder(pki.signer.signingKey()).build()
                .sign(SignatureFormat.PADES, pdf("Umowa"), "umowa.pdf");
        byte[] twice = DocumentSigner.builder(pki.seal.signingKey()).build()
                .sign(SignatureFormat.PADES, once, "umowa.pdf");

        VerificationReport report = pki.verifier().build().verify(twice, "umowa.pdf");

        // The first signature covers only the first revision; a later signature is an allowed change.
        assertThat(report.verdict()).as(report.reason()).isEqualTo(Verdict.VALID);
        assertThat(report.signatures()).extracting(VerificationReport.SignatureResult::signer)
                .containsExactlyInAnyOrder("Jan Kowalski", "Urzad Gminy Testowo");
    }

    @Test
    void unsignedPdfIsInvalidForLackOfSignature() throws IOException {
        VerificationReport report = pki.verifier().build().verify(pdf("Bez podpisu"), "pismo.pdf");

        assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(report.reason()).startsWith("NO_SIGNATURE");
    }

    @Test
    void pdfChangedAfterSigningIsInvalid() throws IOException {
        byte[] signed = DocumentSigner.builder(pki.signer.signingKey()).build()
                .sign(SignatureFormat.PADES, pdf("Kwota: 100 PLN"), "decyzja.pdf");
        String s = new String(signed, StandardCharsets.ISO_8859_1);
        int at = s.indexOf("/MediaBox");
        assertThat(at).isPositive();
        byte[] tampered = signed.clone();
        tampered[at + 1] = 'm'; // a byte inside the signed byte range

        VerificationReport report = pki.verifier().build().verify(tampered, "decyzja.pdf");

        assertThat(report.verdict()).isNotEqualTo(Verdict.VALID);
    }

    @Test
    void signingSomethingThatIsNotAPdfAsPadesIsRefused() {
        DocumentSigner signer = DocumentSigner.builder(pki.signer.signingKey()).build();

        assertThatThrownBy(() -> signer.sign(SignatureFormat.PADES, RoundTripTest.LETTER, "x.pdf"))
                .isInstanceOf(SignatureException.SigningException.class);
    }
}
