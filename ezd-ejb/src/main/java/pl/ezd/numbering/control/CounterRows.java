package pl.ezd.numbering.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Opens the counter row of a new series in its own transaction, so a lost race costs nothing. */
@Stateless
@PermitAll
public class CounterRows {

    @PersistenceContext
    EntityManager em;

    public CounterRows() {
    }

    /** On an entity manager of the caller's own, outside the container (tests, tools). */
    public CounterRows(EntityManager em) {
        this.em = em;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void open(long organizationId, String register, String key, int year) {
        em.createNativeQuery("""
                        insert into register_counter (organization_id, register_name, register_key, counter_year, last_number)
                        values (?1, ?2, ?3, ?4, 0)""")
                .setParameter(1, organizationId)
                .setParameter(2, register)
                .setParameter(3, key)
                .setParameter(4, year)
                .executeUpdate();
    }
}
