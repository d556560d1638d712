package pl.ezd.epuap.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Flowing text on A4 pages in the bundled DejaVu Sans (embedded as a subset, so Polish letters
 * print and extract anywhere): headings, wrapped paragraphs, page breaks, "strona x/y" at the
 * foot. Characters the font lacks print as "?". One instance lays out one document.
 */
final class PdfLayout implements AutoCloseable {

    private static final float MARGIN = 56;
    private static final float LEADING = 1.35f;

    /**
     * Parsed DejaVu fonts, lent to one layout at a time: parsing the TrueType files costs more than
     * laying out a letter, and a parsed font may not be used by two threads at once.
     */
    private static final java.util.concurrent.ConcurrentLinkedQueue<TrueTypeFont[]> FONTS =
            new java.util.concurrent.ConcurrentLinkedQueue<>();

    private final PDDocument document = new PDDocument();
    private final TrueTypeFont[] borrowed;
    private final PDFont regular;
    private final PDFont bold;
    private final Map<Integer, Boolean> printable = new HashMap<>();
    private PDPageContentStream content;
    private float y;

    PdfLayout(String title, String subject) {
        TrueTypeFont[] fonts = FONTS.poll();
        try {
            if (fonts == null) {
                fonts = new TrueTypeFont[] {parse("/fonts/DejaVuSans.ttf"), parse("/fonts/DejaVuSans-Bold.ttf")};
            }
            regular = PDType0Font.load(document, fonts[0], true);
            bold = PDType0Font.load(document, fonts[1], true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        borrowed = fonts;
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(clean(title));
        info.setSubject(subject);
        info.setCreator("EZD");
    }

    private static TrueTypeFont parse(String resource) throws IOException {
        try (InputStream in = PdfLayout.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("font " + resource + " missing from the build");
            }
            return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
        }
    }

    /**
     * Makes the file's identifier (and so its bytes) depend only on {@code seed} and the content, not
     * on the time it was made.
     */
    PdfLayout identifiedBy(byte[] seed) {
        try {
            byte[] id = java.security.MessageDigest.getInstance("MD5").digest(seed);
            var ids = new org.apache.pdfbox.cos.COSArray();
            ids.add(new org.apache.pdfbox.cos.COSString(id));
            ids.add(new org.apache.pdfbox.cos.COSString(id));
            document.getDocument().getTrailer().setItem(org.apache.pdfbox.cos.COSName.ID, ids);
            return this;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    PdfLayout heading(String text, float size) {
        space(size * 0.6f);
        return lines(text, bold, size, 0);
    }

    PdfLayout paragraph(String text, float size) {
        return lines(text, regular, size, 0);
    }

    PdfLayout boldParagraph(String text, float size) {
        return lines(text, bold, size, 0);
    }

    /** A paragraph indented by {@code indent} points (list items, address lines). */
    PdfLayout indented(String text, float size, float indent) {
        return lines(text, regular, size, indent);
    }

    PdfLayout space(float points) {
        ensurePage();
        y -= points;
        return this;
    }

    private PdfLayout lines(String text, PDFont font, float size, float indent) {
        if (text == null) {
            return this;
        }
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN - indent;
        for (String paragraph : text.split("\\R", -1)) {
            for (String line : wrap(clean(paragraph), font, size, width)) {
                ensurePage();
                if (y - size * LEADING < MARGIN + 20) {
                    newPage();
                }
                y -= size * LEADING;
                show(font, size, MARGIN + indent, y, line);
            }
        }
        return this;
    }

    byte[] toPdf() {
        try (var out = new ByteArrayOutputStream()) {
            ensurePage();
            content.close();
            content = null;
            int pages = document.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                try (var foot = new PDPageContentStream(document, document.getPage(i), PDPageContentStream.AppendMode.APPEND,
                        true)) {
                    String text = "strona " + (i + 1) + "/" + pages;
                    float w = regular.getStringWidth(text) / 1000 * 8;
                    foot.beginText();
                    foot.setFont(regular, 8);
                    foot.newLineAtOffset(PDRectangle.A4.getWidth() - MARGIN - w, MARGIN / 2);
                    foot.showText(text);
                    foot.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Nie udało się przygotować wydruku PDF", e);
        }
    }

    @Override
    public void close() {
        try {
            if (content != null) {
                content.close();
            }
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (FONTS.size() < 8) {
                FONTS.offer(borrowed);
            }
        }
    }

    private void ensurePage() {
        if (content == null) {
            newPage();
        }
    }

    private void newPage() {
        try {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void show(PDFont font, float size, float x, float atY, String text) {
        try {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, atY);
            content.showText(text);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Control characters become spaces, characters DejaVu Sans lacks become "?". */
    private String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                out.append(' ');
            } else if (printable.computeIfAbsent(cp, this::canPrint)) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private boolean canPrint(int codePoint) {
        try {
            regular.encode(new String(Character.toChars(codePoint)));
            bold.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static List<String> wrap(String text, PDFont font, float size, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split(" +")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(candidate, font, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            // a word longer than the line (a URL, base64...) is cut where it must be
            while (width(word, font, size) > width) {
                int cut = word.length() - 1;
                while (cut > 1 && width(word.substring(0, cut), font, size) > width) {
                    cut = Math.max(1, cut * 9 / 10);
                }
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static float width(String text, PDFont font, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException | IllegalArgumentException e) {
            return Float.MAX_VALUE / 4;
        }
    }
}
