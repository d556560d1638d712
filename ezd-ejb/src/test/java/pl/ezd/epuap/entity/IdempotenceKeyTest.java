package pl.ezd.epuap.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IdempotenceKeyTest {

    private static final byte[] LETTER = "<Dokument>pismo</Dokument>".getBytes(StandardCharsets.UTF_8);
    private static final Instant SENT = Instant.parse("2026-11-25T10:15:30Z");

    @Test
    void theSameDocumentDeliveredAgainHasTheSameKey() {
        var first = IdempotenceKey.of("/gmina/skrytka", LETTER, SENT, "PESEL:80010112345");
        var again = IdempotenceKey.of(" /gmina/skrytka ", LETTER.clone(), SENT.plusMillis(400), "PESEL:80010112345 ");
        assertThat(again.value()).isEqualTo(first.value()).hasSize(64);
    }

    @Test
    void theSameTextSentAgainLaterOrByAnotherSenderOrToAnotherInboxIsAnotherDocument() {
        String key = IdempotenceKey.of("/gmina/skrytka", LETTER, SENT, "PESEL:80010112345").value();
        assertThat(IdempotenceKey.of("/gmina/skrytka", LETTER, SENT.plusSeconds(1), "PESEL:80010112345").value()).isNotEqualTo(key);
        assertThat(IdempotenceKey.of("/gmina/skrytka", LETTER, SENT, "PESEL:90010112345").value()).isNotEqualTo(key);
        assertThat(IdempotenceKey.of("/inna/skrytka", LETTER, SENT, "PESEL:80010112345").value()).isNotEqualTo(key);
        assertThat(IdempotenceKey.of("/gmina/skrytka", "<Dokument>pismo!</Dokument>".getBytes(StandardCharsets.UTF_8), SENT,
                "PESEL:80010112345").value()).isNotEqualTo(key);
    }

    @Test
    void skrotIsBase64OfTheSha1OfTheDecodedBytesAsEpuapChecksIt() {
        // SHA-1("abc") = a9993e364706816aba3e25717850c26c9cd0d89d
        assertThat(IdempotenceKey.skrot("abc".getBytes(StandardCharsets.US_ASCII))).isEqualTo("qZk+NkcGgWq6PiVxeFDCbJzQ2J0=");
    }
}
