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
import java.util.Objects;

/** komórka organizacyjna: a department of an organisation with a symbol unique in it (e.g. {@code OR}). */
@Entity
@Table(name = "organizational_unit")
public class OrganizationalUnit {

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

    @Version
    private long version;

    protected OrganizationalUnit() {
    }

    public OrganizationalUnit(Organization organization, String symbol, String name) {
        if (symbol == null || !symbol.matches("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*")) {
            throw new IllegalArgumentException("Unit symbol must be upper-case letters and digits, e.g. OR or ABC-II: " + symbol);
        }
        this.organization = Objects.requireNonNull(organization);
        this.symbol = symbol;
        this.name = Objects.requireNonNull(name);
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
}
