package pl.ezd.organization.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import pl.ezd.audit.boundary.AuditTrail;
import pl.ezd.organization.boundary.AdminViews.EmployeeView;
import pl.ezd.organization.boundary.AdminViews.PostView;
import pl.ezd.organization.boundary.AdminViews.UnitView;
import pl.ezd.organization.control.OrganizationRecords;
import pl.ezd.organization.entity.Employee;
import pl.ezd.organization.entity.FieldRefusal;
import pl.ezd.organization.entity.OrganizationalUnit;
import pl.ezd.organization.entity.PasswordHash;
import pl.ezd.organization.entity.PasswordPolicy;
import pl.ezd.organization.entity.Position;
import pl.ezd.organization.entity.Role;
import pl.ezd.organization.entity.UserAccount;

/**
 * The organisation administrator's work on their own organisation: units (komórki) with symbols
 * unique per year and a parent, posts (stanowiska) with roles, employees with their logins,
 * password resets. Everything is scoped to the caller's organisation (another organisation's id is
 * "not found") and every change is written to the audit trail in the same transaction.
 */
@Stateless
@RolesAllowed(Role.ORG_ADMIN_NAME)
public class StaffAdministration {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AuditTrail auditTrail;

    /** A new unit; {@code validFrom} defaults to today. */
    public record NewUnit(String symbol, String name, Long parentId, LocalDate validFrom, LocalDate validTo) {
    }

    /** A post to grant; {@code validFrom} defaults to today. */
    public record NewPost(Long employeeId, Long unitId, String title, Set<Role> roles, LocalDate validFrom) {
    }

    /** A new employee with their login, first password and optionally their first post (employeeId ignored). */
    public record NewEmployee(String firstName, String lastName, String email, String username, char[] password,
                              NewPost post) {
    }

    private OrganizationRecords records() {
        return new OrganizationRecords(em, caller.organizationId());
    }

    private void audit(String action, String type, Object id, String detail) {
        auditTrail.record(caller.organizationId(), caller.username(), action, type, id, detail);
    }

    // --- units -------------------------------------------------------------------------------

    public List<UnitView> units() {
        return records().units().stream().map(UnitView::of).toList();
    }

    public UnitView unit(long id) {
        return UnitView.of(records().unit(id, "id"));
    }

    public UnitView addUnit(NewUnit unit) {
        FieldRefusal.required("body", unit, "dane komórki");
        var records = records();
        var organization = records.lockOrganization();
        OrganizationalUnit parent = unit.parentId() == null ? null : records.unit(unit.parentId(), "parentId");
        var created = new OrganizationalUnit(organization, unit.symbol(), unit.name(),
                unit.validFrom() == null ? OrganizationRecords.today() : unit.validFrom(), unit.validTo(), parent);
        records.requireFreeSymbol(created);
        em.persist(created);
        em.flush();
        audit("UNIT_ADDED", "OrganizationalUnit", created.getId(), created.getSymbol() + " " + created.getName()
                + ", od " + created.getValidFrom() + (created.getValidTo() == null ? "" : " do " + created.getValidTo())
                + (parent == null ? "" : ", podlega " + parent.getSymbol()));
        return UnitView.of(created);
    }

    /** Renames a unit and/or places it under another parent ({@code null} parent: at the top). */
    public UnitView changeUnit(long id, String name, Long parentId) {
        var records = records();
        OrganizationalUnit unit = records.unit(id, "id");
        OrganizationalUnit parent = parentId == null ? null : records.unit(parentId, "parentId");
        String before = unit.getName() + (unit.getParent() == null ? "" : ", podlega " + unit.getParent().getSymbol());
        if (name != null) {
            unit.rename(name);
        }
        unit.moveUnder(parent);
        audit("UNIT_CHANGED", "OrganizationalUnit", id, unit.getSymbol() + ": było " + before + "; jest " + unit.getName()
                + (parent == null ? "" : ", podlega " + parent.getSymbol()));
        return UnitView.of(unit);
    }

    /**
     * Ends a unit on its last day. Refused while a post in it or a subordinate unit is still in force
     * after that day: end or move them first.
     */
    public UnitView endUnit(long id, LocalDate lastDay) {
        var records = records();
        OrganizationalUnit unit = records.unit(id, "id");
        FieldRefusal.required("validTo", lastDay, "ostatni dzień działania komórki (validTo)");
        long postsAfter = em.createQuery("select count(p) from Position p where p.unit = :unit "
                        + "and (p.validTo is null or p.validTo > :day)", Long.class)
                .setParameter("unit", unit).setParameter("day", lastDay).getSingleResult();
        if (postsAfter > 0) {
            throw new AdministrationConflictException("W komórce " + unit.getSymbol() + " są stanowiska trwające po " + lastDay
                    + " (" + postsAfter + "); najpierw je zakończ");
        }
        long childrenAfter = em.createQuery("select count(u) from OrganizationalUnit u where u.parent = :unit "
                        + "and (u.validTo is null or u.validTo > :day)", Long.class)
                .setParameter("unit", unit).setParameter("day", lastDay).getSingleResult();
        if (childrenAfter > 0) {
            throw new AdministrationConflictException("Komórce " + unit.getSymbol() + " podlegają komórki działające po "
                    + lastDay + "; najpierw je zakończ lub przenieś");
        }
        unit.end(lastDay);
        audit("UNIT_ENDED", "OrganizationalUnit", id, unit.getSymbol() + " " + unit.getName() + " działa do " + lastDay);
        return UnitView.of(unit);
    }

    // --- posts -------------------------------------------------------------------------------

    public List<PostView> posts() {
        return records().posts().stream().map(PostView::of).toList();
    }

