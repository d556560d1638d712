package pl.ezd.classification.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One version of an organisation's JRWA (jednolity rzeczowy wykaz akt): the catalogue of decimal
 * classes in force from {@link #getValidFrom()}.
 *
 * <p>Lifecycle: built class by class, parents before their subclasses ({@link #addClass}); then
 * {@link #markFinalClasses} makes every class without subclasses a final class (klasa końcowa),
 * the only classes that carry archival categories and in which cases are opened. The version is
 * {@link JrwaStatus#CURRENT} until a later version {@linkplain #supersedeWith supersedes} it: then
 * it and its classes stay valid up to the day before the new one starts, so cases opened under it
 * keep their classes. Classes are never deleted.
 */
@Entity
@Table(name = "jrwa")
public class Jrwa {

    static final int LABEL_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "jrwa_seq")
    @SequenceGenerator(name = "jrwa_seq", sequenceName = "jrwa_seq", allocationSize = 50)
    private Long id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private long organizationId;

    @Column(nullable = false, length = LABEL_LENGTH)
    private String label;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private JrwaStatus status;

    @Column(name = "imported_at", nullable = false, updatable = false)
    private Instant importedAt;

    @Column(name = "imported_by", nullable = false, updatable = false, length = 100)
    private String importedBy;

    /** SHA-256 of the imported file, to tell later which file this version came from. */
    @Column(name = "source_sha256", nullable = false, updatable = false, length = 64)
    private String sourceSha256;

    @OneToMany(mappedBy = "jrwa", cascade = CascadeType.PERSIST)
    private List<JrwaClass> classes = new ArrayList<>();

    @Version
    private long version;

    protected Jrwa() {
    }

    public Jrwa(long organizationId, String label, LocalDate validFrom, Instant importedAt, String importedBy,
                String sourceSha256) {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("Podaj nazwę wersji wykazu akt, np. „JRWA 2026”");
        }
        if (label.strip().length() > LABEL_LENGTH) {
            throw new IllegalArgumentException("Nazwa wersji wykazu akt może mieć najwyżej " + LABEL_LENGTH + " znaków");
        }
        this.organizationId = organizationId;
        this.label = label.strip();
        this.validFrom = Objects.requireNonNull(validFrom, "Podaj datę, od której wykaz akt obowiązuje");
        this.status = JrwaStatus.CURRENT;
        this.importedAt = Objects.requireNonNull(importedAt);
        this.importedBy = Objects.requireNonNull(importedBy);
        this.sourceSha256 = Objects.requireNonNull(sourceSha256);
    }

    /**
     * Adds a class under its parent, which must be in the catalogue already.
     *
     * @throws JrwaRuleViolation for a symbol already present or a missing parent
     */
    public JrwaClass addClass(JrwaSymbol symbol, String title, KategoriaArchiwalna homeCategory,
                              KategoriaArchiwalna otherCategory) {
        if (findClass(symbol).isPresent()) {
            throw new JrwaRuleViolation(symbol, "Symbol " + symbol + " występuje w wykazie więcej niż raz");
        }
        JrwaClass parent = null;
        if (symbol.parent().isPresent()) {
            JrwaSymbol parentSymbol = symbol.parent().get();
            parent = findClass(parentSymbol).orElseThrow(() -> new JrwaRuleViolation(symbol,
                    "Klasa " + symbol + " nie ma klasy nadrzędnej: w wykazie brakuje klasy " + parentSymbol));
        }
        var added = new JrwaClass(this, parent, symbol, title, homeCategory, otherCategory, validFrom);
        classes.add(added);
        return added;
    }

    /**
     * Makes every class without subclasses a final class and checks the categories: a final class
     * has at least {@code finalClassDigits} digits and its category in the home unit; a class
     * with subclasses has no category.
     *
     * @throws JrwaRuleViolation for the first class (in catalogue order) that breaks a rule
     */
    public void markFinalClasses(int finalClassDigits) {
        if (classes.isEmpty()) {
            throw new IllegalArgumentException("Wykaz akt nie zawiera żadnej klasy");
        }
        Set<JrwaSymbol> parents = new HashSet<>();
        classes.forEach(c -> c.getSymbol().parent().ifPresent(parents::add));
        for (JrwaClass jrwaClass : getClasses()) {
            JrwaSymbol symbol = jrwaClass.getSymbol();
            boolean leaf = !parents.contains(symbol);
            if (leaf && symbol.depth() < finalClassDigits) {
                throw new JrwaRuleViolation(symbol, "Klasa " + symbol + " nie ma podklas, a klasa końcowa musi mieć symbol "
                        + finalClassDigits + "-cyfrowy: dodaj jej podklasy albo popraw symbol");
            }
            if (leaf && jrwaClass.getHomeCategory() == null) {
                throw new JrwaRuleViolation(symbol, "Klasa końcowa " + symbol
                        + " nie ma kategorii archiwalnej w komórce macierzystej (kategoriaMerytoryczna)");
            }
            if (!leaf && (jrwaClass.getHomeCategory() != null || jrwaClass.getOtherCategory() != null)) {
                throw new JrwaRuleViolation(symbol, "Klasa " + symbol
                        + " ma podklasy, więc nie może mieć kategorii archiwalnej: kategorię mają tylko klasy końcowe");
            }
            jrwaClass.setFinalClass(leaf);
        }
    }

    /**
     * The next version takes over from its first day: this version and its classes end the day
     * before.
     */
    public void supersedeWith(Jrwa next) {
        if (next.organizationId != organizationId) {
            throw new IllegalArgumentException("A JRWA is superseded only by its own organisation's next version");
        }
        if (status == JrwaStatus.SUPERSEDED) {
            throw new IllegalStateException("JRWA " + label + " is already superseded");
        }
        if (!next.validFrom.isAfter(validFrom)) {
            throw new IllegalArgumentException("Nowa wersja wykazu akt musi obowiązywać od daty późniejszej niż obecna („"
                    + label + "” obowiązuje od " + validFrom + ")");
        }
        LocalDate lastDay = next.validFrom.minusDays(1);
        status = JrwaStatus.SUPERSEDED;
        validTo = validTo == null || validTo.isAfter(lastDay) ? lastDay : validTo;
        classes.forEach(c -> c.endValidity(lastDay));
    }

    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    public Optional<JrwaClass> findClass(JrwaSymbol symbol) {
        return classes.stream().filter(c -> c.getSymbol().equals(symbol)).findFirst();
    }

    /** The final class with this symbol if it is valid on the day. */
    public Optional<JrwaClass> finalClass(JrwaSymbol symbol, LocalDate day) {
        return findClass(symbol).filter(JrwaClass::isFinalClass).filter(c -> c.isValidOn(day));
    }

    /** All classes in catalogue order (each class right before its subclasses). */
    public List<JrwaClass> getClasses() {
        return classes.stream().sorted(Comparator.comparing(JrwaClass::getSymbol)).toList();
    }

    public int classCount() {
        return classes.size();
    }

    public long finalClassCount() {
        return classes.stream().filter(JrwaClass::isFinalClass).count();
    }

    public Long getId() {
        return id;
    }

    public long getOrganizationId() {
        return organizationId;
    }

    public String getLabel() {
        return label;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public JrwaStatus getStatus() {
        return status;
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    public String getImportedBy() {
        return importedBy;
    }

    public String getSourceSha256() {
        return sourceSha256;
    }
}
