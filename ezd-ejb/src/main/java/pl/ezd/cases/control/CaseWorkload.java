package pl.ezd.cases.control;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import pl.ezd.cases.boundary.CaseLoad;
import pl.ezd.cases.entity.CaseStatus;

/**
 * Counts an organisation's open cases per unit and handler in the database (grouped, never loaded
 * case by case), and which of them are overdue given the ids the deadline watch reports.
 */
public class CaseWorkload {

    /** Ids per IN list: well below the bind-parameter limits of PostgreSQL and H2. */
    static final int CHUNK = 500;

    private final EntityManager em;

    public CaseWorkload(EntityManager em) {
        this.em = em;
    }

    /** Open cases of the organisation by unit and handler, sorted so; {@code overdueCaseIds} may name other organisations' cases: they do not count. */
    public List<CaseLoad> byUnitAndHandler(long organizationId, Collection<Long> overdueCaseIds) {
        Map<String, long[]> counts = new TreeMap<>();
        for (Object[] row : em.createQuery("""
                        select c.znak.unitSymbol, c.handler, count(c) from Case c
                        where c.organizationId = :org and c.status = :open
                        group by c.znak.unitSymbol, c.handler""", Object[].class)
                .setParameter("org", organizationId).setParameter("open", CaseStatus.OPEN)
                .getResultList()) {
            counts.computeIfAbsent(key(row), k -> new long[2])[0] += (Long) row[2];
        }
        List<Long> ids = new ArrayList<>(overdueCaseIds == null ? List.of() : overdueCaseIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            for (Object[] row : em.createQuery("""
                            select c.znak.unitSymbol, c.handler, count(c) from Case c
                            where c.organizationId = :org and c.status = :open and c.id in :ids
                            group by c.znak.unitSymbol, c.handler""", Object[].class)
                    .setParameter("org", organizationId).setParameter("open", CaseStatus.OPEN)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .getResultList()) {
                counts.computeIfAbsent(key(row), k -> new long[2])[1] += (Long) row[2];
            }
        }
        return counts.entrySet().stream().map(e -> {
            String[] unitAndHandler = e.getKey().split("\u0000", 2);
            return new CaseLoad(unitAndHandler[0], unitAndHandler[1], e.getValue()[0], e.getValue()[1]);
        }).toList();
    }

    private static String key(Object[] row) {
        return row[0] + "\u0000" + row[1];
    }
}
