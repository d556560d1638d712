package pl.ezd.correspondence.control;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The registration label (pieczęć wpływu) stuck on a paper item or its envelope: the organisation,
 * the RPW number in letters and as a Code 128 barcode a scanner reads back, when the item was
 * received and registered, and how many attachments it came with. One page of 100 × 50 mm, with
 * DejaVu Sans embedded so Polish letters print on any printer.
 */
public final class RegistrationLabel {

    private static final float MM = 72f / 25.4f;
    static final PDRectangle SIZE = new PDRectangle(100 * MM, 50 * MM);
    private static final float MARGIN = 4 * MM;
    private static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Warsaw");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(OFFICE_ZONE);

    /** What the label shows. */
    public record Content(String organizationName, String rpwNumber, LocalDate receivedOn, Instant registeredAt,
                          int attachmentsCount, boolean doNotOpen) {
    }

    private RegistrationLabel() {
    }

    public static byte[] pdf(Content label) {
        try (var document = new PDDocument(); var bytes = new ByteArrayOutputStream()) {
            PDFont regular = font(document, "/fonts/DejaVuSans.ttf");
            PDFont bold = font(document, "/fonts/DejaVuSans-Bold.ttf");
            var page = new PDPage(SIZE);
            document.addPage(page);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Etykieta wpływu " + label.rpwNumber());
            info.setCreator("EZD");
            float width = SIZE.getWidth() - 2 * MARGIN;
            try (var content = new PDPageContentStream(document, page)) {
                float y = SIZE.getHeight() - MARGIN - 8;
                text(content, regular, 8, MARGIN, y, fit(label.organizationName(), regular, 8, width));
                y -= 15;
                text(content, bold, 13, MARGIN, y, label.rpwNumber());
                if (label.doNotOpen()) {
                    String warning = "NIE OTWIERAĆ";
                    text(content, bold, 10, SIZE.getWidth() - MARGIN - bold.getStringWidth(warning) / 1000 * 10, y, warning);
                }
                y -= 11;
                text(content, regular, 8, MARGIN, y, "Data wpływu: " + DATE.format(label.receivedOn())
                        + "   zarejestrowano: " + TIME.format(label.registeredAt()));
                y -= 10;
                text(content, regular, 8, MARGIN, y, "Liczba załączników: " + label.attachmentsCount());
                barcode(content, label.rpwNumber(), MARGIN, MARGIN, width, y - 4 - MARGIN);
            }
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDFont font(PDDocument document, String resource) throws IOException {
        try (InputStream ttf = RegistrationLabel.class.getResourceAsStream(resource)) {
            if (ttf == null) {
                throw new IllegalStateException("The bundled font " + resource + " is missing");
            }
            return PDType0Font.load(document, ttf, true);
        }
    }

    private static void text(PDPageContentStream content, PDFont font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    /** The text, shortened with an ellipsis until it fits the width. */
    private static String fit(String text, PDFont font, float size, float width) throws IOException {
        String shown = text;
        while (font.getStringWidth(shown) / 1000 * size > width && shown.length() > 1) {
            shown = shown.substring(0, shown.length() - 2) + "…";
        }
        return shown;
    }

    /** Code 128 bars, as wide as fit (at most 1.5 pt a module), with the quiet zones zxing adds. */
    private static void barcode(PDPageContentStream content, String value, float x, float y, float width, float height)
            throws IOException {
        BitMatrix bars = new Code128Writer().encode(value, BarcodeFormat.CODE_128, 0, 1,
                Map.of(EncodeHintType.MARGIN, 10));
        float module = Math.min(width / bars.getWidth(), 1.5f);
        float left = x + (width - module * bars.getWidth()) / 2;
        content.setNonStrokingColor(java.awt.Color.BLACK);
        int column = 0;
        while (column < bars.getWidth()) {
            if (!bars.get(column, 0)) {
                column++;
                continue;
            }
            int start = column;
            while (column < bars.getWidth() && bars.get(column, 0)) {
                column++;
            }
            content.addRect(left + start * module, y, (column - start) * module, height);
        }
        content.fill();
    }
}
