package pl.ezd.workflow.boundary;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import org.hibernate.Session;
import pl.ezd.workflow.control.InboxReadModel;

/**
 * The queries of the inbox on its read model ({@code inbox_task}, {@code inbox_task_candidate}),
 * never on the engine's tables: what a scope (an organisation, the users and groups the caller acts
 * as) sees, filtered, sorted and paged, and how many there are. Runs on the entity manager's
 * connection, so it sees the read model as the current transaction left it.
 */
class InboxListing {

    /** Who is asking: always within one organisation. */
    record Scope(long organizationId, Set<String> usernames, Set<String> groups) {
        Scope {
            usernames = Set.copyOf(usernames);
            groups = Set.copyOf(groups);
        }
    }

    private static final String COLUMNS = """
            t.task_id, t.process_definition_key, t.task_definition_key, t.name, t.rpw_number, t.title, t.sender,
            t.received_on, t.item_id, t.case_id, t.case_reference, t.created, t.due, t.deadline, t.assignee,
            t.return_reason,
            case when exists (select 1 from inbox_task_candidate o where o.task_id = t.task_id and o.kind = 'G') then 1 else 0 end""";

    private final EntityManager em;

    InboxListing(EntityManager em) {
        this.em = em;
    }

    List<InboxTask> page(Scope scope, InboxRequest request, LocalDate today) {
        if (request.filter().equals(InboxFilter.NONE) && (request.sort() == InboxSort.CREATED || request.sort() == InboxSort.DEADLINE)) {
            return topN(scope, request, today);
        }
        var sql = new StringBuilder("select ").append(COLUMNS).append(" from inbox_task t");
        List<Object> parameters = new ArrayList<>();
        where(sql, parameters, scope, request.filter(), today);
        sql.append(" order by ").append(order(request, "t")).append(" offset ? rows fetch next ? rows only");
        parameters.add(request.first());
        parameters.add(request.pageSize());
        return query(sql.toString(), parameters, today);
    }

    /** The page's order on the columns of the table aliased {@code alias}; ends with the task id. */
    private static String order(InboxRequest request, String alias) {
        String direction = request.ascending() ? " asc" : " desc";
        String column = request.sort() == InboxSort.CREATED ? alias + ".created"
                : request.sort() == InboxSort.DEADLINE ? alias + ".deadline" : request.sort().column;
        return column + direction + (request.sort() == InboxSort.CREATED ? "" : " nulls last, " + alias + ".created desc")
                + ", " + alias + ".task_id" + direction;
    }

    /**
     * The page by the candidate rows' own order (created, deadline), without reading every visible
     * task: each source of the scope (one candidate group, one candidate user, one assignee) gives
     * its first {@code first + pageSize} in the page's order from its index, the union of those is
     * de-duplicated and ordered, and only the page's rows are read from {@code inbox_task}. Exact:
     * a task on the page is among the first {@code first + pageSize} of every source it belongs to.
     * Cost grows with the number of sources and the page's depth, not with the visible tasks.
     */
    private List<InboxTask> topN(Scope scope, InboxRequest request, LocalDate today) {
        int depth = request.first() + request.pageSize();
        List<Object> parameters = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (String user : scope.usernames()) {
            sources.add("(select a.task_id, a.created, a.deadline from inbox_task a where a.organization_id = ? and a.assignee = ?"
                    + " order by " + order(request, "a") + " fetch first ? rows only)");
            parameters.addAll(List.of(scope.organizationId(), user, depth));
            sources.add("(select u.task_id, u.created, u.deadline from inbox_task_candidate u where u.identity_id = ? and u.kind = 'U'"
                    + " and u.organization_id = ? order by " + order(request, "u") + " fetch first ? rows only)");
            parameters.addAll(List.of(user, scope.organizationId(), depth));
        }
        for (String group : scope.groups()) {
            sources.add("(select g.task_id, g.created, g.deadline from inbox_task_candidate g where g.identity_id = ? and g.kind = 'G'"
                    + " and g.organization_id = ? order by " + order(request, "g") + " fetch first ? rows only)");
            parameters.addAll(List.of(group, scope.organizationId(), depth));
        }
        if (sources.isEmpty()) {
            return List.of();
        }
        String sql = "select " + COLUMNS + " from inbox_task t join (select p.task_id from ("
                + "select v.task_id, max(v.created) as created, max(v.deadline) as deadline from ("
                + String.join(" union all ", sources) + ") v group by v.task_id) p"
                + " order by " + order(request, "p") + " offset ? rows fetch next ? rows only) page on page.task_id = t.task_id"
                + " where t.organization_id = ? order by " + order(request, "t");
        parameters.addAll(List.of(request.first(), request.pageSize(), scope.organizationId()));
        return query(sql, parameters, today);
    }

