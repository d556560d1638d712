package pl.ezd.classification.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.time.LocalDate;
import java.util.Objects;

/**
 * A class of a JRWA version: its decimal symbol, its title (hasło) and, for a final class (klasa
 * końcowa, one without subclasses), the archival category of the records in the home unit
 * (komórka macierzysta) and in other units. Cases are opened only in final classes.
 */
@Entity
@Table(name = "jrwa_class")
public class JrwaClass {

    public static final int TITLE_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "jrwa_class_seq")
    @SequenceGenerator(name = "jrwa_class_seq", sequenceName = "jrwa_class_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "jrwa_id", updatable = false)
    private Jrwa jrwa;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id", updatable = false)
    private JrwaClass parent;

    @Embedded
    private JrwaSymbol symbol;

    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(name = "final_class", nullable = false)
    private boolean finalClass;

    @Embedded
    @AttributeOverride(name = "code", column = @Column(name = "home_category", length = 8))
    private KategoriaArchiwalna homeCategory;

    @Embedded
    @AttributeOverride(name = "code", column = @Column(name = "other_category", length = 8))
    private KategoriaArchiwalna otherCategory;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Version
    private long version;

    protected JrwaClass() {
    }

    JrwaClass(Jrwa jrwa, JrwaClass parent, JrwaSymbol symbol, String title, KategoriaArchiwalna homeCategory,
              KategoriaArchiwalna otherCategory, LocalDate validFrom) {
        if (title == null || title.isBlank()) {
            throw new JrwaRuleViolation(symbol, "Klasa " + symbol + " nie ma hasła (tytułu)");
        }
        String stripped = title.strip().replaceAll("\\s+", " ");
        if (stripped.length() > TITLE_LENGTH) {
            throw new JrwaRuleViolation(symbol, "Hasło klasy " + symbol + " jest dłuższe niż " + TITLE_LENGTH + " znaków");
        }
        if (parent != null && !parent.symbol.isParentOf(symbol)) {
            throw new IllegalArgumentException(parent.symbol + " is not the parent of " + symbol);
        }
        this.jrwa = Objects.requireNonNull(jrwa);
        this.parent = parent;
        this.symbol = Objects.requireNonNull(symbol);
        this.title = stripped;
        this.homeCategory = homeCategory;
        this.otherCategory = otherCategory;
        this.validFrom = Objects.requireNonNull(validFrom);
    }

    void setFinalClass(boolean finalClass) {
        this.finalClass = finalClass;
    }

    void endValidity(LocalDate lastDay) {
        if (lastDay.isBefore(validFrom)) {
            throw new IllegalArgumentException("Klasa " + symbol + " nie może przestać obowiązywać przed " + validFrom);
        }
        if (validTo == null || validTo.isAfter(lastDay)) {
            validTo = lastDay;
        }
    }

    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    public Long getId() {
        return id;
    }

    public Jrwa getJrwa() {
        return jrwa;
    }

    public JrwaClass getParent() {
        return parent;
    }

    public JrwaSymbol getSymbol() {
        return symbol;
    }

    public String getTitle() {
        return title;
    }

    public boolean isFinalClass() {
        return finalClass;
    }

    public KategoriaArchiwalna getHomeCategory() {
        return homeCategory;
    }

    public KategoriaArchiwalna getOtherCategory() {
        return otherCategory;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }
}
