package pl.ezd.organization.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A tenant: a body served by the installation, identified by its TERYT TERC code. */
@Entity
@Table(name = "organization")
public class Organization {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organization_seq")
    @SequenceGenerator(name = "organization_seq", sequenceName = "organization_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 7)
    private String teryt;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private OrganizationKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    private Organization parent;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Organization() {
    }

    public Organization(String teryt, String name, OrganizationKind kind, Organization parent) {
        if (teryt == null || !teryt.matches("\\d{2}|\\d{4}|\\d{7}")) {
            throw new FieldRefusal("teryt", "Kod TERYT (TERC) ma 2, 4 albo 7 cyfr (podano: " + teryt + ")");
        }
        this.teryt = teryt;
        this.name = FieldRefusal.required("name", name, 255, "nazwę organizacji");
        this.kind = FieldRefusal.required("kind", kind, "rodzaj organizacji (kind)");
        this.parent = parent;
        this.createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getTeryt() {
        return teryt;
    }

    public String getName() {
        return name;
    }

    public OrganizationKind getKind() {
        return kind;
    }

    public Organization getParent() {
        return parent;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