    public PostView post(long id) {
        return PostView.of(records().post(id));
    }

    /** Grants a post in a unit (one person may hold posts in several units). */
    public PostView grantPost(NewPost post) {
        FieldRefusal.required("body", post, "dane stanowiska");
        var records = records();
        Employee employee = records.employee(post.employeeId(), "employeeId");
        Position created = newPost(records, employee, post);
        return PostView.of(created);
    }

    private Position newPost(OrganizationRecords records, Employee employee, NewPost post) {
        OrganizationalUnit unit = records.unit(post.unitId(), "unitId");
        checkGrantable(post.roles());
        var created = new Position(unit, employee, post.title(), post.roles(),
                post.validFrom() == null ? OrganizationRecords.today() : post.validFrom());
        em.persist(created);
        em.flush();
        audit("POST_GRANTED", "Position", created.getId(), employee.getFullName() + ": " + created.getTitle() + " w "
                + unit.getSymbol() + ", role " + created.getRoles() + ", od " + created.getValidFrom());
        return created;
    }

    public PostView changeRoles(long id, Set<Role> roles) {
        Position post = records().post(id);
        checkGrantable(roles);
        Set<Role> before = Set.copyOf(post.getRoles());
        post.changeRoles(roles);
        audit("POST_ROLES_CHANGED", "Position", id, post.getEmployee().getFullName() + ", " + post.getTitle() + " w "
                + post.getUnit().getSymbol() + ": role " + before + " → " + post.getRoles());
        return PostView.of(post);
    }

    /** Ends a post: {@code lastDay} is the last day it gives its roles. */
    public PostView endPost(long id, LocalDate lastDay) {
        Position post = records().post(id);
        post.end(lastDay);
        audit("POST_ENDED", "Position", id, post.getEmployee().getFullName() + ", " + post.getTitle() + " w "
                + post.getUnit().getSymbol() + " do " + lastDay);
        return PostView.of(post);
    }

    private static void checkGrantable(Set<Role> roles) {
        if (roles != null && roles.contains(Role.REGION_ADMIN)) {
            throw new FieldRefusal("roles", "Roli REGION_ADMIN nie nadaje administrator organizacji");
        }
    }

    // --- employees ---------------------------------------------------------------------------

    public List<EmployeeView> employees() {
        var records = records();
        return records.employees().stream().map(e -> view(records, e)).toList();
    }

    public EmployeeView employee(long id) {
        var records = records();
        return view(records, records.employee(id, "id"));
    }

    private static EmployeeView view(OrganizationRecords records, Employee employee) {
        var account = records.account(employee);
        return EmployeeView.of(employee, account.map(UserAccount::getUsername).orElse(null),
                account.map(UserAccount::isActive).orElse(false),
                records.postsOf(employee).stream().map(PostView::of).toList());
    }

    /** Adds an employee with a login, a first password (the password policy applies) and optionally a first post. */
    public EmployeeView addEmployee(NewEmployee person) {
        FieldRefusal.required("body", person, "dane pracownika");
        var records = records();
        var organization = records.lockOrganization();
        String firstName = FieldRefusal.required("firstName", person.firstName(), 100, "imię");
        String lastName = FieldRefusal.required("lastName", person.lastName(), 100, "nazwisko");
        String email = person.email() == null || person.email().isBlank() ? null : person.email().strip();
        if (email != null && (email.length() > 255 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            throw new FieldRefusal("email", "Niepoprawny adres e-mail: " + email);
        }
        String username = FieldRefusal.required("username", person.username(), 100, "login");
        PasswordPolicy.check("password", person.password(), username);
        var employee = new Employee(organization, firstName, lastName, email);
        var account = new UserAccount(employee, username, PasswordHash.of(person.password()));
        records.requireFreeUsername(username);
        em.persist(employee);
        em.persist(account);
        em.flush();
        audit("EMPLOYEE_ADDED", "Employee", employee.getId(), employee.getFullName() + " (" + username + ")");
        if (person.post() != null) {
            newPost(records, employee, person.post());
        }
        return view(records, employee);
    }

    /** The employee can no longer log in; their posts, history and records stay. */
    public EmployeeView deactivate(long id) {
        var records = records();
        Employee employee = records.employee(id, "id");
        UserAccount account = accountOf(records, employee);
        if (account.getUsername().equals(caller.username())) {
            throw new AdministrationConflictException("Nie możesz zablokować własnego konta");
        }
        account.deactivate();
        audit("EMPLOYEE_DEACTIVATED", "Employee", id, employee.getFullName() + " (" + account.getUsername() + ") nie może się logować");
        return view(records, employee);
    }

    public EmployeeView activate(long id) {
        var records = records();
        Employee employee = records.employee(id, "id");
        UserAccount account = accountOf(records, employee);
        account.activate();
        audit("EMPLOYEE_ACTIVATED", "Employee", id, employee.getFullName() + " (" + account.getUsername() + ") może się logować");
        return view(records, employee);
    }

    /** Sets a new password chosen by the administrator (the password policy applies); the old one stops working. */
    public void resetPassword(long id, char[] newPassword) {
        var records = records();
        Employee employee = records.employee(id, "id");
        UserAccount account = accountOf(records, employee);
        PasswordPolicy.check("newPassword", newPassword, account.getUsername());
        account.changePassword(PasswordHash.of(newPassword));
        audit("PASSWORD_RESET", "Employee", id, "hasło użytkownika " + account.getUsername() + " ustawione przez administratora");
    }

    private static UserAccount accountOf(OrganizationRecords records, Employee employee) {
        return records.account(employee).orElseThrow(() ->
                new AdministrationConflictException(employee.getFullName() + " nie ma konta użytkownika"));
    }
}
