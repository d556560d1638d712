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
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import pl.ezd.organization.control.OrganizationRecords;

/**
 * komórka organizacyjna: a department of an organisation (e.g. {@code OR}), valid from a day and
 * possibly until a day, optionally under a parent unit. Its symbol goes into every znak sprawy
 * ({@code UNIT.JRWA.NUMBER.YEAR}), so no two units valid in the same calendar year may share it
 * ({@link #symbolClashIn}); once a unit has ended, a unit starting in a later year may take it.
 */
@Entity
@Table(name = "organizational_unit")
public class OrganizationalUnit {

    static final String SYMBOL_PATTERN = "[A-Z][A-Z0-9]*(-[A-Z0-9]+)*";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organizational_unit_seq")
    @SequenceGenerator(name = "organizational_unit_seq", sequenceName = "organizational_unit_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id")
    private Organization organization;

    @Column(nullable = false, length = 20)
    private String symbol;

    @Column(nullable = false)
    private String name;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private OrganizationalUnit parent;

    @Version
    private long version;

    protected OrganizationalUnit() {
    }

    /** A unit valid from 1 January of the current year, with no end and no parent. */
    public OrganizationalUnit(Organization organization, String symbol, String name) {
        this(organization, symbol, name, LocalDate.now(OrganizationRecords.OFFICE_ZONE).withDayOfYear(1), null, null);
    }

    public OrganizationalUnit(Organization organization, String symbol, String name, LocalDate validFrom,
                              LocalDate validTo, OrganizationalUnit parent) {
        String trimmed = symbol == null ? null : symbol.strip();
        if (trimmed == null || trimmed.length() > 20 || !trimmed.matches(SYMBOL_PATTERN)) {
            throw new FieldRefusal("symbol", "Symbol komórki to wielkie litery i cyfry, najwyżej 20 znaków, "
                    + "człony oddzielone myślnikiem, np. OR albo ABC-II (podano: " + symbol + ")");
        }
        this.organization = Objects.requireNonNull(organization);
        this.symbol = trimmed;
        this.name = FieldRefusal.required("name", name, 255, "nazwę komórki");
        this.validFrom = FieldRefusal.required("validFrom", validFrom, "datę utworzenia komórki (validFrom)");
        checkEnd(validTo);
        this.validTo = validTo;
        moveUnder(parent);
    }

    /** The unit among {@code others} valid in a year this unit is valid in and having its symbol, if any. */
    public Optional<OrganizationalUnit> symbolClashIn(Collection<OrganizationalUnit> others) {
        return others.stream()
                .filter(other -> other != this && (id == null || !id.equals(other.id)))
                .filter(other -> other.symbol.equals(symbol))
                .filter(other -> Periods.shareAYear(validFrom, validTo, other.validFrom, other.validTo))
                .findFirst();
    }

    /** Ends the unit on the given day (its last day); it keeps its history and posts held until then. */
    public void end(LocalDate lastDay) {
        FieldRefusal.required("validTo", lastDay, "ostatni dzień działania komórki (validTo)");
        checkEnd(lastDay);
        this.validTo = lastDay;
    }

    public void rename(String newName) {
        this.name = FieldRefusal.required("name", newName, 255, "nazwę komórki");
    }

    /** Places the unit under another unit of the same organisation ({@code null}: at the top), never under itself. */
    public void moveUnder(OrganizationalUnit newParent) {
        if (newParent != null) {
            if (!newParent.organization.getId().equals(organization.getId())) {
                throw new FieldRefusal("parentId", "Komórka nadrzędna musi należeć do tej samej organizacji");
            }
            for (OrganizationalUnit up = newParent; up != null; up = up.parent) {
                if (up == this || (id != null && id.equals(up.id))) {
                    throw new FieldRefusal("parentId", "Komórka nie może podlegać sobie ani komórce sobie podległej");
                }
            }
            if (newParent.validFrom.isAfter(validFrom)) {
                throw new FieldRefusal("parentId", "Komórka nadrzędna " + newParent.symbol + " powstaje dopiero "
                        + newParent.validFrom);
            }
            if (newParent.validTo != null && newParent.validTo.isBefore(LocalDate.now(OrganizationRecords.OFFICE_ZONE))) {
                throw new FieldRefusal("parentId", "Komórka nadrzędna " + newParent.symbol + " zakończyła działanie "
                        + newParent.validTo);
            }
        }
        this.parent = newParent;
    }

    public boolean validOn(LocalDate day) {
        return Periods.contains(validFrom, validTo, day);
    }

    private void checkEnd(LocalDate lastDay) {
        if (lastDay != null && lastDay.isBefore(validFrom)) {
            throw new FieldRefusal("validTo", "Komórka nie może zakończyć działania (" + lastDay + ") przed utworzeniem ("
                    + validFrom + ")");
        }
    }

    public Long getId() {
        return id;
    }

    public Organization getOrganization() {
        return organization;
    }

    public String getSymbol() {
        return symbol;
    }

    public String getName() {
        return name;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public OrganizationalUnit getParent() {
        return parent;
    }
}
