package pl.ezd.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Files from src/test/resources/xml/bad and other junk: INVALID or INDETERMINATE, fast, no exception. */
class HostileInputTest {

    private final SignatureVerifier verifier = TestPki.get().verifier().build();

    private static byte[] sample(String name) throws IOException {
        try (InputStream in = HostileInputTest.class.getResourceAsStream("/xml/bad/" + name)) {
            return in.readAllBytes();
        }
    }

    @ParameterizedTest
    @CsvSource({
        "xxe-external-entity.xml, FORBIDDEN_XML",
        "external-dtd.xml, FORBIDDEN_XML",
        "billion-laughs.xml, FORBIDDEN_XML",
        "malformed.xml, MALFORMED_DOCUMENT",
        "unsigned.xml, NO_SIGNATURE"
    })
    void badXmlIsInvalidWithAClearReason(String file, String reason) throws IOException {
        byte[] doc = sample(file);

        VerificationReport report = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> verifier.verify(doc, file));

        assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(report.reason()).startsWith(reason);
        assertThat(report.summaryPl()).startsWith("Dokument NIEWAŻNY");
    }

    @Test
    void randomBytesAreInvalidNotAnException() {
        byte[] junk = new byte[4096];
        new Random(42).nextBytes(junk);

        VerificationReport report = verifier.verify(junk, "junk.bin");

        assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
    }

    @Test
    void emptyFileIsInvalid() {
        assertThat(verifier.verify(new byte[0], "empty.xml").verdict()).isEqualTo(Verdict.INVALID);
    }

    @Test
    void oversizedDocumentIsNotReadAndNotValid() {
        SignatureVerifier small = TestPki.get().verifier().maxDocumentSize(1024).build();

        VerificationReport report = small.verify(new byte[2048], "big.xml");

        assertThat(report.verdict()).isEqualTo(Verdict.INDETERMINATE);
        assertThat(report.reason()).startsWith("TOO_LARGE");
    }
}
