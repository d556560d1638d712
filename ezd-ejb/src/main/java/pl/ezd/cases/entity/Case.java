package pl.ezd.cases.entity;

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
 * sprawa: a matter handled under one {@link ZnakSprawy}.
 *
 * <p>Lifecycle: opened by a clerk in a final JRWA class of their unit, which allocates the next
 * number of the spis spraw for (unit, class, year) → handled (items, documents and notes are
 * added, each step written to the metryka) → closed with the date it was finally settled. A
 * closed case cannot be changed: every mutator refuses with {@link CaseClosedException}. The
 * znak and the year the case started never change, also across years.
 */
@Entity
@Table(name = "case_file")
public class Case {

    static final int TITLE_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_file_seq")
    @SequenceGenerator(name = "case_file_seq", sequenceName = "case_file_seq", allocationSize = 50)
    private Long id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private long organizationId;

    @Embedded
    private ZnakSprawy znak;

    /** The JRWA final class the case was opened in (classification component; id only across components). */
    @Column(name = "jrwa_class_id", updatable = false)
    private Long jrwaClassId;

    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(length = 2000)
    private String description;

    @Column(nullable = false, length = 100)
    private String handler;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CaseStatus status;

    @Column(name = "opened_on", nullable = false, updatable = false)
    private LocalDate openedOn;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "settled_on")
    private LocalDate settledOn;

    @Version
    private long version;

    protected Case() {
    }

    public Case(long organizationId, ZnakSprawy znak, long jrwaClassId, String title, String description, String handler,
                LocalDate openedOn, Instant openedAt) {
        this.organizationId = organizationId;
        this.jrwaClassId = jrwaClassId;
        this.znak = Objects.requireNonNull(znak);
        this.title = requireTitle(title);
        this.description = description == null || description.isBlank() ? null : description.strip();
        this.handler = Objects.requireNonNull(handler);
        this.openedOn = Objects.requireNonNull(openedOn);
        this.openedAt = Objects.requireNonNull(openedAt);
        if (znak.year() != openedOn.getYear()) {
            throw new IllegalArgumentException("Rok w znaku sprawy musi być rokiem jej wszczęcia");
        }
        this.status = CaseStatus.OPEN;
    }

    private static String requireTitle(String title) {
        if (title == null || title.isBlank()) {
            throw new pl.ezd.validation.boundary.RequestRefused("cases.title.required");
        }
        if (title.strip().length() > TITLE_LENGTH) {
            throw new pl.ezd.validation.boundary.RequestRefused("cases.title.tooLong", TITLE_LENGTH);
        }
        return title.strip();
    }

    /** Closes the case with the date it was finally settled; nothing can change it afterwards. */
    public void close(LocalDate settled) {
        requireOpen();
        if (settled == null || settled.isBefore(openedOn)) {
            throw new pl.ezd.validation.boundary.RequestRefused("cases.close.beforeOpened");
        }
        this.settledOn = settled;
        this.status = CaseStatus.CLOSED;
    }

    public void retitle(String newTitle) {
        requireOpen();
        this.title = requireTitle(newTitle);
    }

    /** Every change to a case goes through this gate. */
    public void requireOpen() {
        if (status == CaseStatus.CLOSED) {
            throw new CaseClosedException(znak);
        }
    }

    public Long getId() {
        return id;
    }

    public long getOrganizationId() {
        return organizationId;
    }

    public ZnakSprawy getZnak() {
        return znak;
    }

    public Long getJrwaClassId() {
        return jrwaClassId;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getHandler() {
        return handler;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public LocalDate getSettledOn() {
        return settledOn;
    }
}
