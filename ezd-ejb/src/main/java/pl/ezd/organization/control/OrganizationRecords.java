package pl.ezd.organization.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import pl.ezd.organization.boundary.AdministrationConflictException;
import pl.ezd.organization.boundary.NotInOrganizationException;
import pl.ezd.organization.entity.Employee;
import pl.ezd.organization.entity.Organization;
import pl.ezd.organization.entity.OrganizationalUnit;
import pl.ezd.organization.entity.Position;
import pl.ezd.organization.entity.Substitution;
import pl.ezd.organization.entity.UserAccount;

/**
 * Reads of one organisation's structure and people, always by organisation and id together: an id
 * of another organisation is "not found", exactly like an id that does not exist.
 */
public final class OrganizationRecords {

    public static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Warsaw");

    private final EntityManager em;
    private final long organizationId;

    public OrganizationRecords(EntityManager em, long organizationId) {
        this.em = em;
        this.organizationId = organizationId;
    }

    public static LocalDate today() {
        return LocalDate.now(OFFICE_ZONE);
    }

    /**
     * Locks the organisation's row until the transaction ends: checks over all its units or
     * substitutions (a symbol free in a year, no overlapping stand-ins) then see no concurrent change.
     */
    public Organization lockOrganization() {
        return em.find(Organization.class, organizationId, LockModeType.PESSIMISTIC_WRITE);
    }

    public OrganizationalUnit unit(Long id, String field) {
        if (id == null) {
            throw new pl.ezd.organization.entity.FieldRefusal(field, "Podaj komórkę (" + field + ")");
        }
        return em.createQuery("select u from OrganizationalUnit u where u.id = :id and u.organization.id = :org",
                        OrganizationalUnit.class)
                .setParameter("id", id).setParameter("org", organizationId)
                .getResultStream().findFirst()
                .orElseThrow(() -> NotInOrganizationException.of("organization.notFound.unit", id));
    }

    public List<OrganizationalUnit> unitsWithSymbol(String symbol) {
        return em.createQuery("select u from OrganizationalUnit u where u.organization.id = :org and u.symbol = :symbol",
                        OrganizationalUnit.class)
                .setParameter("org", organizationId).setParameter("symbol", symbol)
                .getResultList();
    }

    public List<OrganizationalUnit> units() {
        return em.createQuery("select u from OrganizationalUnit u left join fetch u.parent where u.organization.id = :org "
                        + "order by u.symbol, u.validFrom", OrganizationalUnit.class)
                .setParameter("org", organizationId)
                .getResultList();
    }

    public Employee employee(Long id, String field) {
        if (id == null) {
            throw new pl.ezd.organization.entity.FieldRefusal(field, "Podaj pracownika (" + field + ")");
        }
        return em.createQuery("select e from Employee e where e.id = :id and e.organization.id = :org", Employee.class)
                .setParameter("id", id).setParameter("org", organizationId)
                .getResultStream().findFirst()
                .orElseThrow(() -> NotInOrganizationException.of("organization.notFound.employee", id));
    }

    public List<Employee> employees() {
        return em.createQuery("select e from Employee e where e.organization.id = :org order by e.lastName, e.firstName, e.id",
                        Employee.class)
                .setParameter("org", organizationId)
                .getResultList();
    }

    public Optional<UserAccount> account(Employee employee) {
        return em.createQuery("select ua from UserAccount ua where ua.employee = :employee", UserAccount.class)
                .setParameter("employee", employee)
                .getResultStream().findFirst();
    }

    public Position post(long id) {
        return em.createQuery("select p from Position p where p.id = :id and p.employee.organization.id = :org", Position.class)
                .setParameter("id", id).setParameter("org", organizationId)
                .getResultStream().findFirst()
                .orElseThrow(() -> NotInOrganizationException.of("organization.notFound.post", id));
    }

    public List<Position> posts() {
        // no alias on fetch joins: WildFly runs Hibernate with JPA query compliance
        return em.createQuery("select p from Position p join fetch p.employee join fetch p.unit "
                        + "where p.employee.organization.id = :org order by p.unit.symbol, p.employee.lastName, p.id", Position.class)
                .setParameter("org", organizationId)
                .getResultList();
    }

    public List<Position> postsOf(Employee employee) {
        return em.createQuery("select p from Position p join fetch p.unit where p.employee = :employee order by p.validFrom, p.id",
                        Position.class)
                .setParameter("employee", employee)
                .getResultList();
    }

    public Substitution substitution(long id) {
        return em.createQuery("select s from Substitution s where s.id = :id and s.organizationId = :org", Substitution.class)
                .setParameter("id", id).setParameter("org", organizationId)
                .getResultStream().findFirst()
                .orElseThrow(() -> NotInOrganizationException.of("organization.notFound.substitution", id));
    }

    /** The organisation's substitutions (cancelled ones too) that reach {@code from} or later, by start. */
    public List<Substitution> substitutions(LocalDate from) {
        return em.createQuery("select s from Substitution s join fetch s.absent join fetch s.substitute "
                        + "where s.organizationId = :org and s.validTo >= :from order by s.validFrom, s.id", Substitution.class)
                .setParameter("org", organizationId).setParameter("from", from)
                .getResultList();
    }

    /** Substitutions not cancelled touching any of the employees. */
    public List<Substitution> activeSubstitutionsInvolving(Employee a, Employee b) {
        return em.createQuery("select s from Substitution s join fetch s.absent join fetch s.substitute "
                        + "where s.organizationId = :org and s.cancelled = false "
                        + "and (s.absent in (:a, :b) or s.substitute in (:a, :b))", Substitution.class)
                .setParameter("org", organizationId).setParameter("a", a).setParameter("b", b)
                .getResultList();
    }

    public void requireFreeUsername(String username) {
        if (!em.createQuery("select ua.id from UserAccount ua where ua.username = :username", Long.class)
                .setParameter("username", username).getResultList().isEmpty()) {
            throw new AdministrationConflictException("Login " + username + " jest już zajęty");
        }
    }

    /** Refuses a unit whose symbol another unit of a common year already has. */
    public void requireFreeSymbol(OrganizationalUnit unit) {
        unit.symbolClashIn(unitsWithSymbol(unit.getSymbol())).ifPresent(other -> {
            throw new AdministrationConflictException("Symbol " + unit.getSymbol() + " ma już komórka „" + other.getName()
                    + "” działająca od " + other.getValidFrom()
                    + (other.getValidTo() == null ? "" : " do " + other.getValidTo())
                    + "; w jednym roku symbol komórki musi być jednoznaczny");
        });
    }
}
