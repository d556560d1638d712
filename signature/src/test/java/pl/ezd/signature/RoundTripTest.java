package pl.ezd.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RoundTripTest {

    static final byte[] LETTER = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<pismo xmlns=\"urn:ezd:test\"><nadawca>Jan Kowalski</nadawca>"
            + "<tresc>Wniosek o wydanie zaswiadczenia</tresc></pismo>").getBytes(StandardCharsets.UTF_8);

    private final TestPki pki = TestPki.get();

    @Test
    void envelopedXadesFromXades4jIsValidAgainstTheTestAnchor() {
        byte[] signed = DocumentSigner.builder(pki.signer.signingKey()).build()
                .sign(SignatureFormat.XADES_ENVELOPED, LETTER, "pismo.xml");

        VerificationReport report = pki.verifier().build().verify(signed, "pismo.xml");

        assertThat(report.verdict()).as(report.reason()).isEqualTo(Verdict.VALID);
        VerificationReport.SignatureResult sig = report.signatures().get(0);
        assertThat(sig.signer()).isEqualTo("Jan Kowalski");
        assertThat(sig.coverage()).isEqualTo(VerificationReport.Coverage.WHOLE_DOCUMENT);
        assertThat(sig.format()).isEqualTo("XAdES-BASELINE-B");
        assertThat(sig.claimedSigningTime()).isNotNull();
        assertThat(report.summaryPl()).startsWith("Podpis WAŻNY.").contains("Jan Kowalski");
    }

    @Test
    void detachedXadesFromXades4jIsValidWithItsContent() {
        byte[] content = "%PDF-1.4 not really a pdf, any bytes will do".getBytes(StandardCharsets.US_ASCII);
        byte[] signature = DocumentSigner.builder(pki.signer.signingKey()).build()
                .sign(SignatureFormat.XADES_DETACHED, content, "decyzja 1.pdf");

        VerificationReport report = pki.verifier().build()
                .verifyDetached(signature, "decyzja 1.pdf.xades", content, "decyzja 1.pdf");

        assertThat(report.verdict()).as(report.reason()).isEqualTo(Verdict.VALID);
        assertThat(report.signatures().get(0).coverage()).isEqualTo(VerificationReport.Coverage.WHOLE_DOCUMENT);
    }

    @Test
    void withoutTrustAnchorTheVerdictIsIndeterminateNeverValid() {
        byte[] signed = DocumentSigner.builder(pki.signer.signingKey()).build()
                .sign(SignatureFormat.XADES_ENVELOPED, LETTER, "pismo.xml");

        VerificationReport report = SignatureVerifier.builder().build().verify(signed, "pismo.xml");

        assertThat(report.verdict()).as(report.reason()).isEqualTo(Verdict.INDETERMINATE);
        assertThat(report.reason()).startsWith("NO_CERTIFICATE_CHAIN_FOUND");
    }
}
