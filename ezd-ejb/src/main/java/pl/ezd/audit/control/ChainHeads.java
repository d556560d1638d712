package pl.ezd.audit.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.ezd.audit.entity.AuditChain;

/** Starts an organisation's audit chain in its own transaction, so a lost race costs nothing. */
@Stateless
@PermitAll
public class ChainHeads {

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void start(long organizationId) {
        em.createNativeQuery("insert into audit_chain_head (organization_id, last_seq, last_hash) values (?1, 0, ?2)")
                .setParameter(1, organizationId)
                .setParameter(2, AuditChain.GENESIS)
                .executeUpdate();
    }
}
