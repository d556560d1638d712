package pl.ezd.epuap.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReceivedDocumentTest {

    private static ReceivedDocument stored() {
        byte[] content = "<Dokument/>".getBytes(StandardCharsets.UTF_8);
        return new ReceivedDocument(7, ReceivedDocument.Source.PULL, new ReceivedDocument.Transport("/gmina/skrytka",
                Instant.parse("2026-11-25T10:15:30.250Z"), "PESEL:80010112345", "F", "Jan Kowalski", "jkowalski", null, null, false,
                "pismo.xml", "text/xml", content, null, null, null), Instant.now());
    }

    @Test
    void aStoredDocumentIsNotAcknowledgedUntilItIsDecidedOn() {
        var document = stored();
        assertThat(document.getState()).isEqualTo(ReceivedState.STORED);
        assertThat(document.mayAcknowledge()).isFalse();
        assertThat(document.getIdempotenceKey())
                .isEqualTo(IdempotenceKey.of("/gmina/skrytka", document.getContent(), document.getDataNadania(), "PESEL:80010112345").value());
        document.registered(1, "RPW/1/2026", 2, null, null, Instant.now());
        assertThat(document.mayAcknowledge()).isTrue();
    }

    @Test
    void aDocumentThatNeedsAttentionIsAcknowledgedAndCanBeRetriedOrDismissed() {
        var document = stored();
        document.needsAttention("Dokument nie jest poprawnym plikiem XML", Instant.now());
        assertThat(document.mayAcknowledge()).as("stored durably: acknowledging loses nothing").isTrue();
        document.dismiss("nieczytelne");
        assertThat(document.getState()).isEqualTo(ReceivedState.DISMISSED);
        assertThat(document.getReason()).contains("Dokument nie jest poprawnym plikiem XML").contains("nieczytelne");
        document.retry();
        assertThat(document.getState()).isEqualTo(ReceivedState.STORED);
        assertThatThrownBy(() -> document.dismiss(null)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void transientFailuresAreRetriedThreeTimesThenNeedAttention() {
        var document = stored();
        document.failedAttempt("baza niedostępna", 3, Instant.now());
        document.failedAttempt("baza niedostępna", 3, Instant.now());
        assertThat(document.getState()).isEqualTo(ReceivedState.STORED);
        document.failedAttempt("baza niedostępna", 3, Instant.now());
        assertThat(document.getState()).isEqualTo(ReceivedState.NEEDS_ATTENTION);
        assertThat(document.getReason()).isEqualTo("baza niedostępna");
    }

    @Test
    void aDocumentWhoseRepositoryDoesNotAnswerWaitsCountedThenNeedsAttentionAndARetryStartsAgain() {
        var document = stored();
        for (int i = 1; i < 20; i++) {
            document.attachmentsPending("Nie pobrano załącznika „mapa.pdf”: repozytorium odpowiedziało kodem HTTP 503", 20, Instant.now());
        }
        assertThat(document.getState()).isEqualTo(ReceivedState.STORED);
        assertThat(document.getAttachmentAttempts()).isEqualTo(19);
        assertThat(document.getReason()).contains("HTTP 503");
        document.attachmentsPending("Nie pobrano załącznika „mapa.pdf”: repozytorium odpowiedziało kodem HTTP 503", 20, Instant.now());
        assertThat(document.getState()).isEqualTo(ReceivedState.NEEDS_ATTENTION);
        assertThat(document.getReason()).startsWith("Po 20 próbach: Nie pobrano załącznika „mapa.pdf”");
        document.retry();
        assertThat(document.getAttachmentAttempts()).as("the clerk's retry starts the count again").isZero();
    }
}
