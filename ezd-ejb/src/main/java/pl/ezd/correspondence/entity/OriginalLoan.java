package pl.ezd.correspondence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A loan of the paper original of an incoming item out of the skład chronologiczny (wypożyczenie):
 * who lent it, to whom, when, and when it came back. Opened by the registry office, closed once
 * by the return; never edited otherwise.
 */
@Entity
@Table(name = "original_loan")
public class OriginalLoan {

    static final int LENT_TO_LENGTH = 255;
    static final int PURPOSE_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "original_loan_seq")
    @SequenceGenerator(name = "original_loan_seq", sequenceName = "original_loan_seq", allocationSize = 50)
    private Long id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private long organizationId;

    @Column(name = "item_id", nullable = false, updatable = false)
    private long itemId;

    @Column(name = "lent_to", nullable = false, updatable = false, length = LENT_TO_LENGTH)
    private String lentTo;

    @Column(length = PURPOSE_LENGTH, updatable = false)
    private String purpose;

    @Column(name = "lent_at", nullable = false, updatable = false)
    private Instant lentAt;

    @Column(name = "lent_by", nullable = false, updatable = false, length = 100)
    private String lentBy;

    @Column(name = "returned_at")
    private Instant returnedAt;

    @Column(name = "returned_by", length = 100)
    private String returnedBy;

    @Version
    private long version;

    protected OriginalLoan() {
    }

    public OriginalLoan(long organizationId, long itemId, String lentTo, String purpose, Instant lentAt, String lentBy) {
        if (lentTo == null || lentTo.isBlank()) {
            throw new IllegalArgumentException("Podaj, komu wypożyczono oryginał");
        }
        if (lentTo.strip().length() > LENT_TO_LENGTH) {
            throw new IllegalArgumentException("Komu wypożyczono: najwyżej " + LENT_TO_LENGTH + " znaków");
        }
        if (purpose != null && purpose.strip().length() > PURPOSE_LENGTH) {
            throw new IllegalArgumentException("Cel wypożyczenia: najwyżej " + PURPOSE_LENGTH + " znaków");
        }
        this.organizationId = organizationId;
        this.itemId = itemId;
        this.lentTo = lentTo.strip();
        this.purpose = purpose == null || purpose.isBlank() ? null : purpose.strip();
        this.lentAt = Objects.requireNonNull(lentAt);
        this.lentBy = Objects.requireNonNull(lentBy);
    }

    /** The original is back in the skład; a loan is closed once. */
    public void giveBack(Instant at, String by) {
        if (returnedAt != null) {
            throw new IllegalStateException("Ten oryginał już zwrócono");
        }
        if (at.isBefore(lentAt)) {
            throw new IllegalArgumentException("Zwrot nie może nastąpić przed wypożyczeniem");
        }
        this.returnedAt = at;
        this.returnedBy = Objects.requireNonNull(by);
    }

    public boolean isOpen() {
        return returnedAt == null;
    }

    public Long getId() {
        return id;
    }

    public long getOrganizationId() {
        return organizationId;
    }

    public long getItemId() {
        return itemId;
    }

    public String getLentTo() {
        return lentTo;
    }

    public String getPurpose() {
        return purpose;
    }

    public Instant getLentAt() {
        return lentAt;
    }

    public String getLentBy() {
        return lentBy;
    }

    public Instant getReturnedAt() {
        return returnedAt;
    }

    public String getReturnedBy() {
        return returnedBy;
    }
}
