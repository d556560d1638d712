package pl.ezd.documents.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.SAXException;

/**
 * The NES 2.0 schema ({@code ndap/nes_20.xsd}), loaded from the class path with nothing fetched
 * from the network: its two imports by URL are answered with the bundled stand-ins (see
 * {@code ndap/README.md}), every other external schema or DTD access is refused.
 */
public final class NesSchema {

    public static final String NAMESPACE = "http://www.mswia.gov.pl/standardy/ndap";

    private static final Map<String, String> IMPORTS = Map.of(
            "http://lcweb.loc.gov/standards/iso639-2/", "/ndap/iso639-2.xsd",
            "http://www.codesynthesis.com/xmlns/xsstl", "/ndap/iso3166-country-code.xsd");

    private static final Schema SCHEMA = load();

    private NesSchema() {
    }

    /** Validates a NES document; the exception names what breaks the schema. */
    public static void validate(String xml) throws SAXException {
        Validator validator = SCHEMA.newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.validate(new StreamSource(new StringReader(xml)));
        } catch (IOException e) {
            throw new SAXException(e);
        }
    }

    private static Schema load() {
        try (InputStream xsd = NesSchema.class.getResourceAsStream("/ndap/nes_20.xsd")) {
            if (xsd == null) {
                throw new IllegalStateException("ndap/nes_20.xsd is missing from the class path");
            }
            SchemaFactory factory = SchemaFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setResourceResolver(bundledImports());
            return factory.newSchema(new StreamSource(xsd, "nes_20.xsd"));
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("ndap/nes_20.xsd cannot be loaded", e);
        }
    }

    private static LSResourceResolver bundledImports() {
        return (type, namespace, publicId, systemId, baseUri) -> {
            String resource = IMPORTS.get(namespace);
            if (resource == null) {
                throw new IllegalStateException("NES schema asks for an unknown schema: " + namespace + " " + systemId);
            }
            return new BundledSchema(namespace, resource);
        };
    }

    /** A schema read from the class path, in place of the one the import names by URL. */
    private record BundledSchema(String namespace, String resource) implements LSInput {
        @Override
        public InputStream getByteStream() {
            return NesSchema.class.getResourceAsStream(resource);
        }

        @Override
        public String getSystemId() {
            return resource.substring(resource.lastIndexOf('/') + 1);
        }

        @Override
        public java.io.Reader getCharacterStream() {
            return null;
        }

        @Override
        public void setCharacterStream(java.io.Reader characterStream) {
        }

        @Override
        public void setByteStream(InputStream byteStream) {
        }

        @Override
        public String getStringData() {
            return null;
        }

        @Override
        public void setStringData(String stringData) {
        }

        @Override
        public void setSystemId(String systemId) {
        }

        @Override
        public String getPublicId() {
            return null;
        }

        @Override
        public void setPublicId(String publicId) {
        }

        @Override
        public String getBaseURI() {
            return null;
        }

        @Override
        public void setBaseURI(String baseURI) {
        }

        @Override
        public String getEncoding() {
            return "UTF-8";
        }

        @Override
        public void setEncoding(String encoding) {
        }

        @Override
        public boolean getCertifiedText() {
            return false;
        }

        @Override
        public void setCertifiedText(boolean certifiedText) {
        }
    }
}
