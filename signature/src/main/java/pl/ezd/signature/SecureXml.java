package pl.ezd.signature;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * XML parsing hardened against hostile input: no DTD at all (so no external entities and no
 * entity expansion), no external schema or stylesheet access, JDK processing limits on.
 * Signed XML never needs a DTD, so a document carrying one is refused outright.
 */
final class SecureXml {

    private SecureXml() {
    }

    /** Thrown for XML that is malformed or uses a forbidden construct. */
    static final class RejectedXmlException extends Exception {
        private static final long serialVersionUID = 1L;

        RejectedXmlException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    // Factory look-up and builder creation cost more than parsing a small document: one per thread.
    private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(() -> {
        try {
            return factory().newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser lacks a required security feature", e);
        }
    });
    private static final ThreadLocal<TransformerFactory> TRANSFORMERS = ThreadLocal.withInitial(() -> {
        TransformerFactory tf = TransformerFactory.newInstance();
        tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        return tf;
    });

    /** Errors become exceptions; nothing is printed to stderr. */
    private static final org.xml.sax.ErrorHandler SILENT = new org.xml.sax.ErrorHandler() {
        @Override
        public void warning(org.xml.sax.SAXParseException e) {
        }

        @Override
        public void error(org.xml.sax.SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(org.xml.sax.SAXParseException e) throws SAXException {
            throw e;
        }
    };

    static Document parse(byte[] xml) throws RejectedXmlException {
        DocumentBuilder builder = BUILDER.get();
        // reset() below clears these, so they are set for every parse.
        builder.setErrorHandler(SILENT);
        builder.setEntityResolver((publicId, systemId) -> {
            throw new SAXException("External entity refused: " + systemId);
        });
        try {
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXException e) {
            String msg = String.valueOf(e.getMessage());
            if (msg.contains("DOCTYPE") || msg.contains("External entity")) {
                throw new RejectedXmlException("DTD or external entity in the document (not allowed): " + msg, e);
            }
            throw new RejectedXmlException("Malformed XML: " + msg, e);
        } catch (IOException e) {
            throw new RejectedXmlException("Unreadable XML: " + e.getMessage(), e);
        } finally {
            builder.reset();
        }
    }

    static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        return f;
    }

    static byte[] serialize(Document document) {
        try {
            Transformer t = TRANSFORMERS.get().newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            t.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new SignatureException.SigningException("Cannot serialize the signed document", e);
        }
    }
}
