package pl.ezd.epuap.control;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import pl.ezd.epuap.control.EpuapDocumentException.Reason;

/**
 * A small element tree read with StAX under limits: the DTD event ends the read (so no entity is
 * ever declared, expanded or fetched), and depth, element count and text length are counted as the
 * document streams in, before anything large is built. Only what the readers need is kept:
 * elements, their attributes by local name, their own text, and the {@code xml-stylesheet}
 * instruction in front of the root.
 */
final class XmlTree {

    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(HardenedXml::inputFactory);

    /** One element; text is its own character data (not its descendants'). */
    static final class Element {
        final String namespace;
        final String name;
        final Element parent;
        final Map<String, String> attributes = new HashMap<>();
        final List<Element> children = new ArrayList<>();
        private StringBuilder text;

        Element(String namespace, String name, Element parent) {
            this.namespace = namespace == null ? "" : namespace;
            this.name = name;
            this.parent = parent;
        }

        /** Own text, stripped; null when there is none. */
        String text() {
            if (text == null) {
                return null;
            }
            String t = text.toString().strip();
            return t.isEmpty() ? null : t;
        }

        /** Own text exactly as it came, or "". */
        String rawText() {
            return text == null ? "" : text.toString();
        }

        String attribute(String localName) {
            String value = attributes.get(localName);
            return value == null || value.isBlank() ? null : value.strip();
        }

        /** First child of this local name, whatever its namespace (template versions differ). */
        Optional<Element> child(String localName) {
            for (Element c : children) {
                if (c.name.equals(localName)) {
                    return Optional.of(c);
                }
            }
            return Optional.empty();
        }

        List<Element> children(String localName) {
            List<Element> found = new ArrayList<>();
            for (Element c : children) {
                if (c.name.equals(localName)) {
                    found.add(c);
                }
            }
            return found;
        }

        /** The text of the child at this path of local names, or null. */
        String textAt(String... path) {
            Element e = this;
            for (String step : path) {
                Optional<Element> next = e.child(step);
                if (next.isEmpty()) {
                    return null;
                }
                e = next.get();
            }
            return e.text();
        }

        boolean is(String ns, String localName) {
            return namespace.equals(ns) && name.equals(localName);
        }
    }

    /** The parse result: root element and the href of the stylesheet instruction, if any. */
    record Parsed(Element root, String stylesheetHref) {
    }

    /** Which elements may hold long text (attachment data) and how long. */
    interface TextLimit {
        /** @return the most characters the element may hold, or -1 for the default limit */
        long charsFor(String namespace, String localName);
    }

    private XmlTree() {
    }

