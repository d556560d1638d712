package pl.ezd.epuap.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import pl.ezd.epuap.control.EpuapDocumentException.Reason;
import pl.ezd.epuap.control.EpuapLetter.Address;
import pl.ezd.epuap.control.EpuapLetter.Attachment;
import pl.ezd.epuap.control.EpuapLetter.Field;
import pl.ezd.epuap.control.EpuapLetter.Party;
import pl.ezd.epuap.control.EpuapLetter.PartyKind;
import pl.ezd.epuap.control.XmlTree.Element;

/**
 * Reads an ePUAP document: the XML of the "pismo ogólne do podmiotu publicznego" and, generically,
 * of any template built from the CRD structures ({@code Dokument} with {@code OpisDokumentu},
 * {@code DaneDokumentu}, {@code TrescDokumentu}; parties, addresses and attachments in the
 * struktura/meta/instytucja/osoba/adres 2009 namespaces). Elements are matched by their local
 * names, because templates of different years put the same structures in different namespaces.
 *
 * <p>Hostile input never crashes or hangs the reader: a DTD is refused outright (so no external
 * entity is fetched and no entity is expanded), and size, depth, element count, text length,
 * attachment size and attachment count are limited ({@link EpuapLimits}). Every refusal is an
 * {@link EpuapDocumentException} with a Polish reason for the registry clerk. Thread-safe.
 */
public final class EpuapDocuments {

    /** Children of {@code TrescDokumentu} read into fields of their own; the rest goes to "other content". */
    private static final Set<String> KNOWN_CONTENT = Set.of("MiejscowoscDokumentu", "Tytul", "RodzajWnioskuRozszerzony",
            "Informacje", "Zalaczniki");
    private static final int MAX_OTHER_FIELDS = 500;

    private EpuapDocuments() {
    }

    /** Reads a document under the {@linkplain EpuapLimits#DEFAULT default limits}. */
    public static EpuapLetter read(byte[] xml) throws EpuapDocumentException {
        return read(xml, EpuapLimits.DEFAULT);
    }

    /**
     * Reads a document.
     *
     * @param xml the document's bytes as delivered (the encoding is taken from the XML declaration)
     * @param limits the limits to apply
     * @return what the document says
     * @throws EpuapDocumentException if the document is refused; its message says why, in Polish
     */
    public static EpuapLetter read(byte[] xml, EpuapLimits limits) throws EpuapDocumentException {
        if (xml == null || xml.length == 0) {
            throw new EpuapDocumentException(Reason.EMPTY, "Dokument jest pusty (nie zawiera żadnych danych).");
        }
        if (xml.length > limits.maxDocumentBytes()) {
            throw new EpuapDocumentException(Reason.TOO_LARGE, "Dokument ma " + EpuapLimits.megabytes(xml.length)
                    + ", a EZD przyjmuje dokumenty ePUAP do " + EpuapLimits.megabytes(limits.maxDocumentBytes()) + ".");
        }
        // base64 takes 4 characters per 3 bytes; line breaks add a little
        long attachmentChars = limits.maxAttachmentBytes() / 3 * 4 + limits.maxAttachmentBytes() / 30 + 1024;
        XmlTree.Parsed parsed = XmlTree.parse(xml, limits,
                (ns, name) -> "DaneZalacznika".equals(name) ? attachmentChars : -1);
        return interpret(parsed, limits);
    }

