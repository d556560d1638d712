package pl.ezd.epuap.control;

import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import pl.ezd.epuap.control.EpuapLetter.Address;
import pl.ezd.epuap.control.EpuapLetter.Attachment;
import pl.ezd.epuap.control.EpuapLetter.Party;
import pl.ezd.epuap.control.EpuapLetter.PartyKind;

/**
 * Writes a letter as the XML of the "pismo ogólne do podmiotu publicznego" (template
 * {@link EpuapNamespaces#PISMO_OGOLNE}), as ePUAP's form produces it: the stylesheet instruction, the
 * description, the data (date, addressees, senders), the content (place, title, kind, paragraphs,
 * attachments inline as base64 or by URI). Other content fields are not written (the pismo ogólne
 * has none). {@link EpuapDocuments#read(byte[])} reads back what was written.
 */
public final class EpuapLetterWriter {

    private static final String WNIO = EpuapNamespaces.PISMO_OGOLNE;
    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private EpuapLetterWriter() {
    }

    /** @return UTF-8 XML of the letter, unsigned */
    public static byte[] write(EpuapLetter letter) {
        var out = new ByteArrayOutputStream(8192);
        try {
            XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            String href = letter.stylesheetHref() != null ? letter.stylesheetHref() : EpuapNamespaces.PISMO_OGOLNE_STYLESHEET;
            w.writeProcessingInstruction("xml-stylesheet", "type=\"text/xsl\" href=\"" + href.replace("\"", "%22") + "\"");
            w.writeCharacters("\n");
            w.writeStartElement("wnio", "Dokument", WNIO);
            w.writeNamespace("wnio", WNIO);
            w.writeNamespace("str", EpuapNamespaces.STRUKTURA);
            w.writeNamespace("meta", EpuapNamespaces.META);
            w.writeNamespace("inst", EpuapNamespaces.INSTYTUCJA);
            w.writeNamespace("oso", EpuapNamespaces.OSOBA);
            w.writeNamespace("adr", EpuapNamespaces.ADRES);
            w.writeNamespace("ds", EpuapNamespaces.XMLDSIG);

            start(w, "wnio", "OpisDokumentu", WNIO);
            start(w, "meta", "Data", EpuapNamespaces.META);
            w.writeAttribute("typDaty", "stworzony");
            LocalDateTime created = (letter.date() != null ? letter.date() : java.time.LocalDate.now(java.time.ZoneId.of("Europe/Warsaw"))).atTime(9, 0);
            text(w, "meta", "Czas", EpuapNamespaces.META, CREATED.format(created));
            w.writeEndElement();
            w.writeEndElement();

            start(w, "wnio", "DaneDokumentu", WNIO);
            start(w, "str", "Naglowek", EpuapNamespaces.STRUKTURA);
            text(w, "str", "NazwaDokumentu", EpuapNamespaces.STRUKTURA,
                    letter.documentName() != null ? letter.documentName() : "Pismo ogólne do podmiotu publicznego");
            w.writeEndElement();
            if (letter.date() != null) {
                start(w, "meta", "Data", EpuapNamespaces.META);
                w.writeAttribute("typDaty", "stworzony");
                text(w, "meta", "Czas", EpuapNamespaces.META, letter.date().toString());
                w.writeEndElement();
            }
            parties(w, "Adresaci", letter.addressees());
            parties(w, "Nadawcy", letter.senders());
            w.writeEndElement();

            start(w, "wnio", "TrescDokumentu", WNIO);
            w.writeAttribute("format", "text/xml");
            w.writeAttribute("kodowanie", "XML");
            text(w, "wnio", "MiejscowoscDokumentu", WNIO, letter.place());
            text(w, "wnio", "Tytul", WNIO, letter.title());
            if (letter.kind() != null) {
                start(w, "wnio", "RodzajWnioskuRozszerzony", WNIO);
                boolean predefined = KINDS.contains(letter.kind());
                w.writeAttribute("rodzaj", predefined ? letter.kind() : "inne pismo");
                w.writeAttribute("jakiInny", predefined ? "" : letter.kind());
                w.writeEndElement();
            }
            if (!letter.paragraphs().isEmpty()) {
                start(w, "wnio", "Informacje", WNIO);
                for (String p : letter.paragraphs()) {
                    text(w, "wnio", "Informacja", WNIO, p);
                }
                w.writeEndElement();
            }
            if (!letter.attachments().isEmpty()) {
                start(w, "str", "Zalaczniki", EpuapNamespaces.STRUKTURA);
                for (Attachment a : letter.attachments()) {
                    start(w, "str", "Zalacznik", EpuapNamespaces.STRUKTURA);
                    if (a.mimeType() != null) {
                        w.writeAttribute("format", a.mimeType());
                    }
                    w.writeAttribute("kodowanie", a.isInline() ? "base64" : "URI");
                    w.writeAttribute("nazwaPliku", a.fileName());
                    text(w, "str", "DaneZalacznika", EpuapNamespaces.STRUKTURA,
                            a.isInline() ? Base64.getMimeEncoder(76, "\n".getBytes()).encodeToString(a.content())
                                    : a.uri().toString());
                    text(w, "str", "OpisZalacznika", EpuapNamespaces.STRUKTURA, a.description());
                    w.writeEndElement();
                }
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the letter", e);
        }
        return out.toByteArray();
    }

    /** The kinds the pismo ogólne offers in its list; any other is written as "inne pismo" with its name. */
    static final java.util.Set<String> KINDS = java.util.Set.of("wniosek", "skarga", "wyjaśnienie", "odwołanie",
            "zażalenie", "podanie", "zawiadomienie", "informacja", "prośba", "pismo");

    private static void parties(XMLStreamWriter w, String list, java.util.List<Party> parties) throws XMLStreamException {
        if (parties.isEmpty()) {
            return;
        }
        start(w, "str", list, EpuapNamespaces.STRUKTURA);
        for (Party p : parties) {
            start(w, "meta", "Podmiot", EpuapNamespaces.META);
            if (p.kind() == PartyKind.PERSON) {
                start(w, "oso", "Osoba", EpuapNamespaces.OSOBA);
                if (p.pesel() != null || p.nip() != null) {
                    start(w, "oso", "IdOsoby", EpuapNamespaces.OSOBA);
                    text(w, "oso", "PESEL", EpuapNamespaces.OSOBA, p.pesel());
                    text(w, "oso", "NIP", EpuapNamespaces.OSOBA, p.nip());
                    w.writeEndElement();
                }
                text(w, "oso", "Imie", EpuapNamespaces.OSOBA, p.firstName());
                text(w, "oso", "Nazwisko", EpuapNamespaces.OSOBA, p.lastName());
                address(w, p.address());
                contact(w, p);
            } else {
                start(w, "inst", "Instytucja", EpuapNamespaces.INSTYTUCJA);
                if (p.regon() != null || p.nip() != null || p.krs() != null) {
                    start(w, "inst", "IdInstytucji", EpuapNamespaces.INSTYTUCJA);
                    text(w, "inst", "REGON", EpuapNamespaces.INSTYTUCJA, p.regon());
                    text(w, "inst", "NIP", EpuapNamespaces.INSTYTUCJA, p.nip());
                    text(w, "inst", "KRS", EpuapNamespaces.INSTYTUCJA, p.krs());
                    w.writeEndElement();
                }
                text(w, "inst", "NazwaInstytucji", EpuapNamespaces.INSTYTUCJA, p.institutionName());
                address(w, p.address());
                contact(w, p);
            }
            w.writeEndElement();
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private static void address(XMLStreamWriter w, Address a) throws XMLStreamException {
        if (a == null) {
            return;
        }
        start(w, "adr", "Adres", EpuapNamespaces.ADRES);
        text(w, "adr", "KodPocztowy", EpuapNamespaces.ADRES, a.postcode());
        text(w, "adr", "Poczta", EpuapNamespaces.ADRES, a.postOffice());
        text(w, "adr", "Miejscowosc", EpuapNamespaces.ADRES, a.town());
        text(w, "adr", "Ulica", EpuapNamespaces.ADRES, a.street());
        text(w, "adr", "Budynek", EpuapNamespaces.ADRES, a.building());
        text(w, "adr", "Lokal", EpuapNamespaces.ADRES, a.flat());
        text(w, "adr", "Kraj", EpuapNamespaces.ADRES, a.country());
        w.writeEndElement();
    }

    private static void contact(XMLStreamWriter w, Party p) throws XMLStreamException {
        if (p.email() == null && p.phone() == null) {
            return;
        }
        start(w, "adr", "Kontakt", EpuapNamespaces.ADRES);
        text(w, "adr", "Telefon", EpuapNamespaces.ADRES, p.phone());
        text(w, "adr", "Email", EpuapNamespaces.ADRES, p.email());
        w.writeEndElement();
    }

    private static void start(XMLStreamWriter w, String prefix, String name, String ns) throws XMLStreamException {
        w.writeStartElement(prefix, name, ns);
    }

    private static void text(XMLStreamWriter w, String prefix, String name, String ns, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        w.writeStartElement(prefix, name, ns);
        w.writeCharacters(value);
        w.writeEndElement();
    }
}
