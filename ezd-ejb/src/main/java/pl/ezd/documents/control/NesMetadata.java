package pl.ezd.documents.control;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import pl.ezd.documents.entity.DocumentKind;

/**
 * A document's metadata in the NES 2.0 structure (minimal metadata set of the regulation of 30 Oct
 * 2006; element {@code dokument} of {@code nes_20.xsd}), from what the EZD holds about it.
 *
 * @param caseZnak  the znak sprawy of the case file holding the document, or null
 * @param caseTitle that case's title, or null
 * @param modifiedAt when the current version was added, when there is more than one
 */
public record NesMetadata(long documentId, String title, DocumentKind kind, Instant createdAt, Instant modifiedAt,
                          String mediaType, String fileName, long size, String organizationName, String caseZnak,
                          String caseTitle) {

    private static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Warsaw");
    private static final String ID_TYPE = "identyfikator dokumentu w EZD";

    /** The metadata as a NES {@code dokument}: UTF-8 XML in the ndap namespace. */
    public String toXml() {
        var out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(NesSchema.NAMESPACE);
            xml.writeStartElement(NesSchema.NAMESPACE, "dokument");
            xml.writeDefaultNamespace(NesSchema.NAMESPACE);

            xml.writeStartElement("identyfikator");
            text(xml, "typIdentyfikatora", ID_TYPE);
            text(xml, "wartoscId", String.valueOf(documentId));
            institution(xml, "podmiot");
            xml.writeEndElement();

            xml.writeStartElement("tytul");
            xml.writeStartElement("oryginalny");
            xml.writeAttribute("kodJezyka", "pol");
            xml.writeCharacters(xmlSafe(title));
            xml.writeEndElement();
            xml.writeEndElement();

            date(xml, "utworzony", createdAt);
            if (modifiedAt != null) {
                date(xml, "zmodyfikowany", modifiedAt);
            }

            xml.writeStartElement("format");
            text(xml, "typFormatu", mediaType == null || mediaType.isBlank() ? "application/octet-stream" : mediaType);
            if (fileName != null && !fileName.isBlank()) {
                text(xml, "specyfikacja", "plik " + fileName);
            }
            xml.writeStartElement("wielkosc");
            xml.writeAttribute("miara", "bajt");
            xml.writeCharacters(String.valueOf(size));
            xml.writeEndElement();
            xml.writeEndElement();

            xml.writeStartElement("dostep");
            text(xml, "dostepnosc", "niepubliczny");
            text(xml, "uwagi", "Dokument urzędu nieudostępniony publicznie; udostępnienie na zasadach ustawy o dostępie do informacji publicznej.");
            xml.writeEndElement();

            xml.writeStartElement("typ");
            text(xml, "klasa", dcmiClass());
            text(xml, "rodzaj", rodzaj());
            xml.writeEndElement();

            xml.writeStartElement("grupowanie");
            if (caseZnak != null) {
                text(xml, "typGrupy", "znak sprawy");
                text(xml, "kodGrupy", caseZnak);
                text(xml, "opis", caseTitle == null || caseTitle.isBlank() ? "Akta sprawy " + caseZnak : caseTitle);
            } else {
                text(xml, "typGrupy", "dokumenty EZD");
                text(xml, "kodGrupy", "bez znaku sprawy");
                text(xml, "opis", "Dokument niedołączony do akt żadnej sprawy");
            }
            xml.writeEndElement();

            xml.writeStartElement("tworca");
            text(xml, "funkcja", "utworzył");
            institution(xml, "podmiot");
            xml.writeEndElement();

            if (caseZnak != null) {
                xml.writeStartElement("relacja");
                xml.writeStartElement("identyfikator");
                text(xml, "typIdentyfikatora", "znak sprawy");
                text(xml, "wartoscId", caseZnak);
                institution(xml, "podmiot");
                xml.writeEndElement();
                text(xml, "typRelacji", "jest częścią");
                xml.writeEndElement();
            }

            xml.writeStartElement("jezyk");
            xml.writeAttribute("kodJezyka", "pol");
            xml.writeCharacters("polski");
            xml.writeEndElement();

            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("NES metadata of document " + documentId + " cannot be written", e);
        }
        return out.toString();
    }

    private void institution(XMLStreamWriter xml, String element) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeStartElement("instytucja");
        text(xml, "nazwa", organizationName);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void date(XMLStreamWriter xml, String type, Instant at) throws XMLStreamException {
        xml.writeStartElement("data");
        text(xml, "typDaty", type);
        text(xml, "czas", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.truncatedTo(ChronoUnit.SECONDS).atZone(OFFICE_ZONE)));
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(xmlSafe(value));
        xml.writeEndElement();
    }

    /** Drops what XML 1.0 cannot carry (control characters a pasted title may hold). */
    static String xmlSafe(String text) {
        var out = new StringBuilder(text.length());
        text.codePoints()
                .filter(cp -> cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                        || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000)
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    /** The DCMI type class in NES's Polish names, from the media type. */
    String dcmiClass() {
        String type = mediaType == null ? "" : mediaType;
        if (type.startsWith("image/")) {
            return "obraz";
        }
        if (type.startsWith("audio/")) {
            return "dźwięk";
        }
        if (type.startsWith("video/")) {
            return "ruchomy obraz";
        }
        return "tekst";
    }

    /** The kind of text in NES's vocabulary (rodzajTekstu). */
    String rodzaj() {
        return switch (kind) {
            case NOTE -> "notatka";
            case DRAFT -> "plan/projekt";
            default -> "inne pismo/dokument";
        };
    }
}
