package pl.ezd.classification.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.ValidatorHandler;
import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import pl.ezd.classification.boundary.WykazAktRefusedException;

/**
 * Reads a JRWA in the NDAP {@code WykazAkt} format: a hardened parse (no DOCTYPE at all, so no
 * DTD, no entities, no external fetches; JDK secure processing limits on top), validated against
 * {@code ndap/WykazAkt.xsd} in the same pass, yielding each {@code akta} with the line it starts
 * on. Refusals carry the line and a reason a clerk understands. Thread-safe.
 */
public class WykazAktReader {

    public static final String NAMESPACE = "http://www.mswia.gov.pl/standardy/ndap";
    /** The largest file accepted; a complete JRWA of a gmina is about 200 KB. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    /** More classes than any real catalogue has. */
    static final int MAX_ENTRIES = 20_000;

    private static final Schema SCHEMA = loadSchema();

    /** One {@code akta} element as written in the file, texts stripped, absent ones null. */
    public record Entry(int line, String symbol, String haslo, String kategoriaMerytoryczna, String kategoriaInna) {
    }

    public List<Entry> read(byte[] xml) {
        if (xml == null || xml.length == 0) {
            throw new WykazAktRefusedException(null, "Plik jest pusty");
        }
        if (xml.length > MAX_BYTES) {
            throw tooLarge();
        }
        var collector = new Collector();
        try {
            XMLReader reader = hardenedParser().getXMLReader();
            ValidatorHandler validator = SCHEMA.newValidatorHandler();
            validator.setErrorHandler(Strict.INSTANCE);
            validator.setContentHandler(collector);
            reader.setContentHandler(validator);
            reader.setErrorHandler(Strict.INSTANCE);
            reader.parse(new InputSource(new ByteArrayInputStream(xml)));
        } catch (SAXParseException e) {
            throw new WykazAktRefusedException(e.getLineNumber() > 0 ? e.getLineNumber() : null, explain(e));
        } catch (TooManyEntries e) {
            throw new WykazAktRefusedException(null, "Plik zawiera więcej niż " + MAX_ENTRIES + " klas");
        } catch (SAXException | IOException e) {
            throw new WykazAktRefusedException(null, "Pliku nie udało się odczytać jako XML: " + e.getMessage());
        }
        if (collector.entries.isEmpty()) {
            throw new WykazAktRefusedException(null, "Plik nie zawiera żadnej klasy (elementu akta)");
        }
        return List.copyOf(collector.entries);
    }

    public static WykazAktRefusedException tooLarge() {
        return new WykazAktRefusedException(null, "Plik jest za duży: wykaz akt może mieć najwyżej "
                + MAX_BYTES / 1024 / 1024 + " MB");
    }

    private static SAXParser hardenedParser() throws SAXException {
        try {
            // the JDK's own parser, whatever the server puts on the class path: its limits are known
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            SAXParser parser = factory.newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            // no DOCTYPE means no entities at all; the limits guard in case a parser ignored that
            parser.setProperty("http://www.oracle.com/xml/jaxp/properties/entityExpansionLimit", "100");
            parser.setProperty("http://www.oracle.com/xml/jaxp/properties/maxElementDepth", "32");
            return parser;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser cannot be hardened", e);
        }
    }

    private static Schema loadSchema() {
        try (InputStream xsd = WykazAktReader.class.getResourceAsStream("/ndap/WykazAkt.xsd")) {
            if (xsd == null) {
                throw new IllegalStateException("ndap/WykazAkt.xsd is missing from the class path");
            }
            SchemaFactory factory = SchemaFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(new StreamSource(xsd, "WykazAkt.xsd"));
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("ndap/WykazAkt.xsd cannot be loaded", e);
        }
    }

    /** Turns the parser's English into what a clerk can act on; the original stays as a detail. */
    static String explain(SAXParseException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("DOCTYPE")) {
            return "Plik zawiera deklarację DOCTYPE (definicję typu dokumentu lub encji). Ze względów bezpieczeństwa"
                    + " takich plików nie przyjmujemy: usuń ją i wyślij plik ponownie";
        }
        if (message.contains("entity") || message.contains("Entity") || message.contains("JAXP")) {
            return "Plik zawiera encje XML, których nie przyjmujemy (" + message + ")";
        }
        if (message.startsWith("cvc-elt.1")) {
            return "To nie jest plik wykazu akt: główny element musi być <wykaz> w przestrzeni nazw " + NAMESPACE
                    + " (" + message + ")";
        }
        if (message.startsWith("cvc-complex-type.2.4")) {
            return "Układ elementów nie odpowiada schematowi WykazAkt: każdy element <akta> zawiera kolejno <symbol>,"
                    + " <haslo> i opcjonalnie <kategoriaMerytoryczna>, <kategoriaInna> (" + message + ")";
        }
        if (message.startsWith("cvc-")) {
            return "Plik nie odpowiada schematowi WykazAkt (" + message + ")";
        }
        return "Plik nie jest poprawnym dokumentem XML, np. brakuje znacznika zamykającego albo występuje niedozwolony"
                + " znak (" + message + ")";
    }

    private static final class TooManyEntries extends SAXException {
    }

    private enum Strict implements ErrorHandler {
        INSTANCE;

        @Override
        public void warning(SAXParseException exception) {
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    }

    private static final class Collector extends DefaultHandler {
        final List<Entry> entries = new ArrayList<>();
        private Locator locator;
        private final StringBuilder text = new StringBuilder();
        private int line;
        private String symbol;
        private String haslo;
        private String home;
        private String other;

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            text.setLength(0);
            if (NAMESPACE.equals(uri) && "akta".equals(localName)) {
                if (entries.size() >= MAX_ENTRIES) {
                    throw new TooManyEntries();
                }
                line = locator == null ? 0 : locator.getLineNumber();
                symbol = haslo = home = other = null;
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            text.append(ch, start, length);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (!NAMESPACE.equals(uri)) {
                return;
            }
            String value = text.toString().strip();
            switch (localName) {
                case "symbol" -> symbol = value;
                case "haslo" -> haslo = value;
                case "kategoriaMerytoryczna" -> home = value;
                case "kategoriaInna" -> other = value;
                case "akta" -> entries.add(new Entry(line, symbol, haslo, home, other));
                default -> {
                }
            }
            text.setLength(0);
        }
    }
}
