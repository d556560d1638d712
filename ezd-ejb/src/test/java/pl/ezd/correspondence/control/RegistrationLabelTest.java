package pl.ezd.correspondence.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class RegistrationLabelTest {

    private static final RegistrationLabel.Content LABEL = new RegistrationLabel.Content("Urząd Miejski w Ciechocinku",
            "RPW/1234/2026", LocalDate.of(2026, 11, 24), Instant.parse("2026-11-25T08:05:00Z"), 3, false);

    /** What a hand scanner at the registry desk does: read the bars of the printed label. */
    static String decodeBarcode(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 300, ImageType.RGB);
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
            Result result = new MultiFormatReader().decode(bitmap, Map.of(
                    DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.CODE_128), DecodeHintType.TRY_HARDER, true));
            assertThat(result.getBarcodeFormat()).isEqualTo(BarcodeFormat.CODE_128);
            return result.getText();
        }
    }

    @Test
    void the_barcode_reads_back_as_the_rpw_number() throws Exception {
        assertThat(decodeBarcode(RegistrationLabel.pdf(LABEL))).isEqualTo("RPW/1234/2026");
    }

    @Test
    void polish_letters_print_with_the_embedded_font() throws Exception {
        byte[] pdf = RegistrationLabel.pdf(new RegistrationLabel.Content("Urząd Gminy Łącko — Żółć", "RPW/7/2026",
                LocalDate.of(2026, 1, 2), Instant.parse("2026-01-02T07:30:00Z"), 0, true));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Urząd Gminy Łącko — Żółć", "RPW/7/2026", "Data wpływu: 02.01.2026",
                    "zarejestrowano: 02.01.2026 08:30", "Liczba załączników: 0", "NIE OTWIERAĆ");
            PDFont font = document.getPage(0).getResources().getFont(
                    document.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getName()).contains("DejaVuSans");
        }
        assertThat(decodeBarcode(pdf)).isEqualTo("RPW/7/2026");
    }

    @Test
    void the_label_shows_when_the_item_came_and_its_attachments() throws Exception {
        try (PDDocument document = Loader.loadPDF(RegistrationLabel.pdf(LABEL))) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Urząd Miejski w Ciechocinku", "Data wpływu: 24.11.2026", "zarejestrowano: 25.11.2026 09:05",
                            "Liczba załączników: 3")
                    .doesNotContain("NIE OTWIERAĆ");
        }
    }

    @Test
    void a_long_organisation_name_is_shortened_not_cut_off_the_label() throws Exception {
        String name = "Zespół Obsługi Ekonomiczno-Administracyjnej Szkół i Przedszkoli Samorządowych w Gminie Wierzchosławice";
        byte[] pdf = RegistrationLabel.pdf(new RegistrationLabel.Content(name, "RPW/99999/2026", LocalDate.of(2026, 3, 1),
                Instant.parse("2026-03-01T10:00:00Z"), 12, false));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Zespół Obsługi", "…");
        }
        assertThat(decodeBarcode(pdf)).isEqualTo("RPW/99999/2026");
    }
}
