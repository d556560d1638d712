package pl.ezd.epuap.control;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.transform.TransformerConfigurationException;
import javax.xml.transform.TransformerFactory;

/**
 * The XML factories EZD uses for documents that come from outside (ePUAP documents, export
 * package descriptors, receipts) and for the stylesheets that render them: the JDK's own
 * implementations (not whatever the server puts first on the class path, so the behaviour tested
 * is the behaviour deployed), no DTD, no external entities, schemas or stylesheets, secure
 * processing on (which also turns off XSLT extension functions).
 */
public final class HardenedXml {

    private HardenedXml() {
    }

    /** StAX input: DTDs are not processed (a reader refuses the DTD event), nothing external is fetched. */
    public static XMLInputFactory inputFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new javax.xml.stream.XMLStreamException("external resource refused: " + systemId);
        });
        return factory;
    }

    /** DOM: any DOCTYPE is a fatal error; no external entities, DTDs, schemas or XInclude. */
    public static DocumentBuilderFactory documentBuilderFactory() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
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
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser lacks a required security feature", e);
        }
    }

    /**
     * XSLT: secure processing (no extension functions, JDK limits), no access to external DTDs or
     * stylesheets ({@code xsl:import}, {@code xsl:include} and {@code document()} of anything but the
     * stylesheet itself fail).
     */
    public static TransformerFactory transformerFactory() {
        TransformerFactory tf = TransformerFactory.newDefaultInstance();
        try {
            tf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (TransformerConfigurationException e) {
            throw new IllegalStateException("The JDK's XSLT processor lacks secure processing", e);
        }
        tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        tf.setURIResolver((href, base) -> {
            throw new javax.xml.transform.TransformerException("external resource refused: " + href);
        });
        return tf;
    }
}
