package pl.ezd.audit.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import pl.ezd.audit.entity.AuditEntry;
import pl.ezd.organization.boundary.Caller;
import pl.ezd.organization.entity.Role;

/**
 * Records state changes in the transaction that makes them (so a change and its audit entry
 * commit or roll back together) and shows an organisation its own entries.
 */
@Stateless
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    /** Called by other boundaries inside their transaction; never on its own. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(long organizationId, String actor, String action, String subjectType, Object subjectId,
                       String detail) {
        em.persist(new AuditEntry(organizationId, Instant.now(), actor, action, subjectType,
                String.valueOf(subjectId), detail));
    }

    /** The caller's organisation's entries about one subject, oldest first. */
    @RolesAllowed({Role.ORG_ADMIN_NAME, Role.HEAD_NAME, Role.CLERK_NAME, Role.REGISTRY_NAME, Role.ARCHIVIST_NAME})
    public List<AuditRecord> about(String subjectType, String subjectId) {
        return em.createQuery("""
                        select a from AuditEntry a
                        where a.organizationId = :org and a.subjectType = :type and a.subjectId = :id
                        order by a.occurredAt, a.id""", AuditEntry.class)
                .setParameter("org", caller.organizationId())
                .setParameter("type", subjectType)
                .setParameter("id", subjectId)
                .getResultStream()
                .map(AuditRecord::of)
                .toList();
    }
}
