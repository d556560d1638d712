package pl.ezd.correspondence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
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
 * clerk (workflow {@code incomingItem}) → accepted by the clerk and attached to a case. The full
 * minimal metadata set, files and the skład chronologiczny follow with the registry core.
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

    @Version
    private long version;

    protected IncomingItem() {
    }

    public IncomingItem(long organizationId, RpwNumber rpw, String title, String senderName, LocalDate receivedOn,
                        Instant registeredAt, String registeredBy) {
        this.organizationId = organizationId;
        this.rpw = Objects.requireNonNull(rpw);
        this.title = requireText(title, "title", TITLE_LENGTH);
        this.senderName = requireText(senderName, "sender", 255);
        this.receivedOn = Objects.requireNonNull(receivedOn, "date received is required");
        this.registeredAt = Objects.requireNonNull(registeredAt);
        this.registeredBy = Objects.requireNonNull(registeredBy);
        if (receivedOn.isAfter(LocalDate.ofInstant(registeredAt, java.time.ZoneId.of("Europe/Warsaw")))) {
            throw new IllegalArgumentException("An item cannot be received after it is registered");
        }
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
}