    private static EpuapLetter interpret(XmlTree.Parsed parsed, EpuapLimits limits) throws EpuapDocumentException {
        Element root = parsed.root();
        if (root.is(EpuapNamespaces.UPO, "Dokument")) {
            throw new EpuapDocumentException(Reason.NOT_EPUAP_DOCUMENT, "To jest urzędowe poświadczenie ePUAP (UPP/UPD), "
                    + "a nie pismo; poświadczenie dołącza się do przesyłki, której dotyczy.");
        }
        Optional<Element> dane = root.child("DaneDokumentu");
        Optional<Element> tresc = root.child("TrescDokumentu");
        if (!"Dokument".equals(root.name) || root.namespace.isEmpty() || dane.isEmpty() && tresc.isEmpty()) {
            throw new EpuapDocumentException(Reason.NOT_EPUAP_DOCUMENT, "Plik nie jest dokumentem ePUAP: jego główny element to „"
                    + root.name + "”" + (root.namespace.isEmpty() ? " bez przestrzeni nazw" : " (" + root.namespace + ")")
                    + ", a dokument według wzoru z Centralnego Repozytorium Wzorów ma element „Dokument” z danymi "
                    + "i treścią dokumentu.");
        }
        String documentName = dane.map(d -> d.textAt("Naglowek", "NazwaDokumentu")).orElse(null);
        String title = tresc.map(t -> t.textAt("Tytul")).orElse(null);
        if (title == null) {
            title = documentName;
        }
        if (title == null) {
            throw new EpuapDocumentException(Reason.NO_TITLE, "Dokument nie ma tytułu (ani tytułu w treści, ani nazwy "
                    + "dokumentu w nagłówku), a tytuł jest obowiązkowy w rejestrze przesyłek wpływających.");
        }
        List<Party> addressees = new ArrayList<>();
        List<Party> senders = new ArrayList<>();
        LocalDate date = null;
        if (dane.isPresent()) {
            addressees = parties(dane.get().child("Adresaci"));
            senders = parties(dane.get().child("Nadawcy"));
            date = date(dane.get());
        }
        if (date == null) {
            date = root.child("OpisDokumentu").map(EpuapDocuments::date).orElse(null);
        }
        String kind = tresc.flatMap(t -> t.child("RodzajWnioskuRozszerzony")).map(EpuapDocuments::kind).orElse(null);
        String place = tresc.map(t -> t.textAt("MiejscowoscDokumentu")).orElse(null);
        List<String> paragraphs = tresc.flatMap(t -> t.child("Informacje"))
                .map(i -> i.children("Informacja").stream().map(Element::text).filter(p -> p != null).toList())
                .orElse(List.of());
        List<Element> attachmentElements = new ArrayList<>();
        collectAttachments(root, attachmentElements);
        if (attachmentElements.size() > limits.maxAttachments()) {
            throw new EpuapDocumentException(Reason.ATTACHMENT_TOO_LARGE, "Dokument ma " + attachmentElements.size()
                    + " załączników, a EZD przyjmuje najwyżej " + limits.maxAttachments() + " w jednym dokumencie.");
        }
        List<Attachment> attachments = new ArrayList<>();
        for (Element a : attachmentElements) {
            attachments.add(attachment(a, attachments.size() + 1, limits));
        }
        List<Field> other = new ArrayList<>();
        tresc.ifPresent(t -> otherContent(t, "", other));
        boolean signed = root.children.stream().anyMatch(c -> c.is(EpuapNamespaces.XMLDSIG, "Signature"));
        return new EpuapLetter(root.namespace, root.name, documentName, parsed.stylesheetHref(), date, addressees, senders,
                title, kind, place, paragraphs, attachments, other, signed);
    }

    private static List<Party> parties(Optional<Element> list) {
        List<Party> parties = new ArrayList<>();
        if (list.isEmpty()) {
            return parties;
        }
        for (Element podmiot : list.get().children("Podmiot")) {
            podmiot.child("Instytucja").map(EpuapDocuments::institution).ifPresent(parties::add);
            podmiot.child("Osoba").map(EpuapDocuments::person).ifPresent(parties::add);
        }
        return parties;
    }

    private static Party person(Element osoba) {
        String first = Stream.of(osoba.textAt("Imie"), osoba.textAt("ImieDrugie")).filter(s -> s != null)
                .collect(Collectors.joining(" "));
        Optional<Element> id = osoba.child("IdOsoby");
        return new Party(PartyKind.PERSON, first.isEmpty() ? null : first, osoba.textAt("Nazwisko"),
                id.map(i -> i.textAt("PESEL")).orElse(null), null, null, id.map(i -> i.textAt("NIP")).orElse(null), null,
                osoba.child("Adres").map(EpuapDocuments::address).orElse(null), contact(osoba, "Email"),
                contact(osoba, "Telefon"));
    }

    private static Party institution(Element inst) {
        List<String> names = new ArrayList<>();
        Element unit = inst;
        while (unit != null) {
            String name = unit.textAt("NazwaInstytucji");
            if (name != null) {
                names.add(name);
            }
            unit = unit.child("Jednostka").orElse(null);
        }
        Optional<Element> id = inst.child("IdInstytucji");
        return new Party(PartyKind.INSTITUTION, null, null, null, names.isEmpty() ? null : String.join(", ", names),
                id.map(i -> i.textAt("REGON")).orElse(null), id.map(i -> i.textAt("NIP")).orElse(null),
                id.map(i -> i.textAt("KRS")).orElse(null), inst.child("Adres").map(EpuapDocuments::address).orElse(null),
                contact(inst, "Email"), contact(inst, "Telefon"));
    }

    private static String contact(Element party, String what) {
        return party.child("Kontakt").map(k -> k.textAt(what)).orElse(null);
    }

    private static Address address(Element adres) {
        return new Address(adres.textAt("KodPocztowy"), adres.textAt("Poczta"), adres.textAt("Miejscowosc"),
                adres.textAt("Ulica"), adres.textAt("Budynek"), adres.textAt("Lokal"), adres.textAt("Kraj"));
    }

