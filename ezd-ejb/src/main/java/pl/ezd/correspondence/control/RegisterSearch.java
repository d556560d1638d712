package pl.ezd.correspondence.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import pl.ezd.correspondence.boundary.RegisterQuery;
import pl.ezd.correspondence.entity.IncomingItem;
import pl.ezd.correspondence.entity.RpwNumber;

/** The incoming register's filters as one JPQL query, always within one organisation. */
public final class RegisterSearch {

    private final String where;
    private final Map<String, Object> parameters = new HashMap<>();
    private final String orderBy;

    public RegisterSearch(long organizationId, RegisterQuery query) {
        var clause = new StringBuilder("i.organizationId = :org");
        parameters.put("org", organizationId);
        if (query.receivedFrom() != null) {
            clause.append(" and i.receivedOn >= :from");
            parameters.put("from", query.receivedFrom());
        }
        if (query.receivedTo() != null) {
            clause.append(" and i.receivedOn <= :to");
            parameters.put("to", query.receivedTo());
        }
        if (query.channel() != null) {
            clause.append(" and i.deliveryMethod = :channel");
            parameters.put("channel", query.channel());
        }
        if (query.status() != null) {
            clause.append(" and i.status = :status");
            parameters.put("status", query.status());
        }
        if (query.unit() != null) {
            clause.append(" and i.unitSymbol = :unit");
            parameters.put("unit", query.unit());
        }
        if (query.text() != null) {
            RpwNumber rpw = rpwOrNull(query.text());
            if (rpw != null) {
                clause.append(" and i.rpw.number = :number and i.rpw.year = :year");
                parameters.put("number", rpw.number());
                parameters.put("year", rpw.year());
            } else {
                clause.append(" and (lower(i.title) like :text escape '\\' or lower(i.senderName) like :text escape '\\'"
                        + " or lower(i.senderReference) like :text escape '\\')");
                parameters.put("text", "%" + likeEscaped(query.text().toLowerCase(Locale.ROOT)) + "%");
            }
        }
        this.where = clause.toString();
        String direction = query.descending() ? " desc" : " asc";
        this.orderBy = switch (query.sort()) {
            case RPW -> "i.rpw.year" + direction + ", i.rpw.number" + direction;
            case RECEIVED_ON -> "i.receivedOn" + direction + ", i.rpw.year" + direction + ", i.rpw.number" + direction;
            case TITLE -> "lower(i.title)" + direction + ", i.rpw.year, i.rpw.number";
            case SENDER -> "lower(i.senderName)" + direction + ", i.rpw.year, i.rpw.number";
        };
    }

    public TypedQuery<IncomingItem> items(EntityManager em) {
        return bind(em.createQuery("select i from IncomingItem i where " + where + " order by " + orderBy, IncomingItem.class));
    }

    public TypedQuery<Long> count(EntityManager em) {
        return bind(em.createQuery("select count(i) from IncomingItem i where " + where, Long.class));
    }

    /**
     * How many items match, counting no further than {@code limit}: the exact number below the
     * limit, else the limit. Reads at most {@code limit} ids (a LIMIT on the database), so a page of
     * a register of any size costs the same instead of an O(n) {@code count(*)}.
     */
    public long countUpTo(EntityManager em, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit " + limit);
        }
        return bind(em.createQuery("select i.id from IncomingItem i where " + where, Long.class))
                .setMaxResults(limit).getResultList().size();
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    /** Escapes LIKE wildcards with a backslash (the queries declare it as their escape character). */
    public static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static RpwNumber rpwOrNull(String text) {
        try {
            return RpwNumber.parse(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
