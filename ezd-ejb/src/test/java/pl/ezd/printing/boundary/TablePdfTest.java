package pl.ezd.printing.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class TablePdfTest {

    private static String pageText(PDDocument pdf, int page) throws Exception {
        var stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }

    @Test
    void aLongTableRunsOverPagesWithTheHeaderRowAndPageNumbersOnEach() throws Exception {
        var table = TablePdf.a4Landscape("Spis spraw")
                .headerLine("Urząd Miejski w Ciechocinku")
                .column("Lp.", 1).column("Znak sprawy", 3).column("Sprawa", 6);
        for (int i = 1; i <= 120; i++) {
            table.row(String.valueOf(i), "GK.6730." + i + ".2026", "Warunki zabudowy – działka nr " + i + "/2, obręb Zażółć");
        }
        try (PDDocument pdf = Loader.loadPDF(table.toPdf())) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThan(2);
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).as("landscape").isGreaterThan(pdf.getPage(0).getMediaBox().getHeight());
            for (int page = 1; page <= pages; page++) {
                String text = pageText(pdf, page);
                assertThat(text).contains("Spis spraw", "Urząd Miejski w Ciechocinku", "Lp.", "Znak sprawy",
                        "strona " + page + "/" + pages);
            }
            String all = new PDFTextStripper().getText(pdf);
            assertThat(all).contains("GK.6730.1.2026", "GK.6730.120.2026", "obręb Zażółć");
            assertThat(pageText(pdf, pages)).doesNotContain("GK.6730.1.2026 ");
        }
    }

    @Test
    void longCellsWrapWithinTheirColumnAndPolishLettersSurvive() throws Exception {
        String title = "Zażółć gęślą jaźń ŻÓŁW ĄĘĆŃŚŹ " + "bardzo długi tytuł sprawy ".repeat(8);
        byte[] bytes = TablePdf.a4Portrait("Metryka sprawy")
                .column("Lp.", 1).column("Czynność", 4)
                .row("1", title)
                .row("2", null)
                .toPdf();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Zażółć gęślą jaźń ŻÓŁW ĄĘĆŃŚŹ");
            long lines = text.lines().filter(line -> line.contains("bardzo długi")).count();
            assertThat(lines).as("the title wrapped onto several lines of its cell").isGreaterThan(1);
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Metryka sprawy");
        }
    }

    @Test
    void aCellLongerThanAPageIsCutNotRunOffThePage() throws Exception {
        byte[] bytes = TablePdf.a4Portrait("Spis").column("Lp.", 1).column("Uwagi", 1)
                .row("1", "słowo ".repeat(3000)).row("2", "koniec").toPdf();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("…", "koniec");
        }
    }

    @Test
    void anEmptyTableSaysSo() throws Exception {
        byte[] bytes = TablePdf.a4Landscape("Spis spraw").column("Lp.", 1).whenEmpty("Brak spraw w spisie").toPdf();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Brak spraw w spisie", "strona 1/1");
        }
    }

    @Test
    void wordsTooWideForTheColumnAreSplitAndUnprintableCharactersReplaced() throws Exception {
        try (var document = new PDDocument(); var in = TablePdf.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
            PDFont font = PDType0Font.load(document, in, true);
            var lines = TablePdf.wrap("Konstantynopolitańczykowianeczka\u0007 ok", font, 8, 40);
            assertThat(String.join("", lines).replace(" ", "")).isEqualTo("Konstantynopolitańczykowianeczkaok");
            assertThat(lines).hasSizeGreaterThan(2).allSatisfy(line -> assertThat(font.getStringWidth(line) / 1000 * 8).isLessThanOrEqualTo(40));
        }
    }

    @Test
    void rowsMustMatchTheColumns() {
        assertThatThrownBy(() -> TablePdf.a4Portrait("x").column("a", 1).row("1", "2"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