    /** The date of type "stworzony" first, else the first date; only its day (yyyy-MM-dd) counts. */
    private static LocalDate date(Element parent) {
        List<Element> dates = parent.children("Data");
        Optional<Element> chosen = dates.stream().filter(d -> "stworzony".equals(d.attribute("typDaty"))).findFirst()
                .or(() -> dates.stream().findFirst());
        String text = chosen.map(d -> d.textAt("Czas")).orElse(null);
        if (text == null || text.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(text.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The rodzaj of the letter; for "inne pismo" the kind the sender wrote in, when given. */
    private static String kind(Element rodzaj) {
        String kind = rodzaj.attribute("rodzaj");
        String other = rodzaj.attribute("jakiInny") != null ? rodzaj.attribute("jakiInny") : rodzaj.attribute("jakisInny");
        if (kind == null) {
            kind = rodzaj.text();
        }
        if (other != null && (kind == null || "inne pismo".equalsIgnoreCase(kind))) {
            return other;
        }
        return kind;
    }

    private static void collectAttachments(Element e, List<Element> found) {
        if (e.is(EpuapNamespaces.XMLDSIG, "Signature")) {
            return;
        }
        for (Element c : e.children) {
            if ("Zalacznik".equals(c.name) && "Zalaczniki".equals(e.name)) {
                found.add(c);
            } else {
                collectAttachments(c, found);
            }
        }
    }

    private static Attachment attachment(Element a, int number, EpuapLimits limits) throws EpuapDocumentException {
        String fileName = safeFileName(a.attribute("nazwaPliku"), number);
        String mime = a.attribute("format");
        String description = a.textAt("OpisZalacznika");
        String data = a.child("DaneZalacznika").map(Element::rawText).orElse("");
        String encoding = a.attribute("kodowanie");
        boolean byUri = encoding != null ? "URI".equalsIgnoreCase(encoding)
                : data.strip().regionMatches(true, 0, "http", 0, 4);
        if (byUri) {
            return Attachment.byUri(fileName, mime, description, uri(fileName, data.strip()));
        }
        if (encoding != null && !"base64".equalsIgnoreCase(encoding)) {
            throw new EpuapDocumentException(Reason.BAD_ATTACHMENT, "Załącznik „" + fileName + "” jest zapisany w kodowaniu „"
                    + encoding + "”, którego EZD nie zna (oczekiwano base64 albo URI).");
        }
        String base64 = data.replaceAll("\\s+", "");
        if (base64.isEmpty()) {
            throw new EpuapDocumentException(Reason.BAD_ATTACHMENT, "Załącznik „" + fileName + "” nie zawiera żadnych danych.");
        }
        if ((long) base64.length() / 4 * 3 > limits.maxAttachmentBytes() + 2) {
            throw attachmentTooLarge(fileName, limits);
        }
        byte[] content;
        try {
            content = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new EpuapDocumentException(Reason.BAD_ATTACHMENT, "Załącznika „" + fileName
                    + "” nie da się odkodować: dane nie są poprawnym zapisem base64.", e);
        }
        if (content.length > limits.maxAttachmentBytes()) {
            throw attachmentTooLarge(fileName, limits);
        }
        return Attachment.inline(fileName, mime, description, content);
    }

    private static EpuapDocumentException attachmentTooLarge(String fileName, EpuapLimits limits) {
        return new EpuapDocumentException(Reason.ATTACHMENT_TOO_LARGE, "Załącznik „" + fileName + "” jest większy niż "
                + EpuapLimits.megabytes(limits.maxAttachmentBytes()) + ", największy, jaki EZD przyjmuje w treści dokumentu.");
    }

    private static URI uri(String fileName, String text) throws EpuapDocumentException {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.isAbsolute() && (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        throw new EpuapDocumentException(Reason.BAD_ATTACHMENT, "Załącznik „" + fileName + "” wskazuje adres „"
                + (text.length() > 100 ? text.substring(0, 100) + "…" : text) + "”, z którego EZD nie pobiera plików "
                + "(dozwolone są tylko adresy http i https).");
    }

    /** The file name as given, without any directory part or control characters; never blank. */
    static String safeFileName(String given, int number) {
        String name = given == null ? "" : given;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}]", "").strip();
        if (name.equals(".") || name.equals("..")) {
            name = "";
        }
        if (name.length() > 200) {
            int dot = name.lastIndexOf('.');
            String ext = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, 200 - ext.length()) + ext;
        }
        return name.isEmpty() ? "zalacznik-" + number : name;
    }

    private static void otherContent(Element e, String path, List<Field> out) {
        for (Element c : e.children) {
            if (out.size() >= MAX_OTHER_FIELDS) {
                return;
            }
            if (path.isEmpty() && KNOWN_CONTENT.contains(c.name)) {
                continue;
            }
            if ("Zalaczniki".equals(c.name) || c.is(EpuapNamespaces.XMLDSIG, "Signature")) {
                continue;
            }
            String childPath = path.isEmpty() ? c.name : path + "/" + c.name;
            if (c.children.isEmpty()) {
                String text = c.text();
                if (text != null) {
                    out.add(new Field(childPath, text));
                }
            } else {
                otherContent(c, childPath, out);
            }
        }
    }
}
