package pl.ezd.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Revocation by OCSP against a real responder built in the test (Bouncy Castle, loopback HTTP):
 * the signers' certificates name only the OCSP responder (no CRL), so their status is known only
 * when the verifier may ask it.
 */
class OcspRevocationTest {

    private static final TestPki pki = TestPki.get();
    private static TestPki.Entity ocspCa;
    private static TestOcspResponder responder;
    private static TestTsa tsa;
    private static TestPki.Entity good;
    private static TestPki.Entity revoked;
    private static TestPki.Entity unreachable;

    @BeforeAll
    static void pki() throws Exception {
        ocspCa = pki.issuingCa("CN=EZD Test OCSP Issuing CA,O=EZD Test,C=PL");
        responder = new TestOcspResponder(ocspCa);
        tsa = new TestTsa(pki.tsa);
        good = TestPki.ocspEndEntity("CN=Maria Dobra,C=PL", ocspCa, responder.url());
        revoked = TestPki.ocspEndEntity("CN=Tomasz Odwolany,C=PL", ocspCa, responder.url());
        responder.revoke(revoked.cert().getSerialNumber(), Instant.now().minus(Duration.ofDays(1)));
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        unreachable = TestPki.ocspEndEntity("CN=Ewa Nieosiagalna,C=PL", ocspCa, "http://127.0.0.1:" + closedPort + "/ocsp");
    }

    @AfterAll
    static void stop() {
        responder.close();
        tsa.close();
    }

    private static byte[] signed(TestPki.Entity who, boolean timestamp) {
        return DocumentSigner.builder(who.signingKey()).timestampAuthority(timestamp ? tsa.url() : null).build()
                .sign(SignatureFormat.XADES_ENVELOPED, RoundTripTest.LETTER, "pismo.xml");
    }

    private static SignatureVerifier.Builder verifier() {
        // The CA certificates' own status comes from the CAs' CRLs; the signers' only from OCSP.
        return SignatureVerifier.builder()
                .trustAnchors(SignatureKind.ADVANCED_OTHER, List.of(pki.root.cert()))
                .crls(List.of(pki.rootCrl, pki.intermediateCrl));
    }

    @Test
    void goodAnswerFromTheResponderMakesTheSignatureValidAndIsCached(@TempDir Path cache) {
        SignatureVerifier online = verifier().onlineRevocation(true).revocationCache(cache).build();
        int before = responder.requests.get();

        VerificationReport first = online.verify(signed(good, false), "pismo.xml");
        int afterFirst = responder.requests.get();
        VerificationReport second = online.verify(signed(good, false), "pismo.xml");

        assertThat(first.verdict()).as(first.reason()).isEqualTo(Verdict.VALID);
        assertThat(second.verdict()).as(second.reason()).isEqualTo(Verdict.VALID);
        assertThat(afterFirst).isGreaterThan(before);
        assertThat(responder.requests.get()).as("second verification served from the cache").isEqualTo(afterFirst);
    }

    @Test
    void withoutAskingTheResponderThereIsNoRevocationDataSoIndeterminate() {
        int before = responder.requests.get();

        VerificationReport report = verifier().build().verify(signed(good, false), "pismo.xml");

        assertThat(report.verdict()).isEqualTo(Verdict.INDETERMINATE);
        assertThat(responder.requests.get()).isEqualTo(before);
    }

    @Test
    void revokedWithoutProofOfTimeIsIndeterminateRevokedNoPoe() {
        // EN 319 102-1: revoked signing certificate and no proof that the signature existed before
        // the revocation: INDETERMINATE / REVOKED_NO_POE.
        VerificationReport report = verifier().onlineRevocation(true).build().verify(signed(revoked, false), "pismo.xml");

        assertThat(report.verdict()).isEqualTo(Verdict.INDETERMINATE);
        assertThat(report.reason()).startsWith("REVOKED_NO_POE");
    }

    @Test
    void revokedBeforeATimeStampedSigningTimeIsNeverValid() {
        // The time-stamp proves the signature was made after the certificate was revoked.
        VerificationReport report = verifier().onlineRevocation(true).build().verify(signed(revoked, true), "pismo.xml");

        // DSS 6.4 (EN 319 102-1 5.6.2.1: the best-signature-time is not before the revocation)
        // keeps INDETERMINATE / REVOKED_NO_POE here too; what matters is that it is never VALID.
        assertThat(report.verdict()).isEqualTo(Verdict.INDETERMINATE);
        assertThat(report.reason()).startsWith("REVOKED_NO_POE");
        assertThat(report.signatures().get(0).provenSigningTimeIfAny()).isPresent();
    }

    @Test
    void unreachableResponderIsIndeterminate() {
        VerificationReport report = verifier().onlineRevocation(true).build().verify(signed(unreachable, false), "pismo.xml");

        assertThat(report.verdict()).isEqualTo(Verdict.INDETERMINATE);
        assertThat(report.signatures().get(0).checks())
                .anySatisfy(c -> assertThat(c.name()).isEqualTo("REVOCATION_DATA"))
                .filteredOn(c -> c.name().equals("REVOCATION_DATA")).allSatisfy(c -> assertThat(c.passed()).isFalse());
    }
}