    static Parsed parse(byte[] xml, EpuapLimits limits, TextLimit textLimits) throws EpuapDocumentException {
        XMLStreamReader reader = null;
        try {
            reader = FACTORY.get().createXMLStreamReader(new ByteArrayInputStream(xml));
            Deque<Element> open = new ArrayDeque<>();
            Element root = null;
            String stylesheet = null;
            int elements = 0;
            long[] textCap = new long[limits.maxDepth() + 2];
            while (reader.hasNext()) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> throw dtd(null);
                    case XMLStreamConstants.ENTITY_REFERENCE ->
                        throw new EpuapDocumentException(Reason.ENTITY_FORBIDDEN,
                                "Dokument odwołuje się do encji XML („" + reader.getLocalName()
                                        + "”), których EZD nie przyjmuje ze względów bezpieczeństwa.");
                    case XMLStreamConstants.PROCESSING_INSTRUCTION -> {
                        if (root == null && stylesheet == null && "xml-stylesheet".equals(reader.getPITarget())) {
                            stylesheet = pseudoAttribute(reader.getPIData(), "href");
                        }
                    }
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (++elements > limits.maxElements()) {
                            throw new EpuapDocumentException(Reason.TOO_MANY_ELEMENTS, "Dokument ma więcej niż "
                                    + limits.maxElements() + " elementów XML; tak rozbudowanego dokumentu EZD nie przyjmuje.");
                        }
                        if (open.size() >= limits.maxDepth()) {
                            throw new EpuapDocumentException(Reason.TOO_DEEP, "Dokument ma elementy zagnieżdżone głębiej niż "
                                    + limits.maxDepth() + " poziomów; tak zbudowanego dokumentu EZD nie przyjmuje.");
                        }
                        Element parent = open.peek();
                        Element e = new Element(reader.getNamespaceURI(), reader.getLocalName(), parent);
                        for (int i = 0; i < reader.getAttributeCount(); i++) {
                            e.attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                        }
                        if (parent == null) {
                            root = e;
                        } else {
                            parent.children.add(e);
                        }
                        open.push(e);
                        long special = textLimits.charsFor(e.namespace, e.name);
                        textCap[open.size()] = special >= 0 ? special : limits.maxTextChars();
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        Element e = open.peek();
                        if (e != null && (e.text != null || !reader.isWhiteSpace())) {
                            if (e.text == null) {
                                e.text = new StringBuilder();
                            }
                            e.text.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
                            if (e.text.length() > textCap[open.size()]) {
                                throw textTooLong(e, textCap[open.size()], textLimits, limits);
                            }
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> open.pop();
                    default -> {
                        // comments, end of document: nothing to keep
                    }
                }
            }
            if (root == null) {
                throw new EpuapDocumentException(Reason.MALFORMED, "Plik nie zawiera żadnego elementu XML.");
            }
            return new Parsed(root, stylesheet);
        } catch (XMLStreamException e) {
            String msg = String.valueOf(e.getMessage());
            if (msg.contains("DOCTYPE") || msg.contains("DTD")) {
                throw dtd(e);
            }
            Location at = e.getLocation();
            String where = at != null && at.getLineNumber() > 0
                    ? " (błąd w wierszu " + at.getLineNumber() + ", kolumnie " + at.getColumnNumber() + ")"
                    : "";
            throw new EpuapDocumentException(Reason.MALFORMED, "Dokument nie jest poprawnym plikiem XML" + where
                    + ", więc nie da się go odczytać. Szczegóły techniczne: " + technical(msg), e);
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing held open: the input is a byte array
                }
            }
        }
    }

    private static EpuapDocumentException textTooLong(Element e, long cap, TextLimit textLimits, EpuapLimits limits) {
        if (textLimits.charsFor(e.namespace, e.name) >= 0) {
            return new EpuapDocumentException(Reason.ATTACHMENT_TOO_LARGE, "Załącznik dokumentu jest większy niż "
                    + EpuapLimits.megabytes(limits.maxAttachmentBytes()) + ", największy, jaki EZD przyjmuje w treści dokumentu.");
        }
        return new EpuapDocumentException(Reason.TOO_LARGE, "Element „" + e.name + "” dokumentu ma więcej niż " + cap
                + " znaków tekstu; tak dużego pola EZD nie przyjmuje.");
    }

    static EpuapDocumentException dtd(Throwable cause) {
        return new EpuapDocumentException(Reason.DTD_FORBIDDEN,
                "Dokument zawiera deklarację DTD, której EZD nie przyjmuje ze względów bezpieczeństwa.", cause);
    }

    /** The JDK's parser messages start with "ParseError at [row,col]:[3,7]\nMessage: ..."; keep the message. */
    private static String technical(String msg) {
        int at = msg.indexOf("Message:");
        String m = at >= 0 ? msg.substring(at + 8).strip() : msg.strip();
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }

    /** A pseudo-attribute of a processing instruction such as {@code type="text/xsl" href="styl.xsl"}. */
    static String pseudoAttribute(String data, String name) {
        if (data == null) {
            return null;
        }
        var m = java.util.regex.Pattern.compile("(?:^|\\s)" + name + "\\s*=\\s*(\"([^\"]*)\"|'([^']*)')").matcher(data);
        if (!m.find()) {
            return null;
        }
        String value = m.group(2) != null ? m.group(2) : m.group(3);
        return value.isBlank() ? null : value.strip();
    }
}
