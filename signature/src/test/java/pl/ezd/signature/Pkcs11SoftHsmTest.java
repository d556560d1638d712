package pl.ezd.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pl.ezd.fixtures.hsm.SoftHsmToken;

/**
 * The office seal in an HSM, simulated by SoftHSM2 (Debian package {@code softhsm2}, set up by
 * {@link SoftHsmToken}). The test fails, not skips, when SoftHSM2 is missing, so CI cannot pass
 * without exercising PKCS#11; a developer without it can run {@code -Dezd.skipPkcs11=true}.
 */
class Pkcs11SoftHsmTest {

    static final Path LIBRARY = SoftHsmToken.LIBRARY;
    private static final String PIN = "1234";
    private static long slot;

    @BeforeAll
    static void token() throws Exception {
        SoftHsmToken token = SoftHsmToken.initialise("ezd-seal", "5678", PIN);
        slot = token.slot();
        // Put the test seal key and its chain on the token through the JDK's own PKCS#11 key store.
        TestPki pki = TestPki.get();
        token.store("seal", pki.seal.key(), pki.seal.chain());
    }

    @Test
    void xmlsecPicksBouncyCastleForTokenKey_regression_sealFromTheTokenSignsXadesAndPadesThatVerify() throws Exception {
        // First a wrong PIN, while the token is not logged in yet (SunPKCS11 keeps one login per
        // token for the JVM: once logged in, a later load does not check the PIN again).
        assertThatThrownBy(() -> SigningKey.fromPkcs11(LIBRARY, slot, "0000".toCharArray(), "seal"))
                .isInstanceOf(SignatureException.KeyAccessException.class);

        TestPki pki = TestPki.get();
        SigningKey key = SigningKey.fromPkcs11(LIBRARY, slot, PIN.toCharArray(), "seal");
        assertThat(key.certificate()).isEqualTo(pki.seal.cert());
        assertThat(key.provider()).isPresent();
        DocumentSigner signer = DocumentSigner.builder(key).build();
        SignatureVerifier verifier = pki.verifier().build();

        byte[] xml = signer.sign(SignatureFormat.XADES_ENVELOPED, RoundTripTest.LETTER, "pismo.xml");
        byte[] pdf = signer.sign(SignatureFormat.PADES, TimestampAndPadesTest.pdf("Pismo z urzedu"), "pismo.pdf");

        VerificationReport xmlReport = verifier.verify(xml, "pismo.xml");
        VerificationReport pdfReport = verifier.verify(pdf, "pismo.pdf");
        assertThat(xmlReport.verdict()).as(xmlReport.reason()).isEqualTo(Verdict.VALID);
        assertThat(pdfReport.verdict()).as(pdfReport.reason()).isEqualTo(Verdict.VALID);
        assertThat(xmlReport.signatures().get(0).signer()).isEqualTo("Urzad Gminy Testowo");
    }
}
