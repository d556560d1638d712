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
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import pl.ezd.organization.control.OrganizationRecords;

/**
 * stanowisko: a post in a unit held by an employee from a day, until it is ended; roles attach to
 * posts, not to people, and only a post in force gives its roles (the login realm reads the same
 * condition).
 */
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

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Version
    private long version;

    protected Position() {
    }

    /** A post held from today, the office's day (Europe/Warsaw), as the login realm counts it. */
    public Position(OrganizationalUnit unit, Employee employee, String title, Set<Role> roles) {
        this(unit, employee, title, roles, LocalDate.now(OrganizationRecords.OFFICE_ZONE));
    }

    public Position(OrganizationalUnit unit, Employee employee, String title, Set<Role> roles, LocalDate validFrom) {
        if (!unit.getOrganization().getId().equals(employee.getOrganization().getId())) {
            throw new FieldRefusal("unitId", "Stanowisko musi być w komórce organizacji pracownika");
        }
        this.validFrom = FieldRefusal.required("validFrom", validFrom, "dzień objęcia stanowiska (validFrom)");
        if (!unit.validOn(validFrom)) {
            throw new FieldRefusal("unitId", "Komórka " + unit.getSymbol() + " nie działa w dniu " + validFrom);
        }
        this.unit = unit;
        this.employee = employee;
        this.title = FieldRefusal.required("title", title, 255, "nazwę stanowiska");
        changeRoles(roles);
    }

    public void changeRoles(Set<Role> newRoles) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new FieldRefusal("roles", "Stanowisko musi mieć co najmniej jedną rolę");
        }
        this.roles = EnumSet.copyOf(newRoles);
    }

    /** Ends the post: the given day is the last one it gives its roles. */
    public void end(LocalDate lastDay) {
        FieldRefusal.required("validTo", lastDay, "ostatni dzień na stanowisku (validTo)");
        if (lastDay.isBefore(validFrom)) {
            throw new FieldRefusal("validTo", "Stanowisko nie może się skończyć (" + lastDay + ") przed objęciem (" + validFrom + ")");
        }
        if (validTo != null && validTo.isBefore(lastDay)) {
            throw new FieldRefusal("validTo", "Stanowisko zakończono już " + validTo);
        }
        this.validTo = lastDay;
    }

    public boolean inForceOn(LocalDate day) {
        return Periods.contains(validFrom, validTo, day);
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

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }
}
