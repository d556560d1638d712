package pl.ezd.organization.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** stanowisko: a post in a unit held by an employee; roles attach to posts, not to people. */
@Entity
@Table(name = "employee_position")
public class Position {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "employee_position_seq")
    @SequenceGenerator(name = "employee_position_seq", sequenceName = "employee_position_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private OrganizationalUnit unit;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id")
    private Employee employee;

    @Column(nullable = false)
    private String title;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "position_role", joinColumns = @JoinColumn(name = "position_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 32)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    private long version;

    protected Position() {
    }

    public Position(OrganizationalUnit unit, Employee employee, String title, Set<Role> roles) {
        if (!unit.getOrganization().getId().equals(employee.getOrganization().getId())) {
            throw new IllegalArgumentException("A post must be in a unit of the employee's own organisation");
        }
        this.unit = unit;
        this.employee = employee;
        this.title = Objects.requireNonNull(title);
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public Long getId() {
        return id;
    }

    public OrganizationalUnit getUnit() {
        return unit;
    }

    public Employee getEmployee() {
        return employee;
    }

    public String getTitle() {
        return title;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }
}
