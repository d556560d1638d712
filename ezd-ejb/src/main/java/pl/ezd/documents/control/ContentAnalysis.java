package pl.ezd.documents.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Apache Tika behind two questions: what type is this content, and what text does it hold. Both
 * read content that is already stored, so its size is already bounded; the text is bounded by a
 * character limit, and callers bound the time ({@link TimeBox}).
 */
@ApplicationScoped
public class ContentAnalysis {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(ContentAnalysis.class.getName());

    private final TikaConfig tika = TikaConfig.getDefaultConfig();
    private final AutoDetectParser parser = new AutoDetectParser(tika);

    @jakarta.annotation.PostConstruct
    void report() {
        LOG.info(() -> "Apache Tika parses " + parser.getParsers().size() + " media types");
    }

    /** The media type from the content's bytes (and container structure), helped by its name. */
    public String detect(InputStream content, String fileName) {
        var metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try (TikaInputStream in = TikaInputStream.get(content)) {
            return tika.getDetector().detect(in, metadata).getBaseType().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The plain text of the content, at most {@code maxChars} characters.
     *
     * @throws ExtractionFailedException when the content cannot be parsed (broken, encrypted, unknown)
     */
    public Text extract(InputStream content, String fileName, int maxChars) {
        var metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        var handler = new BodyContentHandler(maxChars);
        try (TikaInputStream in = TikaInputStream.get(content)) {
            parser.parse(in, handler, metadata, new ParseContext());
            return new Text(handler.toString(), false);
        } catch (SAXException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                return new Text(handler.toString(), true);
            }
            throw new ExtractionFailedException("Nieprawidłowa struktura pliku: " + e.getMessage(), e);
        } catch (TikaException e) {
            throw new ExtractionFailedException("Nie udało się odczytać tekstu: " + rootMessage(e), e);
        } catch (IOException e) {
            throw new ExtractionFailedException("Błąd odczytu pliku: " + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }

    /** Text of a document; {@code truncated} when it went on past the limit. */
    public record Text(String text, boolean truncated) {
    }
}
