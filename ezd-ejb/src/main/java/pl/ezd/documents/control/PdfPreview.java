package pl.ezd.documents.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** The first page of a PDF as a PNG, no larger than {@link #MAX_SIDE} pixels on its longer side. */
@ApplicationScoped
public class PdfPreview {

    static final int MAX_SIDE = 1200;

    public byte[] firstPage(InputStream pdf) {
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(pdf))) {
            if (document.getNumberOfPages() == 0) {
                throw new ExtractionFailedException("PDF nie ma stron", null);
            }
            PDRectangle box = document.getPage(0).getCropBox();
            float longer = Math.max(box.getWidth(), box.getHeight());
            float scale = longer <= 0 ? 1f : Math.min(2f, MAX_SIDE / longer);
            BufferedImage image = new PDFRenderer(document).renderImage(0, scale, ImageType.RGB);
            var png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        } catch (IOException e) {
            throw new ExtractionFailedException("Nie można odczytać PDF: " + e.getMessage(), e);
        }
    }
}