    /** How many tasks the scope sees with the filter, exactly (O(visible tasks): for the tests and small scopes). */
    long count(Scope scope, InboxFilter filter, LocalDate today) {
        return count(scope, filter, today, Long.MAX_VALUE);
    }

    /**
     * How many tasks the scope sees with the filter, counting no further than {@code limit}: the
     * result is the exact number when it is below the limit, else the limit itself. Without a
     * filter, each source of the scope (an assignee, a candidate user, a candidate group) gives at
     * most {@code limit} ids from its index and the de-duplicated union of those is counted: if
     * any source has {@code limit} ids the union has at least as many, and if none has, every id
     * was read, so {@code min(limit, union)} is exact below the limit. The work is
     * O(sources × limit), not O(visible tasks). A filter reads the task rows and stops at the limit.
     */
    long count(Scope scope, InboxFilter filter, LocalDate today, long limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit " + limit);
        }
        var sql = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        boolean capped = limit < Long.MAX_VALUE;
        if (filter.equals(InboxFilter.NONE) && capped) {
            List<String> sources = new ArrayList<>();
            for (String user : scope.usernames()) {
                sources.add("(select a.task_id from inbox_task a where a.organization_id = ? and a.assignee = ? fetch first ? rows only)");
                parameters.addAll(List.of(scope.organizationId(), user, limit));
                sources.add("(select u.task_id from inbox_task_candidate u where u.identity_id = ? and u.kind = 'U'"
                        + " and u.organization_id = ? fetch first ? rows only)");
                parameters.addAll(List.of(user, scope.organizationId(), limit));
            }
            for (String group : scope.groups()) {
                sources.add("(select g.task_id from inbox_task_candidate g where g.identity_id = ? and g.kind = 'G'"
                        + " and g.organization_id = ? fetch first ? rows only)");
                parameters.addAll(List.of(group, scope.organizationId(), limit));
            }
            if (sources.isEmpty()) {
                return 0;
            }
            sql.append("select count(*) from (select v.task_id from (").append(String.join(" union all ", sources))
                    .append(") v group by v.task_id) c");
        } else if (filter.equals(InboxFilter.NONE)) {
            // no filter needs the task's row: count the distinct ids of the sources, from their indexes alone
            sql.append("select count(*) from (").append(visibleIds(parameters, scope)).append(") v");
        } else {
            sql.append("select count(*) from (select t.task_id from inbox_task t");
            where(sql, parameters, scope, filter, today);
            if (capped) {
                sql.append(" fetch first ? rows only");
                parameters.add(limit);
            }
            sql.append(") c");
        }
        long counted = work(connection -> {
            try (PreparedStatement statement = prepare(connection, sql.toString(), parameters);
                 ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
        return Math.min(counted, limit);
    }

    /** The task if the scope sees it; another organisation's task is simply absent. */
    Optional<InboxTask> find(Scope scope, String taskId, LocalDate today) {
        var sql = new StringBuilder("select ").append(COLUMNS).append(" from inbox_task t");
        List<Object> parameters = new ArrayList<>();
        where(sql, parameters, scope, InboxFilter.NONE, today);
        sql.append(" and t.task_id = ?");
        parameters.add(taskId);
        return query(sql.toString(), parameters, today).stream().findFirst();
    }

    /** The kinds of task the scope has (process key, task key, task name), for the filter's choices. */
    List<String[]> kinds(Scope scope) {
        var sql = new StringBuilder("select distinct t.process_definition_key, t.task_definition_key, t.name from inbox_task t");
        List<Object> parameters = new ArrayList<>();
        where(sql, parameters, scope, InboxFilter.NONE, LocalDate.now(InboxReadModel.OFFICE_ZONE));
        sql.append(" order by t.name");
        return work(connection -> {
            try (PreparedStatement statement = prepare(connection, sql.toString(), parameters);
                 ResultSet rows = statement.executeQuery()) {
                List<String[]> kinds = new ArrayList<>();
                while (rows.next()) {
                    kinds.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3)});
                }
                return kinds;
            }
        });
    }

    /** The candidate groups of an open task of the organisation. */
    Set<String> candidateGroups(long organizationId, String taskId) {
        return work(connection -> {
            try (PreparedStatement statement = prepare(connection,
                    "select identity_id from inbox_task_candidate where task_id = ? and organization_id = ? and kind = 'G'",
                    List.of(taskId, organizationId));
                 ResultSet rows = statement.executeQuery()) {
                var groups = new java.util.TreeSet<String>();
                while (rows.next()) {
                    groups.add(rows.getString(1));
                }
                return groups;
            }
        });
    }

    private static void where(StringBuilder sql, List<Object> parameters, Scope scope, InboxFilter filter, LocalDate today) {
        sql.append(" where t.organization_id = ? and t.task_id in (");
        parameters.add(scope.organizationId());
        sql.append(visibleIds(parameters, scope)).append(")");
        if (filter.text() != null) {
            String pattern = "%" + filter.text().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
            sql.append(" and (lower(t.title) like ? escape '!' or lower(t.sender) like ? escape '!'"
                    + " or lower(t.rpw_number) like ? escape '!' or lower(t.case_reference) like ? escape '!')");
            for (int i = 0; i < 4; i++) {
                parameters.add(pattern);
            }
        }
        if (filter.overdue() != null) {
            sql.append(filter.overdue() ? " and t.deadline < ?" : " and (t.deadline is null or t.deadline >= ?)");
            parameters.add(Date.valueOf(today));
        }
        if (filter.processKey() != null) {
            sql.append(" and t.process_definition_key = ?");
            parameters.add(filter.processKey());
        }
        if (filter.taskKey() != null) {
            sql.append(" and t.task_definition_key = ?");
            parameters.add(filter.taskKey());
        }
    }

    /**
     * The ids of the scope's tasks: its own (assigned to one of its users), offered to one of its
     * users, offered to one of its groups; each part an index range of one organisation.
     */
    private static String visibleIds(List<Object> parameters, Scope scope) {
        List<String> users = List.copyOf(scope.usernames());
        List<String> groups = List.copyOf(scope.groups());
        List<String> parts = new ArrayList<>();
        if (!users.isEmpty()) {
            parts.add("select a.task_id from inbox_task a where a.organization_id = ? and a.assignee in (" + marks(users.size()) + ")");
            parameters.add(scope.organizationId());
            parameters.addAll(users);
            parts.add("select u.task_id from inbox_task_candidate u where u.kind = 'U' and u.organization_id = ? and u.identity_id in ("
                    + marks(users.size()) + ")");
            parameters.add(scope.organizationId());
            parameters.addAll(users);
        }
        if (!groups.isEmpty()) {
            parts.add("select g.task_id from inbox_task_candidate g where g.kind = 'G' and g.organization_id = ? and g.identity_id in ("
                    + marks(groups.size()) + ")");
            parameters.add(scope.organizationId());
            parameters.addAll(groups);
        }
        return parts.isEmpty() ? "select task_id from inbox_task where 1 = 0" : String.join(" union ", parts);
    }

    private static String marks(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    private List<InboxTask> query(String sql, List<Object> parameters, LocalDate today) {
        return work(connection -> {
            try (PreparedStatement statement = prepare(connection, sql, parameters);
                 ResultSet rows = statement.executeQuery()) {
                List<InboxTask> tasks = new ArrayList<>();
                while (rows.next()) {
                    LocalDate deadline = localDate(rows.getDate(14));
                    tasks.add(new InboxTask(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            rows.getString(5), rows.getString(6), rows.getString(7), localDate(rows.getDate(8)),
                            (Long) rows.getObject(9, Long.class), (Long) rows.getObject(10, Long.class), rows.getString(11),
                            instant(rows.getTimestamp(12, utc())), instant(rows.getTimestamp(13, utc())), deadline,
                            rows.getString(15), deadline != null && deadline.isBefore(today), rows.getString(16),
                            rows.getInt(17) == 1));
                }
                return tasks;
            }
        });
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Object> parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        return statement;
    }

    static Calendar utc() {
        return Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    private <T> T work(Work<T> work) {
        return em.unwrap(Session.class).doReturningWork(work::on);
    }
}
