package pl.ezd.documents.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

class ContentAnalysisTest {

    static final ContentAnalysis TIKA = new ContentAnalysis();

    static byte[] pdf(String text) throws Exception {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage();
            document.addPage(page);
            try (var content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void detectsAPdfFromItsBytesWhateverItIsCalled() throws Exception {
        assertThat(TIKA.detect(new ByteArrayInputStream(pdf("x")), "skan.bin")).isEqualTo("application/pdf");
        assertThat(TIKA.detect(new ByteArrayInputStream("Zwykły tekst".getBytes(StandardCharsets.UTF_8)), "notatka.txt"))
                .isEqualTo("text/plain");
    }

    @Test
    void extractsTheTextOfAPdf() throws Exception {
        var text = TIKA.extract(new ByteArrayInputStream(pdf("Wniosek o wydanie decyzji")), "wniosek.pdf", 1000);
        assertThat(text.text()).contains("Wniosek o wydanie decyzji");
        assertThat(text.truncated()).isFalse();
    }

    @Test
    void stopsAtTheCharacterLimitAndSaysSo() {
        byte[] longText = "abcdefghij".repeat(1000).getBytes(StandardCharsets.UTF_8);
        var text = TIKA.extract(new ByteArrayInputStream(longText), "dlugi.txt", 100);
        assertThat(text.truncated()).isTrue();
        assertThat(text.text().length()).isLessThanOrEqualTo(100);
    }

    @Test
    void aBrokenPdfIsAnExtractionFailureWithAReason() {
        byte[] broken = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer garbage".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> TIKA.extract(new ByteArrayInputStream(broken), "zepsuty.pdf", 1000))
                .isInstanceOf(ExtractionFailedException.class)
                .message().isNotBlank();
    }

    @Test
    void previewsTheFirstPageAsAPng() throws Exception {
        byte[] png = new PdfPreview().firstPage(new ByteArrayInputStream(pdf("Podglad")));
        var image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(Math.max(image.getWidth(), image.getHeight())).isLessThanOrEqualTo(PdfPreview.MAX_SIDE);
        assertThatThrownBy(() -> new PdfPreview().firstPage(new ByteArrayInputStream("nie pdf".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(ExtractionFailedException.class);
    }

    @Test
    void workThatRunsTooLongIsGivenUpAndInterrupted() {
        var executor = Executors.newSingleThreadExecutor();
        try {
            assertThatThrownBy(() -> TimeBox.within(executor, Duration.ofMillis(200), () -> {
                Thread.sleep(60_000);
                return "never";
            })).isInstanceOf(ExtractionFailedException.class).hasMessageContaining("limit czasu");
            assertThat(TimeBox.within(executor, Duration.ofSeconds(5), () -> "ok"))
                    .as("the interrupted thread was freed").isEqualTo("ok");
            assertThatThrownBy(() -> TimeBox.within(executor, Duration.ofSeconds(5), () -> {
                throw new OutOfMemoryError("Java heap space");
            })).isInstanceOf(ExtractionFailedException.class).hasMessageContaining("zasoby");
        } finally {
            executor.shutdownNow();
        }
    }
}
