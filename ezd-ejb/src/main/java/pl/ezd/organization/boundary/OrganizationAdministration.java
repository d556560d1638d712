package pl.ezd.organization.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.Set;
import pl.ezd.audit.boundary.AuditTrail;
import pl.ezd.organization.entity.Employee;
import pl.ezd.organization.entity.Organization;
import pl.ezd.organization.entity.OrganizationKind;
import pl.ezd.organization.entity.OrganizationalUnit;
import pl.ezd.organization.entity.PasswordHash;
import pl.ezd.organization.entity.Position;
import pl.ezd.organization.entity.Role;
import pl.ezd.organization.entity.UserAccount;

/**
 * Setting up organisations, their units and people: the work of a regional administrator.
 * Every change is recorded in the audit trail of the organisation it concerns.
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
        var organization = new Organization(teryt, name, kind, parent);
        em.persist(organization);
        em.flush();
        auditTrail.record(organization.getId(), principal.getName(), "ORGANIZATION_REGISTERED",
                "Organization", organization.getId(), name + " (TERYT " + teryt + ")");
        return organization.getId();
    }

    public long addUnit(long organizationId, String symbol, String name) {
        var unit = new OrganizationalUnit(find(Organization.class, organizationId), symbol, name);
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
                        "select u from OrganizationalUnit u where u.organization.id = :org and u.symbol = :symbol",
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
