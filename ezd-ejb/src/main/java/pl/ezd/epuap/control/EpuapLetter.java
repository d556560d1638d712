package pl.ezd.epuap.control;

import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What an ePUAP document says, as {@link EpuapDocuments#read(byte[])} reads it from the XML of a
 * template in the CRD namespaces. Everything the template may leave out is null (single values)
 * or empty (lists); {@link #title()} is always present.
 *
 * @param templateNamespace the namespace of the template (e.g. {@link EpuapNamespaces#PISMO_OGOLNE})
 * @param rootElement the local name of the root element (always {@code Dokument} for CRD templates)
 * @param documentName the template's name of the document ({@code str:Naglowek/str:NazwaDokumentu}), or null
 * @param stylesheetHref the {@code href} of the document's {@code xml-stylesheet} processing instruction, or null
 * @param date the date of the letter ({@code DaneDokumentu/meta:Data}, the one of type "stworzony" first), or null
 * @param addressees the addressees ({@code str:Adresaci/meta:Podmiot})
 * @param senders the senders ({@code str:Nadawcy/meta:Podmiot})
 * @param title the title ({@code TrescDokumentu/Tytul}, else the document name of the header)
 * @param kind the kind of letter (the {@code rodzaj} of {@code RodzajWnioskuRozszerzony}, or its "jaki inny"
 *        for "inne pismo"), or null
 * @param place the place the letter was written ({@code MiejscowoscDokumentu}), or null
 * @param paragraphs the body ({@code Informacje/Informacja}), in order, blank ones left out
 * @param attachments the attachments ({@code str:Zalaczniki/str:Zalacznik}), in order
 * @param otherContent other texts of the content that the fields above do not cover (forms of other templates)
 * @param signed whether the root carries an enveloped {@code ds:Signature} (not whether it is valid: that is
 *        the signature module's job)
 */
public record EpuapLetter(String templateNamespace, String rootElement, String documentName, String stylesheetHref,
        LocalDate date, List<Party> addressees, List<Party> senders, String title, String kind, String place,
        List<String> paragraphs, List<Attachment> attachments, List<Field> otherContent, boolean signed) {

    public EpuapLetter {
        Objects.requireNonNull(templateNamespace, "templateNamespace");
        Objects.requireNonNull(rootElement, "rootElement");
        Objects.requireNonNull(title, "title");
        addressees = List.copyOf(addressees);
        senders = List.copyOf(senders);
        paragraphs = List.copyOf(paragraphs);
        attachments = List.copyOf(attachments);
        otherContent = List.copyOf(otherContent);
    }

    /** Whether this is the "pismo ogólne do podmiotu publicznego". */
    public boolean isPismoOgolne() {
        return EpuapNamespaces.PISMO_OGOLNE.equals(templateNamespace);
    }

    /** The first sender, the one the incoming register records. */
    public Optional<Party> firstSender() {
        return senders.stream().findFirst();
    }

    /** All senders' names, comma separated, for lists. */
    public String sendersText() {
        return senders.stream().map(Party::displayName).collect(Collectors.joining(", "));
    }

    /** The body as one text, paragraphs separated by an empty line. */
    public String bodyText() {
        return String.join("\n\n", paragraphs);
    }

    /** Whether a party is a natural person or an institution (firm, office, association...). */
    public enum PartyKind {
        PERSON, INSTITUTION
    }

    /**
     * A sender or addressee: a person ({@code oso:Osoba}) or an institution ({@code inst:Instytucja}).
     *
     * @param kind person or institution
     * @param firstName a person's first name (with the second one, if given), else null
     * @param lastName a person's surname, else null
     * @param pesel a person's PESEL, if the document gives it
     * @param institutionName an institution's name (with its unit, if given), else null
     * @param regon an institution's REGON, if given
     * @param nip the NIP (tax number) of an institution or a person, if given
     * @param krs an institution's KRS number, if given
     * @param address the postal address, or null
     * @param email the e-mail address of the contact data, or null
     * @param phone the telephone number of the contact data, or null
     */
    public record Party(PartyKind kind, String firstName, String lastName, String pesel, String institutionName,
            String regon, String nip, String krs, Address address, String email, String phone) {

        public Party {
            Objects.requireNonNull(kind, "kind");
        }

        public static Party person(String firstName, String lastName, String pesel, Address address, String email) {
            return new Party(PartyKind.PERSON, firstName, lastName, pesel, null, null, null, null, address, email, null);
        }

        public static Party institution(String name, String regon, String nip, Address address, String email) {
            return new Party(PartyKind.INSTITUTION, null, null, null, name, regon, nip, null, address, email, null);
        }

        /** "Jan Kowalski" or the institution's name. */
        public String displayName() {
            if (kind == PartyKind.INSTITUTION) {
                return institutionName == null ? "" : institutionName;
            }
            return Stream.of(firstName, lastName).filter(Objects::nonNull).collect(Collectors.joining(" "));
        }
    }

    /**
     * A postal address ({@code adr:Adres}).
     *
     * @param postcode {@code KodPocztowy}, e.g. 87-100
     * @param postOffice {@code Poczta}, the post office's town when it differs from the town
     * @param town {@code Miejscowosc}
     * @param street {@code Ulica}
     * @param building {@code Budynek}
     * @param flat {@code Lokal}
     * @param country {@code Kraj} as written, or null (Poland)
     */
    public record Address(String postcode, String postOffice, String town, String street, String building, String flat,
            String country) {

        /** "ul. Szeroka 12/3, 87-100 Toruń" */
        public String oneLine() {
            StringBuilder line = new StringBuilder();
            if (street != null) {
                line.append(street);
            } else if (town != null && building != null) {
                line.append(town);
            }
            if (building != null) {
                line.append(line.length() > 0 ? " " : "").append(building);
                if (flat != null) {
                    line.append('/').append(flat);
                }
            }
            String place = Stream.of(postcode, postOffice != null ? postOffice : town).filter(Objects::nonNull)
                    .collect(Collectors.joining(" "));
            if (!place.isEmpty()) {
                line.append(line.length() > 0 ? ", " : "").append(place);
            }
            if (country != null) {
                line.append(line.length() > 0 ? ", " : "").append(country);
            }
            return line.toString();
        }
    }

    /**
     * An attachment, carried inline (base64, decoded here) or by reference (a URI of the ePUAP file
     * repository, fetched by the import).
     *
     * @param fileName the file name ({@code nazwaPliku}), never blank
     * @param mimeType the declared media type ({@code format}), or null
     * @param description {@code OpisZalacznika}, or null (for attachments by URI ePUAP puts the file's hash here)
     * @param content the decoded bytes of an inline attachment, or null for one by URI
     * @param uri the address of an attachment by URI, or null for an inline one
     */
    public record Attachment(String fileName, String mimeType, String description, byte[] content, URI uri) {

        public Attachment {
            Objects.requireNonNull(fileName, "fileName");
            if ((content == null) == (uri == null)) {
                throw new IllegalArgumentException("an attachment is either inline or by URI");
            }
        }

        public static Attachment inline(String fileName, String mimeType, String description, byte[] content) {
            return new Attachment(fileName, mimeType, description, content, null);
        }

        public static Attachment byUri(String fileName, String mimeType, String description, URI uri) {
            return new Attachment(fileName, mimeType, description, null, uri);
        }

        public boolean isInline() {
            return content != null;
        }

        /** Size of an inline attachment in bytes; -1 for one by URI. */
        public long size() {
            return content == null ? -1 : content.length;
        }

        @Override
        public byte[] content() {
            return content == null ? null : content.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Attachment a && fileName.equals(a.fileName) && Objects.equals(mimeType, a.mimeType)
                    && Objects.equals(description, a.description) && Arrays.equals(content, a.content)
                    && Objects.equals(uri, a.uri);
        }

        @Override
        public int hashCode() {
            return Objects.hash(fileName, mimeType, description, Arrays.hashCode(content), uri);
        }

        @Override
        public String toString() {
            return "Attachment[" + fileName + ", " + mimeType + ", " + (content != null ? content.length + " B" : uri) + "]";
        }
    }

    /**
     * A text of the document's content that has no field of its own, e.g. a field of a form.
     *
     * @param path the element names from {@code TrescDokumentu} down, separated by "/", e.g. "Wniosek/Uzasadnienie"
     * @param value the text
     */
    public record Field(String path, String value) {

        /** The last element name split into words: "NumerDzialki" gives "Numer dzialki". */
        public String label() {
            String last = path.substring(path.lastIndexOf('/') + 1);
            String words = last.replaceAll("(?<=\\p{Ll})(?=\\p{Lu})", " ").toLowerCase(java.util.Locale.ROOT);
            return words.isEmpty() ? last : Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }
    }
}
