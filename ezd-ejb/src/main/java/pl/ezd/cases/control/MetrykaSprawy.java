package pl.ezd.cases.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import pl.ezd.cases.entity.Case;
import pl.ezd.cases.entity.MetrykaEntry;
import pl.ezd.organization.boundary.CallerIdentity;

/** Writes the metryka sprawy as things happen, in the transaction that makes them happen. */
@Dependent
public class MetrykaSprawy {

    @PersistenceContext
    EntityManager em;

    public void record(Case theCase, CallerIdentity who, CallerIdentity.Post post, String action, String documentId) {
        em.persist(new MetrykaEntry(theCase.getId(), Instant.now(), who.fullName(), label(post), action, documentId));
    }

    /** A post as the metryka names it: its title and unit, e.g. {@code Podinspektor (GK)}. */
    public static String label(CallerIdentity.Post post) {
        return post.title() + " (" + post.unitSymbol() + ")";
    }

    public List<MetrykaEntry> of(Case theCase) {
        return em.createQuery("select m from MetrykaEntry m where m.caseId = :case order by m.occurredAt, m.id", MetrykaEntry.class)
                .setParameter("case", theCase.getId())
                .getResultList();
    }
}
