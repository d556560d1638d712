package pl.ezd.audit.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import pl.ezd.audit.control.ChainHeads;
import pl.ezd.audit.entity.AuditChain;
import pl.ezd.audit.entity.AuditChainHead;
import pl.ezd.audit.entity.AuditEntry;
import pl.ezd.organization.boundary.Caller;
import pl.ezd.organization.entity.Role;

/**
 * Records state changes in the transaction that makes them (so a change and its audit entry
 * commit or roll back together), chained by hashes per organisation so that any later edit,
 * insertion or removal is detected by {@link #verify()}, and shows an organisation its own entries.
 */
@Stateless
public class AuditTrail {

    private static final Logger LOG = Logger.getLogger(AuditTrail.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    ChainHeads heads;

    /** Called by other boundaries inside their transaction; never on its own. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(long organizationId, String actor, String action, String subjectType, Object subjectId,
                       String detail) {
        var entry = new AuditEntry(organizationId, Instant.now(), actor, action, subjectType, String.valueOf(subjectId), detail);
        entry.chain(lockedHead(organizationId));
        em.persist(entry);
    }

    /** The organisation's chain head, locked until this transaction ends: entries are chained one by one. */
    private AuditChainHead lockedHead(long organizationId) {
        AuditChainHead head = em.find(AuditChainHead.class, organizationId, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            try {
                heads.start(organizationId);
            } catch (EJBAccessException e) {
                throw e;
            } catch (EJBException raced) {
                // another transaction started the chain first
            }
            head = em.find(AuditChainHead.class, organizationId, LockModeType.PESSIMISTIC_WRITE);
        }
        return head;
    }

    /**
     * Checks the caller's organisation's whole trail against its hash chain and the head kept
     * apart: reports any entry changed, inserted or removed since it was written.
     */
    @RolesAllowed({Role.ORG_ADMIN_NAME, Role.ARCHIVIST_NAME})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public AuditVerification verify() {
        long organizationId = caller.organizationId();
        AuditChainHead head = em.find(AuditChainHead.class, organizationId);
        var links = em.createQuery("select a from AuditEntry a where a.organizationId = :org order by a.seq, a.id", AuditEntry.class)
                .setParameter("org", organizationId)
                .getResultStream()
                .map(AuditEntry::link)
                .toList();
        List<String> problems = AuditChain.verify(links, head == null ? 0 : head.getLastSeq(),
                head == null ? AuditChain.GENESIS : head.getLastHash());
        if (!problems.isEmpty()) {
            LOG.severe(() -> "Audit trail of organisation " + organizationId + " fails verification: " + problems);
        }
        return new AuditVerification(problems.isEmpty(), links.size(), problems);
    }

    /** The caller's organisation's entries about one subject, oldest first. */
    @RolesAllowed({Role.ORG_ADMIN_NAME, Role.HEAD_NAME, Role.CLERK_NAME, Role.REGISTRY_NAME, Role.ARCHIVIST_NAME})
    public List<AuditRecord> about(String subjectType, String subjectId) {
        return em.createQuery("""
                        select a from AuditEntry a
                        where a.organizationId = :org and a.subjectType = :type and a.subjectId = :id
                        order by a.seq""", AuditEntry.class)
                .setParameter("org", caller.organizationId())
                .setParameter("type", subjectType)
                .setParameter("id", subjectId)
                .getResultStream()
                .map(AuditRecord::of)
                .toList();
    }
}
