package pl.ezd.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which kind of signature a valid signature is, from the anchor group its chain ends in. */
class SignatureKindTest {

    private final TestPki pki = TestPki.get();

    private VerificationReport.SignatureResult verify(SignatureKind anchorKind, TestPki.Entity who) {
        SignatureVerifier verifier = SignatureVerifier.builder()
                .trustAnchors(anchorKind, List.of(pki.root.cert()))
                .crls(List.of(pki.rootCrl, pki.intermediateCrl))
                .build();
        byte[] signed = DocumentSigner.builder(who.signingKey()).build()
                .sign(SignatureFormat.XADES_ENVELOPED, RoundTripTest.LETTER, "pismo.xml");
        VerificationReport report = verifier.verify(signed, "pismo.xml");
        assertThat(report.verdict()).as(report.reason()).isEqualTo(Verdict.VALID);
        return report.signatures().get(0);
    }

    @Test
    void qcCertificateWithSealTypeUnderAQualifiedAnchorIsAQualifiedSeal() {
        VerificationReport.SignatureResult sig = verify(SignatureKind.QUALIFIED_SIGNATURE, pki.seal);

        assertThat(sig.kind()).isEqualTo(SignatureKind.QUALIFIED_SEAL);
        assertThat(sig.summaryPl()).contains("kwalifikowana pieczęć elektroniczna");
    }

    @Test
    void certificateWithoutQcStatementsUnderAQualifiedAnchorIsNotQualified() {
        assertThat(verify(SignatureKind.QUALIFIED_SIGNATURE, pki.signer).kind()).isEqualTo(SignatureKind.ADVANCED_OTHER);
    }

    @Test
    void trustedProfileAnchorGivesTrustedProfile() {
        assertThat(verify(SignatureKind.TRUSTED_PROFILE, pki.signer).kind()).isEqualTo(SignatureKind.TRUSTED_PROFILE);
    }

    @Test
    void personalSignatureAnchorGivesPersonalSignature() {
        VerificationReport.SignatureResult sig = verify(SignatureKind.PERSONAL_SIGNATURE, pki.signer);

        assertThat(sig.kind()).isEqualTo(SignatureKind.PERSONAL_SIGNATURE);
        assertThat(sig.summaryPl()).contains("podpis osobisty");
    }

    @Test
    void otherAnchorGivesAdvancedOther() {
        assertThat(verify(SignatureKind.ADVANCED_OTHER, pki.seal).kind()).isEqualTo(SignatureKind.ADVANCED_OTHER);
    }

    @Test
    void anchorsAreReadFromPemAndDerFilesInADirectory(@TempDir Path dir) throws Exception {
        String pem = "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder().encodeToString(pki.root.cert().getEncoded())
                + "\n-----END CERTIFICATE-----\n";
        Files.writeString(dir.resolve("a-root.pem"), pem);
        Files.write(dir.resolve("b-issuing.der"), pki.intermediate.cert().getEncoded());
        Files.writeString(dir.resolve("notes.txt"), "not a certificate");

        assertThat(TrustAnchors.load(dir)).containsExactly(pki.root.cert(), pki.intermediate.cert());
    }
}
