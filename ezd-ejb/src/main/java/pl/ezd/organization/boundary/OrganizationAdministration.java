package pl.ezd.organization.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.List;
import java.util.Set;
import pl.ezd.audit.boundary.AuditTrail;
import pl.ezd.organization.control.OrganizationRecords;
import pl.ezd.organization.control.TercRegister;
import pl.ezd.organization.entity.Employee;
import pl.ezd.organization.entity.FieldRefusal;
import pl.ezd.organization.entity.PasswordPolicy;
import pl.ezd.organization.entity.Organization;
import pl.ezd.organization.entity.OrganizationKind;
import pl.ezd.organization.entity.OrganizationalUnit;
import pl.ezd.organization.entity.PasswordHash;
import pl.ezd.organization.entity.Position;
import pl.ezd.organization.entity.Role;
import pl.ezd.organization.entity.UserAccount;

/**
 * Setting up organisations, their units and people: the work of a regional administrator, who
 * creates organisations with their first administrator and lists them, but never reads their
 * records (every records boundary leaves {@code REGION_ADMIN} out of its roles). Every change is
 * recorded in the audit trail of the organisation it concerns.
 */
@Stateless
@RolesAllowed(Role.REGION_ADMIN_NAME)
public class OrganizationAdministration {

    @PersistenceContext
    EntityManager em;

    @Inject
    Principal principal;

    @Inject
    AuditTrail auditTrail;

    public long registerOrganization(String teryt, String name, OrganizationKind kind, Long parentId) {
        Organization parent = parentId == null ? null : find(Organization.class, parentId);
        TercRegister.check(teryt, kind);
        var organization = new Organization(teryt, name, kind, parent);
        em.persist(organization);
        em.flush();
        auditTrail.record(organization.getId(), principal.getName(), "ORGANIZATION_REGISTERED",
                "Organization", organization.getId(), name + " (TERYT " + teryt + ")");
        return organization.getId();
    }

    public long addUnit(long organizationId, String symbol, String name) {
        var records = new OrganizationRecords(em, organizationId);
        var unit = new OrganizationalUnit(records.lockOrganization(), symbol, name);
        records.requireFreeSymbol(unit);
        em.persist(unit);
        em.flush();
        auditTrail.record(organizationId, principal.getName(), "UNIT_ADDED", "OrganizationalUnit", unit.getId(),
                symbol + " " + name);
        return unit.getId();
    }

    /** Adds an employee with a login and one post in the given unit. */
    public long addEmployee(long organizationId, NewEmployee person) {
        return addEmployeeTo(find(Organization.class, organizationId), person, principal.getName());
    }

    private long addEmployeeTo(Organization organization, NewEmployee person, String actor) {
        long organizationId = organization.getId();
        OrganizationalUnit unit = em.createQuery(
                        "select u from OrganizationalUnit u where u.organization.id = :org and u.symbol = :symbol order by u.validFrom desc",
                        OrganizationalUnit.class)
                .setParameter("org", organizationId)
                .setParameter("symbol", person.unitSymbol())
                .getResultStream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No unit " + person.unitSymbol() + " in this organisation"));
        var employee = new Employee(organization, person.firstName(), person.lastName(), person.email());
        em.persist(employee);
        em.persist(new UserAccount(employee, person.username(), PasswordHash.of(person.password())));
        em.persist(new Position(unit, employee, person.positionTitle(), person.roles()));
        em.flush();
        auditTrail.record(organizationId, actor, "EMPLOYEE_ADDED", "Employee", employee.getId(),
                employee.getFullName() + " (" + person.username() + "), " + person.positionTitle() + " w " + unit.getSymbol()
                        + ", role " + person.roles());
        return employee.getId();
    }

    /**
     * First start of an installation: registers the regional operator's organisation and its first
     * regional administrator. Refused once any organisation exists, so it cannot be used to take
     * over a running installation.
     */
    @PermitAll
    public long bootstrapRegion(String teryt, String name, String unitSymbol, String unitName, NewEmployee administrator) {
        if (anyOrganizationExists()) {
            throw new IllegalStateException("The installation is already set up");
        }
        if (!administrator.roles().contains(Role.REGION_ADMIN)) {
            throw new IllegalArgumentException("The first user must be a regional administrator");
        }
        var region = new Organization(teryt, name, OrganizationKind.WOJEWODZTWO, null);
        em.persist(region);
        em.persist(new OrganizationalUnit(region, unitSymbol, unitName));
        em.flush();
        auditTrail.record(region.getId(), "system", "INSTALLATION_BOOTSTRAPPED", "Organization", region.getId(),
                name + "; pierwszy administrator regionu: " + administrator.username());
        addEmployeeTo(region, administrator, "system");
        return region.getId();
    }

    /** Every organisation of the installation, by TERYT and name: what a regional administrator manages. */
    public List<AdminViews.OrganizationView> organizations() {
        return em.createQuery("select o from Organization o left join fetch o.parent order by o.teryt, o.name", Organization.class)
                .getResultStream().map(AdminViews.OrganizationView::of).toList();
    }

    /** The region's TERC register, to pick an organisation's TERYT code from. */
    public List<AdminViews.TercEntry> tercRegister() {
        return TercRegister.all().stream().map(e -> new AdminViews.TercEntry(e.terc(), e.name(), e.kind())).toList();
    }

    public AdminViews.OrganizationView organization(long id) {
        return AdminViews.OrganizationView.of(existing(id));
    }

