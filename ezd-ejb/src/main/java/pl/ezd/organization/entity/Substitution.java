package pl.ezd.organization.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * zastępstwo: a substitute works the inbox of an absent colleague of the same organisation from
 * one day to another (both inclusive), for a stated reason. An absent person has at most one
 * substitute on a day, a substitute is not absent themselves while standing in, and nobody stands
 * in for themselves ({@link #conflictIn}). Cancelled, never deleted, so the trail of who could act
 * for whom stays.
 */
@Entity
@Table(name = "substitution")
public class Substitution {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "substitution_seq")
    @SequenceGenerator(name = "substitution_seq", sequenceName = "substitution_seq", allocationSize = 50)
    private Long id;

    @Column(name = "organization_id", nullable = false)
    private long organizationId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "absent_id")
    private Employee absent;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "substitute_id")
    private Employee substitute;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to", nullable = false)
    private LocalDate validTo;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(nullable = false)
    private boolean cancelled;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Substitution() {
    }

    public Substitution(Employee absent, Employee substitute, LocalDate validFrom, LocalDate validTo, String reason,
                        String createdBy) {
        Objects.requireNonNull(absent);
        Objects.requireNonNull(substitute);
        if (absent == substitute || (absent.getId() != null && absent.getId().equals(substitute.getId()))) {
            throw new FieldRefusal("substituteId", "Pracownik nie może zastępować samego siebie");
        }
        if (!absent.getOrganization().getId().equals(substitute.getOrganization().getId())) {
            throw new FieldRefusal("substituteId", "Zastępca musi pracować w tej samej organizacji");
        }
        this.validFrom = FieldRefusal.required("validFrom", validFrom, "pierwszy dzień zastępstwa (validFrom)");
        this.validTo = FieldRefusal.required("validTo", validTo, "ostatni dzień zastępstwa (validTo)");
        if (validTo.isBefore(validFrom)) {
            throw new FieldRefusal("validTo", "Zastępstwo nie może kończyć się (" + validTo + ") przed początkiem (" + validFrom + ")");
        }
        this.reason = FieldRefusal.required("reason", reason, 500, "powód zastępstwa (reason)");
        this.organizationId = absent.getOrganization().getId();
        this.absent = absent;
        this.substitute = substitute;
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Instant.now();
    }

    /**
     * Why this substitution cannot coexist with one of the organisation's others, if it cannot:
     * in a common day the absent person already has a substitute, the substitute is absent
     * themselves, or the absent person is standing in for someone else.
     */
    public Optional<String> conflictIn(Collection<Substitution> others) {
        for (Substitution other : others) {
            if (other == this || other.cancelled || (id != null && id.equals(other.id))
                    || !Periods.overlap(validFrom, validTo, other.validFrom, other.validTo)) {
                continue;
            }
            String when = " (" + other.validFrom + " – " + other.validTo + ")";
            if (same(other.absent, absent)) {
                return Optional.of(absent.getFullName() + " ma już w tym czasie zastępcę: " + other.substitute.getFullName() + when);
            }
            if (same(other.absent, substitute)) {
                return Optional.of(substitute.getFullName() + " jest w tym czasie nieobecny(-a) i sam(a) ma zastępcę" + when);
            }
            if (same(other.substitute, absent)) {
                return Optional.of(absent.getFullName() + " zastępuje w tym czasie " + other.absent.getFullName() + when);
            }
        }
        return Optional.empty();
    }

    private static boolean same(Employee a, Employee b) {
        return a == b || (a.getId() != null && a.getId().equals(b.getId()));
    }

    public boolean activeOn(LocalDate day) {
        return !cancelled && Periods.contains(validFrom, validTo, day);
    }

    public void cancel() {
        this.cancelled = true;
    }

    public Long getId() {
        return id;
    }

    public long getOrganizationId() {
        return organizationId;
    }

    public Employee getAbsent() {
        return absent;
    }

    public Employee getSubstitute() {
        return substitute;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public String getReason() {
        return reason;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
