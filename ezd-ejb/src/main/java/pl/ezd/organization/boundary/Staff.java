package pl.ezd.organization.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import pl.ezd.organization.entity.Role;

/** Who works in the caller's organisation, e.g. the clerks a head can assign an item to. */
@Stateless
public class Staff {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @RolesAllowed({Role.HEAD_NAME, Role.REGISTRY_NAME, Role.CLERK_NAME, Role.ORG_ADMIN_NAME})
    public List<StaffMember> withRole(Role role) {
        return em.createQuery("""
                        select distinct new pl.ezd.organization.boundary.StaffMember(ua.username, e.firstName, e.lastName, u.symbol, p.title)
                        from Position p join p.roles r join p.employee e join p.unit u, UserAccount ua
                        where ua.employee = e and ua.active = true and r = :role and e.organization.id = :org""" + Caller.IN_FORCE + """
                        order by e.lastName, e.firstName""", StaffMember.class)
                .setParameter("role", role)
                .setParameter("org", caller.organizationId())
                .setParameter("today", pl.ezd.organization.control.OrganizationRecords.today())
                .getResultList();
    }

    /** Whether the user is an active member of the caller's organisation holding the role. */
    @RolesAllowed({Role.HEAD_NAME, Role.REGISTRY_NAME, Role.CLERK_NAME, Role.ORG_ADMIN_NAME})
    public boolean isMemberWithRole(String username, Role role) {
        return withRole(role).stream().anyMatch(member -> member.username().equals(username));
    }
}
