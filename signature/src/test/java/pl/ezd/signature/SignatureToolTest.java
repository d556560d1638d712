package pl.ezd.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignatureToolTest {

    private final TestPki pki = TestPki.get();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new SignatureTool(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of("EZD_SIGNING_PASSWORD", new String(TestPki.PASSWORD))).run(args);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void signThenVerifyPrintsTheVerdictFirst(@TempDir Path dir) throws Exception {
        Path p12 = dir.resolve("seal.p12");
        Files.write(p12, pki.signer.pkcs12());
        Path letter = dir.resolve("pismo.xml");
        Files.write(letter, RoundTripTest.LETTER);
        Path root = dir.resolve("root.der");
        Files.write(root, pki.root.cert().getEncoded());
        Path crl1 = dir.resolve("root.crl");
        Files.write(crl1, pki.rootCrl);
        Path crl2 = dir.resolve("issuing.crl");
        Files.write(crl2, pki.intermediateCrl);

        assertThat(run("sign", letter.toString(), "--format", "xades-enveloped", "--pkcs12", p12.toString()))
                .as(err.toString(StandardCharsets.UTF_8)).isZero();
        Path signed = dir.resolve("pismo-signed.xml");
        assertThat(signed).exists();
        out.reset();

        int status = run("verify", signed.toString(), "--trust", root.toString(), "--crl", crl1.toString(),
                "--crl", crl2.toString());

        assertThat(status).isEqualTo(SignatureTool.EXIT_VALID);
        assertThat(stdout()).startsWith("VALID\n").contains("Jan Kowalski");
    }

    @Test
    void detachedSignatureIsVerifiedWithItsContent(@TempDir Path dir) throws Exception {
        Path p12 = dir.resolve("seal.p12");
        Files.write(p12, pki.signer.pkcs12());
        Path pdf = dir.resolve("decyzja.pdf");
        Files.write(pdf, TimestampAndPadesTest.pdf("Decyzja"));
        assertThat(run("sign", pdf.toString(), "--format", "xades-detached", "--pkcs12", p12.toString())).isZero();
        out.reset();

        int status = run("verify", dir.resolve("decyzja.pdf.xades").toString(), "--detached", pdf.toString());

        // No anchor given: never VALID.
        assertThat(status).isEqualTo(SignatureTool.EXIT_INDETERMINATE);
        assertThat(stdout()).startsWith("INDETERMINATE\n");
    }

    @Test
    void hostileFileIsInvalid(@TempDir Path dir) throws Exception {
        Path xxe = dir.resolve("xxe.xml");
        Files.writeString(xxe, "<!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>");

        assertThat(run("verify", xxe.toString())).isEqualTo(SignatureTool.EXIT_INVALID);
        assertThat(stdout()).startsWith("INVALID\n");
    }

    @Test
    void badUsageSaysHow() {
        assertThat(run("frobnicate", "x")).isEqualTo(SignatureTool.EXIT_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage:");
    }
}
