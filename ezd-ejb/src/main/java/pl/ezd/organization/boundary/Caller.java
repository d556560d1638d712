package pl.ezd.organization.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import pl.ezd.organization.control.OrganizationRecords;
import pl.ezd.organization.entity.Role;

/**
 * The authenticated caller of the current request, resolved from the security principal to the
 * EZD's own user, employee and organisation. Resolved once per principal and request (a request
 * may act for several identities, e.g. demo seeding running as different users).
 */
@RequestScoped
public class Caller {

    @Inject
    Principal principal;

    @PersistenceContext
    EntityManager em;

    /** Only posts in force today give roles (the login realm of wildfly-config reads the same condition). */
    static final String IN_FORCE = " and p.validFrom <= :today and (p.validTo is null or p.validTo >= :today)";

    private final Map<String, CallerIdentity> resolved = new HashMap<>();

    public CallerIdentity identity() {
        String username = principal == null ? null : principal.getName();
        if (username == null || username.isBlank() || "anonymous".equals(username)) {
            throw new UnknownCallerException("No user is logged in");
        }
        return resolved.computeIfAbsent(username, this::load);
    }

    public long organizationId() {
        return identity().organizationId();
    }

    public String username() {
        return identity().username();
    }

    /**
     * Another user of the caller's own organisation as the workflow sees them (roles, posts, groups),
     * e.g. the colleague a substitute stands in for; empty for an unknown, inactive or foreign user.
     */
    public java.util.Optional<CallerIdentity> colleague(String username) {
        long organizationId = organizationId();
        try {
            CallerIdentity colleague = resolved.computeIfAbsent(username, this::load);
            return colleague.organizationId() == organizationId ? java.util.Optional.of(colleague) : java.util.Optional.empty();
        } catch (UnknownCallerException e) {
            return java.util.Optional.empty();
        }
    }

    private CallerIdentity load(String username) {
        Object[] row = em.createQuery("""
                        select e.id, e.firstName, e.lastName, o.id, o.name
                        from UserAccount ua join ua.employee e join e.organization o
                        where ua.username = :username and ua.active = true""", Object[].class)
                .setParameter("username", username)
                .getResultStream().findFirst()
                .orElseThrow(() -> new UnknownCallerException("User " + username + " is not an active EZD user"));
        long employeeId = (Long) row[0];
        var roles = EnumSet.noneOf(Role.class);
        LocalDate today = OrganizationRecords.today();
        roles.addAll(em.createQuery("select distinct r from Position p join p.roles r where p.employee.id = :employee"
                        + IN_FORCE, Role.class)
                .setParameter("employee", employeeId)
                .setParameter("today", today)
                .getResultList());
        var postRoles = new java.util.HashMap<Long, java.util.Set<Role>>();
        em.createQuery("select p.id, r from Position p join p.roles r where p.employee.id = :employee" + IN_FORCE, Object[].class)
                .setParameter("employee", employeeId)
                .setParameter("today", today)
                .getResultStream()
                .forEach(link -> postRoles.computeIfAbsent((Long) link[0], id -> EnumSet.noneOf(Role.class)).add((Role) link[1]));
        var posts = em.createQuery("select p.id, p.unit.symbol, p.title from Position p where p.employee.id = :employee"
                                + IN_FORCE + " order by p.id",
                        Object[].class)
                .setParameter("employee", employeeId)
                .setParameter("today", today)
                .getResultStream()
                .map(post -> new CallerIdentity.Post((String) post[1], (String) post[2], postRoles.get((Long) post[0])))
                .toList();
        return new CallerIdentity(username, employeeId, row[1] + " " + row[2], (Long) row[3], (String) row[4], roles, posts);
    }
}
