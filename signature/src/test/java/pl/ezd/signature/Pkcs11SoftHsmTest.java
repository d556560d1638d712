package pl.ezd.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.Provider;
import java.security.Security;
import java.security.cert.X509Certificate;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The office seal in an HSM, simulated by SoftHSM2 (Debian package {@code softhsm2}). The test
 * fails, not skips, when SoftHSM2 is missing, so CI cannot pass without exercising PKCS#11; a
 * developer without it can run {@code -Dezd.skipPkcs11=true}.
 */
class Pkcs11SoftHsmTest {

    static final Path LIBRARY = Path.of("/usr/lib/softhsm/libsofthsm2.so");
    private static final String PIN = "1234";
    private static long slot;

    @BeforeAll
    static void token() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(Boolean.getBoolean("ezd.skipPkcs11"),
                "PKCS#11 tests skipped on request (-Dezd.skipPkcs11=true)");
        if (!Files.exists(LIBRARY)) {
            fail("SoftHSM2 is not installed: " + LIBRARY + " is missing. Install the Debian package "
                    + "'softhsm2' (apt-get install -y softhsm2), or run with -Dezd.skipPkcs11=true.");
        }
        String conf = System.getenv("SOFTHSM2_CONF");
        if (conf == null) {
            fail("SOFTHSM2_CONF is not set: run the tests through Maven (surefire sets it)");
        }
        Path confFile = Path.of(conf);
        Path tokens = confFile.getParent().resolve("tokens");
        deleteRecursively(confFile.getParent());
        Files.createDirectories(tokens);
        Files.writeString(confFile, "directories.tokendir = " + tokens.toAbsolutePath() + "\n"
                + "objectstore.backend = file\nlog.level = ERROR\n");
        String out = run(confFile, "softhsm2-util", "--init-token", "--free", "--label", "ezd-seal",
                "--so-pin", "5678", "--pin", PIN);
        Matcher m = Pattern.compile("reassigned to slot (\\d+)").matcher(out);
        if (!m.find()) {
            fail("Cannot read the slot from softhsm2-util's output: " + out);
        }
        slot = Long.parseLong(m.group(1));
        // Put the test seal key and its chain on the token through the JDK's own PKCS#11 key store.
        Provider p = Security.getProvider("SunPKCS11").configure(
                "--name = EZDTestInit\nlibrary = " + LIBRARY + "\nslot = " + slot + "\n");
        KeyStore ks = KeyStore.getInstance("PKCS11", p);
        ks.load(null, PIN.toCharArray());
        TestPki pki = TestPki.get();
        ks.setKeyEntry("seal", pki.seal.key(), null, pki.seal.chain().toArray(new X509Certificate[0]));
        // PKCS#11 login is per token for the whole process: log out so the test below sees a PIN check.
        ((java.security.AuthProvider) p).logout();
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

    private static String run(Path conf, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("SOFTHSM2_CONF", conf.toString());
        Process process = pb.start();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(String.join(" ", command) + " did not finish in 30 s");
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            fail(String.join(" ", command) + " failed: " + out);
        }
        return out;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
