package pl.ezd.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CRLs fetched from the distribution points in the certificates (a loopback server of the test PKI). */
class OnlineRevocationTest {

    private final TestPki pki = TestPki.get();

    private byte[] signed(TestPki.Entity who) {
        return DocumentSigner.builder(who.signingKey()).build()
                .sign(SignatureFormat.XADES_ENVELOPED, RoundTripTest.LETTER, "pismo.xml");
    }

    private SignatureVerifier.Builder trustingRoot() {
        return SignatureVerifier.builder().trustAnchors(SignatureKind.ADVANCED_OTHER, List.of(pki.root.cert()));
    }

    @Test
    void offlineVerificationNeverAsksForCrls() {
        int before = pki.crlRequests.get();

        VerificationReport report = trustingRoot().build().verify(signed(pki.signer), "pismo.xml");

        assertThat(report.verdict()).isEqualTo(Verdict.INDETERMINATE);
        assertThat(pki.crlRequests.get()).isEqualTo(before);
    }

    @Test
    void onlineVerificationFetchesCrlsAndCachesThem(@TempDir Path cache) {
        SignatureVerifier online = trustingRoot().onlineRevocation(true).revocationCache(cache).build();
        int before = pki.crlRequests.get();

        VerificationReport first = online.verify(signed(pki.signer), "pismo.xml");
        int afterFirst = pki.crlRequests.get();
        VerificationReport second = online.verify(signed(pki.signer), "pismo.xml");

        assertThat(first.verdict()).as(first.reason()).isEqualTo(Verdict.VALID);
        assertThat(second.verdict()).as(second.reason()).isEqualTo(Verdict.VALID);
        assertThat(afterFirst).isGreaterThan(before);
        assertThat(pki.crlRequests.get()).as("second verification served from the cache").isEqualTo(afterFirst);
    }

    @Test
    void onlineVerificationFindsARevokedSigner() {
        VerificationReport report = trustingRoot().onlineRevocation(true).build().verify(signed(pki.revoked), "pismo.xml");

        assertThat(report.verdict()).isNotEqualTo(Verdict.VALID);
        assertThat(report.reason()).contains("REVOKED");
    }
}
