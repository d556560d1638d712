package pl.ezd.organization.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import pl.ezd.organization.entity.Employee;
import pl.ezd.organization.entity.Organization;
import pl.ezd.organization.entity.OrganizationKind;
import pl.ezd.organization.entity.OrganizationalUnit;
import pl.ezd.organization.entity.Position;
import pl.ezd.organization.entity.Role;
import pl.ezd.organization.entity.Substitution;

/** What the administration boundaries return: plain values, never entities. */
public final class AdminViews {

    private AdminViews() {
    }

    /** An organisation of the installation as a regional administrator sees it (no records). */
    public record OrganizationView(long id, String teryt, String name, OrganizationKind kind, Long parentId,
                                   String parentName, Instant createdAt) {
        static OrganizationView of(Organization o) {
            Organization parent = o.getParent();
            return new OrganizationView(o.getId(), o.getTeryt(), o.getName(), o.getKind(),
                    parent == null ? null : parent.getId(), parent == null ? null : parent.getName(), o.getCreatedAt());
        }
    }

    /** A komórka with its validity and parent. */
    public record UnitView(long id, String symbol, String name, LocalDate validFrom, LocalDate validTo, Long parentId,
                           String parentSymbol) {
        static UnitView of(OrganizationalUnit u) {
            OrganizationalUnit parent = u.getParent();
            return new UnitView(u.getId(), u.getSymbol(), u.getName(), u.getValidFrom(), u.getValidTo(),
                    parent == null ? null : parent.getId(), parent == null ? null : parent.getSymbol());
        }
    }

    /** A stanowisko: who holds it, in which unit, with which roles, from and to which day. */
    public record PostView(long id, long employeeId, String employeeName, long unitId, String unitSymbol, String title,
                           Set<Role> roles, LocalDate validFrom, LocalDate validTo) {
        static PostView of(Position p) {
            return new PostView(p.getId(), p.getEmployee().getId(), p.getEmployee().getFullName(), p.getUnit().getId(),
                    p.getUnit().getSymbol(), p.getTitle(), Set.copyOf(p.getRoles()), p.getValidFrom(), p.getValidTo());
        }
    }

    /** An employee with their login (never a password) and posts. */
    public record EmployeeView(long id, String firstName, String lastName, String email, String username, boolean active,
                               List<PostView> posts) {
        static EmployeeView of(Employee e, String username, boolean active, List<PostView> posts) {
            return new EmployeeView(e.getId(), e.getFirstName(), e.getLastName(), e.getEmail(), username, active, posts);
        }
    }

    /** A zastępstwo. */
    public record SubstitutionView(long id, long absentEmployeeId, String absentName, String absentUsername,
                                   long substituteEmployeeId, String substituteName, String substituteUsername,
                                   LocalDate validFrom, LocalDate validTo, String reason, boolean cancelled) {
        static SubstitutionView of(Substitution s, String absentUsername, String substituteUsername) {
            return new SubstitutionView(s.getId(), s.getAbsent().getId(), s.getAbsent().getFullName(), absentUsername,
                    s.getSubstitute().getId(), s.getSubstitute().getFullName(), substituteUsername, s.getValidFrom(),
                    s.getValidTo(), s.getReason(), s.isCancelled());
        }
    }

    /** A row of the region's TERYT TERC register: code, name, and its kind as GUS words it (e.g. "gmina miejska"). */
    public record TercEntry(String terc, String name, String kind) {
    }
}
