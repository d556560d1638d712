package pl.ezd.documents.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DocumentTest {

    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    static StoredFile file(String name, char digest) {
        return new StoredFile(name, "application/pdf", 1234, String.valueOf(digest).repeat(64), "1/" + name);
    }

    @Test
    void aNewDocumentHasItsFirstVersionAsTheCurrentOne() {
        var doc = new Document(7, " Wniosek o wycinkę ", null, file("wniosek.pdf", 'a'), "kancelaria", T0);

        assertThat(doc.getTitle()).isEqualTo("Wniosek o wycinkę");
        assertThat(doc.getKind()).isEqualTo(DocumentKind.OTHER);
        assertThat(doc.getCurrentVersion()).isEqualTo(1);
        assertThat(doc.current().getFileName()).isEqualTo("wniosek.pdf");
        assertThat(doc.current().getExtractionStatus()).isEqualTo(ExtractionStatus.PENDING);
    }

    @Test
    void addingAVersionKeepsEveryEarlierOneAsItWas() {
        var doc = new Document(7, "Projekt decyzji", DocumentKind.DRAFT, file("v1.docx", 'a'), "referent", T0);
        var first = doc.current();

        var second = doc.addVersion(file("v2.docx", 'b'), "kierownik", T0.plusSeconds(60));

        assertThat(second.getNumber()).isEqualTo(2);
        assertThat(doc.getCurrentVersion()).isEqualTo(2);
        assertThat(doc.current()).isSameAs(second);
        assertThat(doc.getVersions()).containsExactly(first, second);
        assertThat(first.getSha256()).isEqualTo("a".repeat(64));
        assertThat(first.getStorageKey()).isEqualTo("1/v1.docx");
        assertThat(doc.version(1)).contains(first);
        assertThat(doc.version(3)).isEmpty();
        assertThatThrownBy(() -> doc.getVersions().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aTitleIsRequiredAndBounded() {
        assertThatThrownBy(() -> new Document(7, " ", null, file("a.pdf", 'a'), "x", T0))
                .isExactlyInstanceOf(IllegalArgumentException.class).hasMessageContaining("Tytuł");
        assertThatThrownBy(() -> new Document(7, "x".repeat(501), null, file("a.pdf", 'a'), "x", T0))
                .isExactlyInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fileNamesLoseTheirPathAndMustBeClean() {
        assertThat(new StoredFile("C:\\fakepath\\skan.pdf", "application/pdf", 1, "a".repeat(64), "k").fileName())
                .isEqualTo("skan.pdf");
        assertThat(new StoredFile("../../etc/passwd", "text/plain", 1, "a".repeat(64), "k").fileName())
                .isEqualTo("passwd");
        assertThatThrownBy(() -> new StoredFile("a\nb.pdf", "application/pdf", 1, "a".repeat(64), "k"))
                .isExactlyInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StoredFile("dir/", "application/pdf", 1, "a".repeat(64), "k"))
                .isExactlyInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StoredFile("a.pdf", "application/pdf", 1, "xyz", "k"))
                .isExactlyInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theExtractionOutcomeIsRecordedOnce() {
        var version = new Document(7, "Skan", null, file("skan.pdf", 'a'), "x", T0).current();

        version.textExtracted("Treść\u0000 pisma", false, T0.plusSeconds(5));

        assertThat(version.getExtractionStatus()).isEqualTo(ExtractionStatus.EXTRACTED);
        assertThat(version.getExtractedText()).isEqualTo("Treść pisma");
        assertThat(version.isTextTruncated()).isFalse();
        assertThatThrownBy(() -> version.extractionFailed("late", T0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFailureIsKeptWithItsReasonAndTooLongTextIsCut() {
        var failed = new Document(7, "Skan", null, file("skan.pdf", 'a'), "x", T0).current();
        failed.extractionFailed("r".repeat(5000), T0);
        assertThat(failed.getExtractionStatus()).isEqualTo(ExtractionStatus.FAILED);
        assertThat(failed.getExtractionFailure()).hasSize(1000);
        assertThat(failed.getExtractedText()).isNull();

        var huge = new Document(7, "Skan", null, file("skan.pdf", 'a'), "x", T0).current();
        huge.textExtracted("x".repeat(DocumentVersion.TEXT_LIMIT + 10), false, T0);
        assertThat(huge.getExtractedText()).hasSize(DocumentVersion.TEXT_LIMIT);
        assertThat(huge.isTextTruncated()).isTrue();
    }
}
