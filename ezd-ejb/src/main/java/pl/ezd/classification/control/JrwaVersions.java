package pl.ezd.classification.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import pl.ezd.classification.entity.Jrwa;
import pl.ezd.classification.entity.JrwaClass;
import pl.ezd.classification.entity.JrwaStatus;

/**
 * The stored JRWA versions of one organisation. Every query takes the organisation and finds
 * nothing of another one, whatever ids it is given.
 */
@Dependent
public class JrwaVersions {

    @PersistenceContext
    EntityManager em;

    public List<Jrwa> all(long organizationId) {
        return em.createQuery("select j from Jrwa j where j.organizationId = :org order by j.validFrom desc", Jrwa.class)
                .setParameter("org", organizationId)
                .getResultList();
    }

    public Optional<Jrwa> find(long organizationId, long id) {
        return Optional.ofNullable(em.find(Jrwa.class, id)).filter(j -> j.getOrganizationId() == organizationId);
    }

    /** The latest version, the one a new import supersedes. */
    public Optional<Jrwa> current(long organizationId) {
        return em.createQuery("select j from Jrwa j where j.organizationId = :org and j.status = :status", Jrwa.class)
                .setParameter("org", organizationId)
                .setParameter("status", JrwaStatus.CURRENT)
                .getResultStream().findFirst();
    }

    public boolean labelTaken(long organizationId, String label) {
        return !em.createQuery("select j.id from Jrwa j where j.organizationId = :org and j.label = :label", Long.class)
                .setParameter("org", organizationId)
                .setParameter("label", label.strip())
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    /** The final class with this symbol in force on the day, in whichever version was in force then. */
    public Optional<JrwaClass> finalClass(long organizationId, String symbol, LocalDate day) {
        return em.createQuery("""
                        select c from JrwaClass c join c.jrwa j
                        where j.organizationId = :org and c.symbol.value = :symbol and c.finalClass = true
                          and c.validFrom <= :day and (c.validTo is null or c.validTo >= :day)
                        order by c.validFrom desc""", JrwaClass.class)
                .setParameter("org", organizationId)
                .setParameter("symbol", symbol == null ? "" : symbol.strip())
                .setParameter("day", day)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }
}
