package pl.ezd.cases.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pl.ezd.cases.entity.Case;
import pl.ezd.cases.entity.CaseItem;

/**
 * The cases of one spis spraw (organisation, unit, JRWA class, podteczka or none, year) and the
 * first item in each case file, in two queries however many cases the spis holds.
 */
@Dependent
public class SpisSprawQuery {

    private static final String SERIES = """
            c.organizationId = :org and c.znak.unitSymbol = :unit and c.znak.jrwaSymbol = :jrwa
            and c.znak.podteczka = :podteczka and c.znak.year = :year""";

    @PersistenceContext
    EntityManager em;

    /** One spis spraw: which series of which organisation. */
    public record Series(long organizationId, String unitSymbol, String jrwaSymbol, Integer podteczka, int year) {
    }

    /** The cases in number order. */
    public List<Case> cases(Series series) {
        return query("select c from Case c where " + SERIES + " order by c.znak.number", Case.class, series).getResultList();
    }

    /**
     * For each case of the spis that has items in its file, the id of the item attached first
     * (ties broken by item id, as the case file lists them).
     */
    public Map<Long, Long> firstItemOfEachCase(Series series) {
        Map<Long, Long> first = new LinkedHashMap<>();
        query("select ci from CaseItem ci, Case c where ci.caseId = c.id and " + SERIES
                + " order by ci.caseId, ci.attachedAt, ci.itemId", CaseItem.class, series)
                .getResultStream()
                .forEach(link -> first.putIfAbsent(link.getCaseId(), link.getItemId()));
        return first;
    }

    private <T> TypedQuery<T> query(String jpql, Class<T> type, Series series) {
        return em.createQuery(jpql, type)
                .setParameter("org", series.organizationId())
                .setParameter("unit", series.unitSymbol())
                .setParameter("jrwa", series.jrwaSymbol())
                .setParameter("podteczka", series.podteczka() == null ? 0 : series.podteczka())
                .setParameter("year", series.year());
    }
}
