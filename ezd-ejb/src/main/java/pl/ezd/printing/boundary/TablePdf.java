package pl.ezd.printing.boundary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A register printed as a PDF table: a title and header lines on every page, one header row
 * repeated on every page, rows whose cells wrap within their column, and "strona x/y" at the foot.
 * Text is set in the bundled DejaVu Sans (embedded as a subset), so Polish letters print on any
 * machine. Stateless apart from what a caller puts in; one instance prints one document.
 *
 * <pre>{@code
 * byte[] pdf = TablePdf.a4Landscape("Spis spraw")
 *         .headerLine("Urząd Miejski w Ciechocinku")
 *         .column("Lp.", 1).column("Znak sprawy", 3)
 *         .row("1", "GK.6730.1.2026")
 *         .toPdf();
 * }</pre>
 */
public final class TablePdf {

    private static final float MARGIN = 36;
    private static final float TITLE_SIZE = 13;
    private static final float HEADER_LINE_SIZE = 9;
    private static final float CELL_SIZE = 8;
    private static final float PADDING = 3;
    private static final float LEADING = 1.25f;

    private final PDRectangle pageSize;
    private final String title;
    private final List<String> headerLines = new ArrayList<>();
    private final List<String> headers = new ArrayList<>();
    private final List<Float> weights = new ArrayList<>();
    private final List<String[]> rows = new ArrayList<>();
    private String emptyText = "Brak pozycji";

    private TablePdf(PDRectangle pageSize, String title) {
        this.pageSize = pageSize;
        this.title = Objects.requireNonNull(title);
    }

