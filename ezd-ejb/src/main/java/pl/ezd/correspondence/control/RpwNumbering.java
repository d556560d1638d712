package pl.ezd.correspondence.control;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.ezd.correspondence.entity.RpwNumber;

/**
 * Allocates RPW numbers from the organisation's counter row for the year. The increment locks
 * the row until the registering transaction ends, so concurrent registrations queue, numbers
 * never repeat, and a rolled-back registration gives its number back (no gaps).
 */
@Dependent
public class RpwNumbering {

    @PersistenceContext
    EntityManager em;

    @Inject
    RpwCounters counters;

    public RpwNumber next(long organizationId, int year) {
        if (increment(organizationId, year) == 0) {
            try {
                counters.open(organizationId, year);
            } catch (EJBAccessException e) {
                throw e;
            } catch (EJBException raced) {
                // another registration opened the year's counter first: its row is there now
            }
            if (increment(organizationId, year) == 0) {
                throw new IllegalStateException("RPW counter for " + year + " could not be opened");
            }
        }
        int number = ((Number) em.createNativeQuery(
                        "select last_number from rpw_counter where organization_id = ?1 and rpw_year = ?2")
                .setParameter(1, organizationId)
                .setParameter(2, year)
                .getSingleResult()).intValue();
        return new RpwNumber(number, year);
    }

    private int increment(long organizationId, int year) {
        return em.createNativeQuery(
                        "update rpw_counter set last_number = last_number + 1 where organization_id = ?1 and rpw_year = ?2")
                .setParameter(1, organizationId)
                .setParameter(2, year)
                .executeUpdate();
    }
}
