package pl.ezd.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The benchmark's inputs are what the targets speak of: two-page letters of about 100 KB with real text. */
class LettersTest {

    @Test
    void everyLetterIsATwoPagePdfOfAbout100KbWithPolishText() throws Exception {
        var letters = Letters.load();
        assertThat(letters).hasSize(LetterGenerator.LETTERS);
        assertThat(letters.stream().map(l -> java.util.Arrays.hashCode(l.content())).distinct()).hasSize(letters.size());
        for (Letters.Letter letter : letters) {
            assertThat(letter.content().length).as(letter.fileName()).isBetween(80 * 1024, 130 * 1024);
            try (var pdf = Loader.loadPDF(letter.content())) {
                assertThat(pdf.getNumberOfPages()).as(letter.fileName()).isEqualTo(2);
                String text = new PDFTextStripper().getText(pdf);
                assertThat(text.length()).as(letter.fileName()).isGreaterThan(3000);
                assertThat(text).contains("Burmistrz Miasta Ciechocinka").containsPattern("[ąęłńśźżó]");
            }
        }
    }

    @Test
    void tikaDirectReadsTheSameTextTheLettersHold() throws Exception {
        var parser = new org.apache.tika.parser.AutoDetectParser();
        String text = TikaDirect.extract(parser, Letters.load().get(0));
        assertThat(text).contains("Z poważaniem").contains("Strona 2");
    }
}