    private Organization existing(long id) {
        Organization organization = em.find(Organization.class, id);
        if (organization == null) {
            throw NotInOrganizationException.of("organization.notFound.organization", id);
        }
        return organization;
    }

    /**
     * A new organisation of the region with its first unit and its first administrator (ORG_ADMIN),
     * who then sets up the rest. The TERYT code must be in the region's TERC register and fit the
     * kind; a jednostka podległa has a parent organisation and carries its parent's TERYT code,
     * a JST has no parent.
     */
    public AdminViews.OrganizationView createOrganization(NewOrganization request) {
        FieldRefusal.required("body", request, "dane organizacji");
        FieldRefusal.required("kind", request.kind(), "rodzaj organizacji (kind)");
        String name = FieldRefusal.required("name", request.name(), 255, "nazwę organizacji");
        TercRegister.check(request.teryt(), request.kind());
        Organization parent = null;
        if (request.kind() == OrganizationKind.JEDNOSTKA_PODLEGLA) {
            FieldRefusal.required("parentId", request.parentId(), "organizację nadrzędną jednostki podległej (parentId)");
            parent = em.find(Organization.class, request.parentId());
            if (parent == null) {
                throw new FieldRefusal("parentId", "Nie ma organizacji " + request.parentId());
            }
            if (!parent.getTeryt().equals(request.teryt())) {
                throw new FieldRefusal("teryt", "Jednostka podległa ma kod TERYT swojej organizacji nadrzędnej ("
                        + parent.getTeryt() + ")");
            }
        } else if (request.parentId() != null) {
            throw new FieldRefusal("parentId", "Organizację nadrzędną ma tylko jednostka podległa (kind JEDNOSTKA_PODLEGLA)");
        }
        Admin admin = FieldRefusal.required("admin", request.admin(), "pierwszego administratora organizacji (admin)");
        String username = FieldRefusal.required("admin.username", admin.username(), 100, "login administratora");
        PasswordPolicy.check("admin.password", admin.password(), username);
        if (!em.createQuery("select o.id from Organization o where o.teryt = :teryt and o.name = :name", Long.class)
                .setParameter("teryt", request.teryt()).setParameter("name", name).getResultList().isEmpty()) {
            throw new AdministrationConflictException("Organizacja " + name + " (TERYT " + request.teryt() + ") już istnieje");
        }
        var organization = new Organization(request.teryt(), name, request.kind(), parent);
        var unit = new OrganizationalUnit(organization, request.unitSymbol(), request.unitName(),
                OrganizationRecords.today().withDayOfYear(1), null, null);
        var employee = new Employee(organization,
                FieldRefusal.required("admin.firstName", admin.firstName(), 100, "imię administratora"),
                FieldRefusal.required("admin.lastName", admin.lastName(), 100, "nazwisko administratora"),
                admin.email() == null || admin.email().isBlank() ? null : admin.email().strip());
        var account = new UserAccount(employee, username, PasswordHash.of(admin.password()));
        String title = admin.positionTitle() == null || admin.positionTitle().isBlank()
                ? "Administrator EZD" : admin.positionTitle().strip();
        em.createQuery("select ua.id from UserAccount ua where ua.username = :username", Long.class)
                .setParameter("username", username).getResultStream().findFirst().ifPresent(taken -> {
                    throw new AdministrationConflictException("Login " + username + " jest już zajęty");
                });
        em.persist(organization);
        em.persist(unit);
        em.flush();
        var post = new Position(unit, employee, title, Set.of(Role.ORG_ADMIN), OrganizationRecords.today());
        em.persist(employee);
        em.persist(account);
        em.persist(post);
        em.flush();
        String actor = principal.getName();
        auditTrail.record(organization.getId(), actor, "ORGANIZATION_REGISTERED", "Organization", organization.getId(),
                name + " (" + request.kind() + ", TERYT " + request.teryt() + ")"
                        + (parent == null ? "" : ", podlega: " + parent.getName()));
        auditTrail.record(organization.getId(), actor, "UNIT_ADDED", "OrganizationalUnit", unit.getId(),
                unit.getSymbol() + " " + unit.getName() + ", od " + unit.getValidFrom());
        auditTrail.record(organization.getId(), actor, "EMPLOYEE_ADDED", "Employee", employee.getId(),
                employee.getFullName() + " (" + username + "), " + title + " w " + unit.getSymbol() + ", role [ORG_ADMIN]");
        return AdminViews.OrganizationView.of(organization);
    }

    /** An organisation to create, with its first unit and first administrator. */
    public record NewOrganization(OrganizationKind kind, String name, String teryt, Long parentId, String unitSymbol,
                                  String unitName, Admin admin) {
    }

    /** The first administrator of a new organisation and the password of their first login. */
    public record Admin(String firstName, String lastName, String email, String username, char[] password,
                        String positionTitle) {
    }

    @PermitAll
    public boolean anyOrganizationExists() {
        return !em.createQuery("select o.id from Organization o", Long.class).setMaxResults(1).getResultList().isEmpty();
    }

    private <T> T find(Class<T> type, long id) {
        T found = em.find(type, id);
        if (found == null) {
            throw new IllegalArgumentException(type.getSimpleName() + " " + id + " does not exist");
        }
        return found;
    }

    /** An employee to add, with the password of their first login. */
    public record NewEmployee(String firstName, String lastName, String email, String username, char[] password,
                              String unitSymbol, String positionTitle, Set<Role> roles) {
    }
}
