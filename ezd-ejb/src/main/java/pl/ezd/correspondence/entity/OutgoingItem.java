package pl.ezd.correspondence.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hibernate.annotations.Immutable;

/**
 * przesyłka wychodząca: an entry of the outgoing register, numbered per organisation and year.
 *
 * <p>Lifecycle: registered by the registry office when it sends the item (number, date sent,
 * channel, addressee, the document versions sent); never changed afterwards. Paper post items make
 * up the postal book (książka nadawcza) of their day.
 */
@Entity
@Immutable
@Table(name = "outgoing_item")
public class OutgoingItem {

    static final int TITLE_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outgoing_item_seq")
    @SequenceGenerator(name = "outgoing_item_seq", sequenceName = "outgoing_item_seq", allocationSize = 50)
    private Long id;

    @Column(name = "organization_id", nullable = false)
    private long organizationId;

    @Column(name = "register_number", nullable = false)
    private int number;

    @Column(name = "register_year", nullable = false)
    private int year;

    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "case_reference", length = 40)
    private String caseReference;

    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(name = "addressee_name", nullable = false, length = 300)
    private String addresseeName;

    @Column(length = 200)
    private String street;

    @Column(name = "postal_code", length = 6)
    private String postalCode;

    @Column(length = 100)
    private String city;

    @Column(name = "electronic_address", length = 320)
    private String electronicAddress;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private DispatchChannel channel;

    @Column(name = "date_on_letter")
    private LocalDate dateOnLetter;

    @Column(name = "sent_on", nullable = false)
    private LocalDate sentOn;

    @Column(nullable = false, length = 100)
    private String author;

    @Column(name = "author_name", nullable = false, length = 200)
    private String authorName;

    @Column(name = "author_post", nullable = false, length = 255)
    private String authorPost;

    @Column(length = 2000)
    private String notes;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "registered_by", nullable = false, length = 100)
    private String registeredBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "outgoing_item_document", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "position_no")
    private List<SentDocument> documents = new ArrayList<>();

    /** A version of a document sent with the item. */
    @Embeddable
    public record SentDocument(@Column(name = "document_id", nullable = false) long documentId,
                               @Column(name = "version_number", nullable = false) int versionNumber) {
    }

    /** The addressee as the register and the postal book show them. */
    public record Addressee(String name, String street, String postalCode, String city, String electronicAddress) {
    }

    protected OutgoingItem() {
    }

    public OutgoingItem(long organizationId, int number, int year, Long caseId, String caseReference, String title,
                        Addressee addressee, DispatchChannel channel, LocalDate dateOnLetter, LocalDate sentOn,
                        String author, String authorName, String authorPost, String notes, List<SentDocument> documents,
                        Instant registeredAt, String registeredBy) {
        if (channel == null) {
            throw new IllegalArgumentException("Sposób wysyłki jest wymagany (POST_REGISTERED, POST_ORDINARY, EPUAP, E_DORECZENIA, EMAIL, IN_PERSON)");
        }
        if (addressee == null || blank(addressee.name())) {
            throw new IllegalArgumentException("Adresat jest wymagany");
        }
        this.title = required(title, "Tytuł pisma");
        if (this.title.length() > TITLE_LENGTH) {
            throw new IllegalArgumentException("Tytuł pisma może mieć najwyżej " + TITLE_LENGTH + " znaków");
        }
        this.addresseeName = limit(addressee.name().strip(), 300, "Nazwa adresata");
        this.street = blankToNull(addressee.street());
        this.postalCode = blankToNull(addressee.postalCode());
        this.city = blankToNull(addressee.city());
        this.electronicAddress = blankToNull(addressee.electronicAddress());
        if (channel.paperPost()) {
            if (street == null || postalCode == null || city == null) {
                throw new IllegalArgumentException("Wysyłka pocztą wymaga pełnego adresu adresata: ulica z numerem, kod pocztowy i miejscowość");
            }
            if (!postalCode.matches("\\d{2}-\\d{3}")) {
                throw new IllegalArgumentException("Kod pocztowy ma postać 00-000: " + postalCode);
            }
        }
        if (channel.electronic() && electronicAddress == null) {
            throw new IllegalArgumentException("Wysyłka " + channel + " wymaga adresu elektronicznego adresata");
        }
        if (channel == DispatchChannel.EMAIL && !electronicAddress.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new IllegalArgumentException("Nieprawidłowy adres e-mail adresata: " + electronicAddress);
        }
        if (documents == null || documents.isEmpty()) {
            throw new IllegalArgumentException("Wskaż co najmniej jeden wysyłany dokument");
        }
        if (sentOn == null) {
            throw new IllegalArgumentException("Data wysłania jest wymagana");
        }
        if (dateOnLetter != null && dateOnLetter.isAfter(sentOn)) {
            throw new IllegalArgumentException("Data pisma nie może być późniejsza niż data wysłania");
        }
        this.organizationId = organizationId;
        this.number = number;
        this.year = year;
        this.caseId = caseId;
        this.caseReference = caseReference;
        this.channel = channel;
        this.dateOnLetter = dateOnLetter;
        this.sentOn = sentOn;
        this.author = Objects.requireNonNull(author);
        this.authorName = Objects.requireNonNull(authorName);
        this.authorPost = Objects.requireNonNull(authorPost);
        this.notes = notes == null || notes.isBlank() ? null : limit(notes.strip(), 2000, "Uwagi");
        this.documents = new ArrayList<>(documents);
        this.registeredAt = Objects.requireNonNull(registeredAt);
        this.registeredBy = Objects.requireNonNull(registeredBy);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s.strip();
    }

    private static String required(String value, String what) {
        if (blank(value)) {
            throw new IllegalArgumentException(what + " jest wymagany");
        }
        return value.strip();
    }

    private static String limit(String value, int max, String what) {
        if (value.length() > max) {
            throw new IllegalArgumentException(what + " może mieć najwyżej " + max + " znaków");
        }
        return value;
    }

    /** The number as printed in the register: {@code number/year}. */
    public String registerNumber() {
        return number + "/" + year;
    }

    public Long getId() { return id; }
    public long getOrganizationId() { return organizationId; }
    public int getNumber() { return number; }
    public int getYear() { return year; }
    public Long getCaseId() { return caseId; }
    public String getCaseReference() { return caseReference; }
    public String getTitle() { return title; }
    public Addressee getAddressee() { return new Addressee(addresseeName, street, postalCode, city, electronicAddress); }
    public DispatchChannel getChannel() { return channel; }
    public LocalDate getDateOnLetter() { return dateOnLetter; }
    public LocalDate getSentOn() { return sentOn; }
    public String getAuthor() { return author; }
    public String getAuthorName() { return authorName; }
    public String getAuthorPost() { return authorPost; }
    public String getNotes() { return notes; }
    public Instant getRegisteredAt() { return registeredAt; }
    public String getRegisteredBy() { return registeredBy; }
    public List<SentDocument> getDocuments() { return List.copyOf(documents); }
}
