package pl.ezd.numbering.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.ezd.numbering.control.CounterRows;

/** Hands out the next number of a register, inside the transaction that uses it. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class RegisterNumbers {

    /** The incoming register (RPW): one series per organisation and calendar year. */
    public static final String RPW = "RPW";
    /** The spis spraw: one series per organisation, unit, final JRWA class and year. */
    public static final String SPIS_SPRAW = "SPIS_SPRAW";
    /** Key of registers that have one series per organisation and year. */
    public static final String WHOLE_ORGANIZATION = "*";

    @PersistenceContext
    EntityManager em;

    @Inject
    CounterRows rows;

    /** The next number (from 1) of the series; held until the caller's transaction ends. */
    public int next(long organizationId, String register, String key, int year) {
        if (increment(organizationId, register, key, year) == 0) {
            try {
                rows.open(organizationId, register, key, year);
            } catch (EJBAccessException e) {
                throw e;
            } catch (EJBException raced) {
                // another transaction opened the series first: its row is there now
            }
            if (increment(organizationId, register, key, year) == 0) {
                throw new IllegalStateException("Counter " + register + "/" + key + "/" + year + " could not be opened");
            }
        }
        return ((Number) em.createNativeQuery("""
                        select last_number from register_counter
                        where organization_id = ?1 and register_name = ?2 and register_key = ?3 and counter_year = ?4""")
                .setParameter(1, organizationId)
                .setParameter(2, register)
                .setParameter(3, key)
                .setParameter(4, year)
                .getSingleResult()).intValue();
    }

    private int increment(long organizationId, String register, String key, int year) {
        return em.createNativeQuery("""
                        update register_counter set last_number = last_number + 1
                        where organization_id = ?1 and register_name = ?2 and register_key = ?3 and counter_year = ?4""")
                .setParameter(1, organizationId)
                .setParameter(2, register)
                .setParameter(3, key)
                .setParameter(4, year)
                .executeUpdate();
    }
}
