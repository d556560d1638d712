package pl.ezd.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expired, revoked and unverifiable certificates: never VALID. */
class CertificateStatusTest {

    private final TestPki pki = TestPki.get();

    private byte[] signedBy(TestPki.Entity who) {
        return DocumentSigner.builder(who.signingKey()).build()
                .sign(SignatureFormat.XADES_ENVELOPED, RoundTripTest.LETTER, "pismo.xml");
    }

    @Test
    void signingWithAnExpiredCertificateIsRefused() {
        assertThatThrownBy(() -> signedBy(pki.expired))
                .isInstanceOf(SignatureException.SigningException.class)
                .hasMessageContaining("not valid now");
    }

    @Test
    void revokedSignerIsNotValid() {
        VerificationReport report = pki.verifier().build().verify(signedBy(pki.revoked), "pismo.xml");

        assertThat(report.verdict()).isNotEqualTo(Verdict.VALID);
        assertThat(report.reason()).contains("REVOKED");
        assertThat(report.summaryPl()).contains("unieważniony");
    }

    @Test
    void withoutRevocationDataTheVerdictIsIndeterminate() {
        SignatureVerifier noCrls = SignatureVerifier.builder()
                .trustAnchors(SignatureKind.ADVANCED_OTHER, List.of(pki.root.cert()))
                .build();

        VerificationReport report = noCrls.verify(signedBy(pki.signer), "pismo.xml");

        assertThat(report.verdict()).isEqualTo(Verdict.INDETERMINATE);
    }

    @Test
    void signatureWithoutTimestampIsIndeterminateOnceTheCertificateExpired() {
        byte[] signed = signedBy(pki.signer);
        SignatureVerifier later = pki.verifier()
                .validationTime(pki.signer.cert().getNotAfter().toInstant().plus(Duration.ofDays(1)))
                .build();

        VerificationReport report = later.verify(signed, "pismo.xml");

        assertThat(report.verdict()).isEqualTo(Verdict.INDETERMINATE);
    }

    @Test
    void validationTimeBeforeTheSignatureDoesNotMakeItValid() {
        SignatureVerifier earlier = pki.verifier().validationTime(Instant.now().minus(Duration.ofDays(400))).build();

        assertThat(earlier.verify(signedBy(pki.signer), "pismo.xml").verdict()).isNotEqualTo(Verdict.VALID);
    }
}
