package pl.ezd.correspondence.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Opens the counter row of a year in its own transaction, so a lost race costs nothing. */
@Stateless
@PermitAll
public class RpwCounters {

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void open(long organizationId, int year) {
        em.createNativeQuery("insert into rpw_counter (organization_id, rpw_year, last_number) values (?1, ?2, 0)")
                .setParameter(1, organizationId)
                .setParameter(2, year)
                .executeUpdate();
    }
}
