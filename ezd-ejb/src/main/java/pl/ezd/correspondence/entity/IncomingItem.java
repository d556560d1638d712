package pl.ezd.correspondence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * przesyłka wpływająca: a piece of correspondence received by the organisation.
 *
 * <p>Lifecycle: registered in the RPW by the registry office (number allocated, registration time
 * and registering user recorded, never changed afterwards) → routed by dekretacja to a unit or
 * clerk (workflow {@code incomingItem}) → accepted by the clerk and attached to a case. Carries
 * the minimal metadata set of the instrukcja ({@link IncomingItemMetadata}); files follow with
 * the documents component.
 */
@Entity
@Table(name = "incoming_item")
public class IncomingItem {

    static final int TITLE_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "incoming_item_seq")
    @SequenceGenerator(name = "incoming_item_seq", sequenceName = "incoming_item_seq", allocationSize = 50)
    private Long id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private long organizationId;

    @Embedded
    private RpwNumber rpw;

    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(name = "sender_name", nullable = false)
    private String senderName;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    @Column(name = "registered_by", nullable = false, updatable = false, length = 100)
    private String registeredBy;

    @Embedded
    private SenderAddress senderAddress;

    @Column(name = "date_on_letter", nullable = false)
    private LocalDate dateOnLetter;

    @Column(name = "date_sent")
    private LocalDate dateSent;

    @Column(name = "document_kind", length = 100)
    private String documentKind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Dostep access;

    @Enumerated(EnumType.STRING)
    @Column(name = "dcmi_type", nullable = false, length = 32)
    private DcmiType dcmiType;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_method", length = 32)
    private DeliveryMethod deliveryMethod;

    @Column(name = "sender_reference", length = 100)
    private String senderReference;

    @Column(name = "attachments_count", nullable = false)
    private int attachmentsCount;

    @Column(length = 100)
    private String format;

    @Column(length = 2000)
    private String notes;

    /** Registered from the envelope only, never opened (personal, classified, tenders...). */
    @Column(name = "do_not_open", nullable = false)
    private boolean doNotOpen;

    /** Where the paper original is kept (skład chronologiczny), for paper items. */
    @Column(name = "storage_location", length = 100)
    private String storageLocation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ItemStatus status = ItemStatus.REGISTERED;

    /** The unit the item was routed to (dekretacja), when it has been. */
    @Column(name = "unit_symbol", length = 20)
    private String unitSymbol;

    @Version
    private long version;

    protected IncomingItem() {
    }

    public IncomingItem(long organizationId, RpwNumber rpw, IncomingItemMetadata metadata, Instant registeredAt,
                        String registeredBy) {
        this.organizationId = organizationId;
        this.rpw = Objects.requireNonNull(rpw);
        this.title = requireText(metadata.title(), "title", TITLE_LENGTH);
        this.senderName = requireText(metadata.senderName(), "sender", 255);
        this.senderAddress = metadata.senderAddress();
        this.dateOnLetter = metadata.dateOnLetter();
        this.dateSent = metadata.dateSent();
        this.receivedOn = metadata.receivedOn();
        this.documentKind = blankToNull(metadata.documentKind());
        this.access = metadata.access();
        this.dcmiType = metadata.dcmiType();
        this.deliveryMethod = metadata.deliveryMethod();
        this.senderReference = blankToNull(metadata.senderReference());
        this.attachmentsCount = metadata.attachmentsCount();
        this.format = blankToNull(metadata.format());
        this.notes = blankToNull(metadata.notes());
        this.doNotOpen = metadata.doNotOpen();
        this.storageLocation = blankToNull(metadata.storageLocation());
        this.registeredAt = Objects.requireNonNull(registeredAt);
        this.registeredBy = Objects.requireNonNull(registeredBy);
        LocalDate registeredOn = LocalDate.ofInstant(registeredAt, java.time.ZoneId.of("Europe/Warsaw"));
        if (receivedOn.isAfter(registeredOn) || dateOnLetter.isAfter(registeredOn)) {
            throw new IllegalArgumentException("Data pisma i data wpływu nie mogą być późniejsze niż rejestracja");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String requireText(String value, String what, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw new IllegalArgumentException(what + " is longer than " + maxLength + " characters");
        }
        return stripped;
    }

    public Long getId() {
        return id;
    }

    public long getOrganizationId() {
        return organizationId;
    }

    public RpwNumber getRpw() {
        return rpw;
    }

    public String getTitle() {
        return title;
    }

    public String getSenderName() {
        return senderName;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    /**
     * Records where the paper original is kept in the skład chronologiczny (e.g. a binder or
     * shelf label); an item that was never on paper has no original to place.
     */
    public void placeOriginal(String location) {
        String place = blankToNull(location);
        if (place == null) {
            throw new IllegalArgumentException("Podaj miejsce przechowywania oryginału w składzie chronologicznym");
        }
        if (place.length() > 100) {
            throw new IllegalArgumentException("Miejsce przechowywania: najwyżej 100 znaków");
        }
        if (!hasPaperOriginal()) {
            throw new IllegalArgumentException("Przesyłka elektroniczna nie ma papierowego oryginału do złożenia w składzie");
        }
        this.storageLocation = place;
    }

    /** Whether a paper original exists (anything not delivered electronically). */
    public boolean hasPaperOriginal() {
        return deliveryMethod == null || !deliveryMethod.electronic();
    }

    /** The item moved on in its circulation (routed, accepted, put in a case); never back to registered. */
    public void progressed(ItemStatus newStatus, String unit) {
        if (newStatus == null || newStatus == ItemStatus.REGISTERED) {
            throw new IllegalArgumentException("Status przesyłki może tylko postępować");
        }
        this.status = newStatus;
        if (unit != null && !unit.isBlank()) {
            this.unitSymbol = unit.strip();
        } else if (newStatus == ItemStatus.RETURNED) {
            // back with the heads of the office: no unit holds it until the next dekretacja
            this.unitSymbol = null;
        }
    }

    public ItemStatus getStatus() {
        return status;
    }

    public String getUnitSymbol() {
        return unitSymbol;
    }

    public String getStorageLocation() {
        return storageLocation;
    }

    public boolean isDoNotOpen() {
        return doNotOpen;
    }

    public DeliveryMethod getDeliveryMethod() {
        return deliveryMethod;
    }

    public int getAttachmentsCount() {
        return attachmentsCount;
    }

    /** The metadata as entered, for display and export. */
    public IncomingItemMetadata metadata() {
        return new IncomingItemMetadata(title, senderName, senderAddress, dateOnLetter, dateSent, receivedOn, documentKind,
                access, dcmiType, deliveryMethod, senderReference, attachmentsCount, format, notes, doNotOpen, storageLocation);
    }
}