    /** A4 turned sideways, for registers with many columns. */
    public static TablePdf a4Landscape(String title) {
        return new TablePdf(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()), title);
    }

    public static TablePdf a4Portrait(String title) {
        return new TablePdf(PDRectangle.A4, title);
    }

    /** A line under the title on every page (organisation, unit, period...). */
    public TablePdf headerLine(String line) {
        headerLines.add(line);
        return this;
    }

    /** A column with its header; widths are shared in proportion to the weights. */
    public TablePdf column(String header, float weight) {
        if (!rows.isEmpty()) {
            throw new IllegalStateException("columns come before rows");
        }
        headers.add(header);
        weights.add(weight);
        return this;
    }

    /** A row: one cell per column, null printed as empty. */
    public TablePdf row(String... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("a row needs " + headers.size() + " cells, got " + cells.length);
        }
        rows.add(cells.clone());
        return this;
    }

    /** What the table says when it has no rows. */
    public TablePdf whenEmpty(String text) {
        this.emptyText = text;
        return this;
    }

    public byte[] toPdf() {
        if (headers.isEmpty()) {
            throw new IllegalStateException("a table needs columns");
        }
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            PDFont regular = font(document, "/fonts/DejaVuSans.ttf");
            PDFont bold = font(document, "/fonts/DejaVuSans-Bold.ttf");
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("EZD");
            new Layout(document, regular, bold).print();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Nie udało się przygotować wydruku: " + title, e);
        }
    }

    private static PDFont font(PDDocument document, String resource) throws IOException {
        try (InputStream in = TablePdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("font " + resource + " missing from the build");
            }
            return PDType0Font.load(document, in, true);
        }
    }

    /** Lays the table out page by page; page numbers are written once the page count is known. */
    private final class Layout {
        private final PDDocument document;
        private final PDFont regular;
        private final PDFont bold;
        private final float[] widths;
        private PDPageContentStream content;
        private float y;
        private int maxLines = Integer.MAX_VALUE;

        Layout(PDDocument document, PDFont regular, PDFont bold) {
            this.document = document;
            this.regular = regular;
            this.bold = bold;
            float total = weights.stream().reduce(0f, Float::sum);
            float usable = pageSize.getWidth() - 2 * MARGIN;
            widths = new float[weights.size()];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = usable * weights.get(i) / total;
            }
        }

        void print() throws IOException {
            newPage();
            // a row never runs off a page: cells longer than a whole page are cut with an ellipsis
            maxLines = Math.max(1, (int) ((y - MARGIN - 20 - 2 * PADDING) / (CELL_SIZE * LEADING)));
            if (rows.isEmpty()) {
                text(regular, CELL_SIZE + 1, MARGIN, y - CELL_SIZE - PADDING, emptyText);
            }
            for (String[] row : rows) {
                List<List<String>> cells = wrapAll(row, regular);
                float height = height(cells, CELL_SIZE);
                if (y - height < MARGIN + 20) {
                    content.close();
                    newPage();
                }
                drawRow(cells, regular, CELL_SIZE, false);
            }
            content.close();
            numberPages();
        }

        private void newPage() throws IOException {
            var page = new PDPage(pageSize);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = pageSize.getHeight() - MARGIN;
            y -= TITLE_SIZE;
            text(bold, TITLE_SIZE, MARGIN, y, title);
            y -= 6;
            for (String line : headerLines) {
                for (String wrapped : wrap(line, regular, HEADER_LINE_SIZE, pageSize.getWidth() - 2 * MARGIN)) {
                    y -= HEADER_LINE_SIZE * LEADING;
                    text(regular, HEADER_LINE_SIZE, MARGIN, y, wrapped);
                }
            }
            y -= 8;
            drawRow(wrapAll(headers.toArray(String[]::new), bold), bold, CELL_SIZE, true);
        }

        private void drawRow(List<List<String>> cells, PDFont font, float size, boolean shaded) throws IOException {
            float height = height(cells, size);
            float x = MARGIN;
            if (shaded) {
                content.setNonStrokingColor(0.9f, 0.9f, 0.9f);
                content.addRect(MARGIN, y - height, pageSize.getWidth() - 2 * MARGIN, height);
                content.fill();
                content.setNonStrokingColor(0f, 0f, 0f);
            }
            content.setLineWidth(0.5f);
            for (int i = 0; i < cells.size(); i++) {
                content.addRect(x, y - height, widths[i], height);
                content.stroke();
                float lineY = y - PADDING - size;
                for (String line : cells.get(i)) {
                    text(font, size, x + PADDING, lineY, line);
                    lineY -= size * LEADING;
                }
                x += widths[i];
            }
            y -= height;
        }

        private float height(List<List<String>> cells, float size) {
            int lines = cells.stream().mapToInt(List::size).max().orElse(1);
            return Math.max(1, lines) * size * LEADING + 2 * PADDING;
        }

        private List<List<String>> wrapAll(String[] row, PDFont font) throws IOException {
            List<List<String>> cells = new ArrayList<>();
            for (int i = 0; i < row.length; i++) {
                List<String> lines = wrap(row[i] == null ? "" : row[i], font, CELL_SIZE, widths[i] - 2 * PADDING);
                if (lines.size() > maxLines) {
                    lines = new ArrayList<>(lines.subList(0, maxLines));
                    lines.set(maxLines - 1, lines.get(maxLines - 1) + "…");
                }
                cells.add(lines);
            }
            return cells;
        }

        private void text(PDFont font, float size, float x, float atY, String text) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, atY);
            content.showText(text);
            content.endText();
        }

        private void numberPages() throws IOException {
            int count = document.getNumberOfPages();
            for (int i = 0; i < count; i++) {
                PDPage page = document.getPage(i);
                try (var footer = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                    String label = "strona " + (i + 1) + "/" + count;
                    float width = regular.getStringWidth(label) / 1000 * HEADER_LINE_SIZE;
                    footer.beginText();
                    footer.setFont(regular, HEADER_LINE_SIZE);
                    footer.newLineAtOffset(pageSize.getWidth() - MARGIN - width, MARGIN / 2);
                    footer.showText(label);
                    footer.endText();
                }
            }
        }
    }

    /**
     * Splits text into lines no wider than {@code width}: at spaces where it can, inside a word
     * where a word alone is too wide; line breaks in the text are kept. Characters the font cannot
     * show are replaced by '?' rather than failing the whole print.
     */
    static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : printable(text, font).split("\r?\n", -1)) {
            var line = new StringBuilder();
            for (String word : paragraph.split(" +")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, font, size) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (width(rest, font, size) > width && rest.length() > 1) {
                    int fits = 1;
                    while (fits < rest.length() && width(rest.substring(0, fits + 1), font, size) <= width) {
                        fits++;
                    }
                    lines.add(rest.substring(0, fits));
                    rest = rest.substring(fits);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static float width(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    private static String printable(String text, PDFont font) {
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (cp == '\t' || Character.isISOControl(cp)) {
                out.append(' ');
            } else {
                String ch = new String(Character.toChars(cp));
                out.append(canShow(font, ch) ? ch : "?");
            }
        });
        return out.toString();
    }

    private static boolean canShow(PDFont font, String ch) {
        try {
            font.encode(ch);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
