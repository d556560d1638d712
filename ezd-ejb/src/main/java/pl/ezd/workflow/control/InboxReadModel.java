package pl.ezd.workflow.control;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * Writes the inbox read model ({@code inbox_task}, {@code inbox_task_candidate}) on the JDBC
 * connection of the engine's current command, so a row changes in exactly the transaction that
 * changes the task. Called by the task listeners and the history event handler of
 * {@link InboxReadModelPlugin}, and by {@link InboxReadModelBackfill}.
 */
public final class InboxReadModel {

    private static final Logger LOG = Logger.getLogger(InboxReadModel.class.getName());
    /** Deadlines and "overdue" are days of the office's calendar. */
    public static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Warsaw");

    /** Variable name → column, for the variables of the contract shown in the inbox. */
    static final Map<String, String> VARIABLE_COLUMNS = Map.of(
            "title", "title",
            "sender", "sender",
            "rpwNumber", "rpw_number",
            "itemId", "item_id",
            "caseId", "case_id",
            "caseReference", "case_reference",
            "receivedOn", "received_on",
            "returnReason", "return_reason",
            "deadline", "deadline");

    private InboxReadModel() {
    }

    private static Connection connection() {
        var command = Context.getCommandContext();
        Connection connection = command.getDbSqlSession().getSqlSession().getConnection();
        if (!Context.getProcessEngineConfiguration().isTransactionsExternallyManaged()) {
            // On a standalone engine (tests, benchmarks) the engine rolls back only what it wrote
            // itself; our statements share its connection, so roll that back with it. Under JTA
            // (the server) the transaction manager rolls back the whole connection anyway.
            command.getTransactionContext().addTransactionListener(TransactionState.ROLLINGBACK, context -> {
                try {
                    connection.rollback();
                } catch (SQLException e) {
                    LOG.warning(() -> "Rollback of the inbox read model failed: " + e.getMessage());
                }
            });
        }
        return connection;
    }

    /**
     * Writes the task's row as it is now (insert or replace). Its candidates are written whole
     * when the task is created (or backfilled); later they follow the identity-link events,
     * because an open task's cached links still hold one removed in the same command.
     */
    public static void put(DelegateTask task) {
        write(task, task.getEventName() == null || TaskListener.EVENTNAME_CREATE.equals(task.getEventName()));
    }

    static void write(DelegateTask task, boolean withCandidates) {
        Long organization = organizationOf(task);
        if (organization == null) {
            LOG.warning(() -> "Task " + task.getId() + " (" + task.getTaskDefinitionKey()
                    + ") has no organisation (tenant id or organizationId variable); it is not shown in any inbox");
            remove(task.getId());
            return;
        }
        try {
            Connection connection = connection();
            if (withCandidates) {
                delete(connection, task.getId());
            } else {
                try (PreparedStatement delete = connection.prepareStatement("delete from inbox_task where task_id = ?")) {
                    delete.setString(1, task.getId());
                    delete.executeUpdate();
                }
            }
            LocalDate deadline = deadlineOf(task);
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into inbox_task (task_id, organization_id, process_instance_id, process_definition_key,
                        task_definition_key, name, assignee, created, due, deadline, title, sender, rpw_number, item_id,
                        case_id, case_reference, received_on, return_reason)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                insert.setString(1, task.getId());
                insert.setLong(2, organization);
                insert.setString(3, task.getProcessInstanceId() == null ? "" : task.getProcessInstanceId());
                insert.setString(4, processKeyOf(task));
                insert.setString(5, task.getTaskDefinitionKey() == null ? "" : task.getTaskDefinitionKey());
                insert.setString(6, task.getName());
                insert.setString(7, task.getAssignee());
                insert.setTimestamp(8, new Timestamp(task.getCreateTime().getTime()), utc());
                insert.setTimestamp(9, task.getDueDate() == null ? null : new Timestamp(task.getDueDate().getTime()), utc());
                insert.setDate(10, deadline == null ? null : Date.valueOf(deadline));
                insert.setString(11, text(task.getVariable("title")));
                insert.setString(12, text(task.getVariable("sender")));
                insert.setString(13, text(task.getVariable("rpwNumber")));
                setLong(insert, 14, task.getVariable("itemId"));
                setLong(insert, 15, task.getVariable("caseId"));
                insert.setString(16, text(task.getVariable("caseReference")));
                LocalDate receivedOn = date(task.getVariable("receivedOn"));
                insert.setDate(17, receivedOn == null ? null : Date.valueOf(receivedOn));
                insert.setString(18, text(task.getVariable("returnReason")));
                insert.executeUpdate();
            }
            if (!withCandidates) {
                try (PreparedStatement update = connection.prepareStatement(
                        "update inbox_task_candidate set organization_id = ?, deadline = ? where task_id = ?")) {
                    update.setLong(1, organization);
                    update.setDate(2, deadline == null ? null : Date.valueOf(deadline));
                    update.setString(3, task.getId());
                    update.executeUpdate();
                }
                return;
            }
            List<String[]> candidates = new ArrayList<>();
            for (IdentityLink link : task.getCandidates()) {
                if (link.getGroupId() != null) {
                    candidates.add(new String[] {"G", link.getGroupId()});
                } else if (link.getUserId() != null) {
                    candidates.add(new String[] {"U", link.getUserId()});
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into inbox_task_candidate (task_id, kind, identity_id, organization_id, created, deadline)
                    values (?, ?, ?, ?, ?, ?)""")) {
                for (String[] candidate : candidates.stream().distinct().toList()) {
                    insert.setString(1, task.getId());
                    insert.setString(2, candidate[0]);
                    insert.setString(3, candidate[1]);
                    insert.setLong(4, organization);
                    insert.setTimestamp(5, new Timestamp(task.getCreateTime().getTime()), utc());
                    insert.setDate(6, deadline == null ? null : Date.valueOf(deadline));
                    insert.addBatch();
                }
                if (!candidates.isEmpty()) {
                    insert.executeBatch();
                }
            }
        } catch (SQLException e) {
            throw new ProcessEngineException("Cannot write the inbox row of task " + task.getId(), e);
        }
    }

    /** The task is done or gone: its row and candidates go with it. */
    public static void remove(String taskId) {
        try {
            delete(connection(), taskId);
        } catch (SQLException e) {
            throw new ProcessEngineException("Cannot remove the inbox row of task " + taskId, e);
        }
    }

    private static void delete(Connection connection, String taskId) throws SQLException {
        for (String sql : List.of("delete from inbox_task_candidate where task_id = ?", "delete from inbox_task where task_id = ?")) {
            try (PreparedStatement delete = connection.prepareStatement(sql)) {
                delete.setString(1, taskId);
                delete.executeUpdate();
            }
        }
    }

    /** A candidate group or user was added to an open task (after it was created). */
    static void candidateAdded(String taskId, String groupId, String userId) {
        String kind = groupId != null ? "G" : "U";
        String identity = groupId != null ? groupId : userId;
        if (identity == null) {
            return;
        }
        try (PreparedStatement insert = connection().prepareStatement("""
                insert into inbox_task_candidate (task_id, kind, identity_id, organization_id, created, deadline)
                select t.task_id, ?, ?, t.organization_id, t.created, t.deadline from inbox_task t
                where t.task_id = ? and not exists (select 1 from inbox_task_candidate c
                    where c.task_id = t.task_id and c.kind = ? and c.identity_id = ?)""")) {
            insert.setString(1, kind);
            insert.setString(2, identity);
            insert.setString(3, taskId);
            insert.setString(4, kind);
            insert.setString(5, identity);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new ProcessEngineException("Cannot add a candidate to the inbox row of task " + taskId, e);
        }
    }

    /** A candidate group or user was removed from an open task. */
    static void candidateRemoved(String taskId, String groupId, String userId) {
        String kind = groupId != null ? "G" : "U";
        String identity = groupId != null ? groupId : userId;
        try (PreparedStatement delete = connection().prepareStatement(
                "delete from inbox_task_candidate where task_id = ? and kind = ? and identity_id = ?")) {
            delete.setString(1, taskId);
            delete.setString(2, kind);
            delete.setString(3, identity);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new ProcessEngineException("Cannot remove a candidate from the inbox row of task " + taskId, e);
        }
    }

    /**
     * A variable of the contract changed in a running process: every open task of the process
     * shows the new value. A {@code deadline} removed falls back to the tasks' due dates.
     */
    static void variableChanged(String processInstanceId, String name, Object value) {
        String column = VARIABLE_COLUMNS.get(name);
        if (column == null || processInstanceId == null) {
            return;
        }
        try {
            Connection connection = connection();
            if ("deadline".equals(column)) {
                LocalDate deadline = date(value);
                for (String table : List.of("inbox_task", "inbox_task_candidate")) {
                    String sql = deadline != null
                            ? "update " + table + " set deadline = ? where task_id in (select task_id from inbox_task where process_instance_id = ?)"
                            : "update " + table + " set deadline = (select cast(t.due as date) from inbox_task t where t.task_id = "
                              + table + ".task_id) where task_id in (select task_id from inbox_task where process_instance_id = ?)";
                    try (PreparedStatement update = connection.prepareStatement(sql)) {
                        int i = 1;
                        if (deadline != null) {
                            update.setDate(i++, Date.valueOf(deadline));
                        }
                        update.setString(i, processInstanceId);
                        update.executeUpdate();
                    }
                }
                return;
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "update inbox_task set " + column + " = ? where process_instance_id = ?")) {
                switch (column) {
                    case "item_id", "case_id" -> setLong(update, 1, value);
                    case "received_on" -> {
                        LocalDate date = date(value);
                        if (date == null) {
                            update.setNull(1, Types.DATE);
                        } else {
                            update.setDate(1, Date.valueOf(date));
                        }
                    }
                    default -> update.setString(1, text(value));
                }
                update.setString(2, processInstanceId);
                update.executeUpdate();
            }
        } catch (SQLException e) {
            throw new ProcessEngineException("Cannot refresh " + name + " in the inbox rows of process " + processInstanceId, e);
        }
    }

    static Long organizationOf(DelegateTask task) {
        if (task.getTenantId() != null && !task.getTenantId().isBlank()) {
            try {
                return Long.valueOf(task.getTenantId());
            } catch (NumberFormatException e) {
                // not an organisation's tenant: fall back to the variable
            }
        }
        Object organization = task.getVariable("organizationId");
        if (organization instanceof Number number) {
            return number.longValue();
        }
        if (organization instanceof String text && text.matches("\\d+")) {
            return Long.valueOf(text);
        }
        return null;
    }

    private static String processKeyOf(DelegateTask task) {
        if (task instanceof TaskEntity entity && entity.getProcessDefinition() != null) {
            return entity.getProcessDefinition().getKey();
        }
        String definition = task.getProcessDefinitionId();
        return definition == null ? "" : definition.split(":")[0];
    }

    /** The deadline variable (ISO date) when the process has one, else the day the task is due. */
    static LocalDate deadlineOf(DelegateTask task) {
        LocalDate deadline = date(task.getVariable("deadline"));
        if (deadline != null) {
            return deadline;
        }
        return task.getDueDate() == null ? null : task.getDueDate().toInstant().atZone(OFFICE_ZONE).toLocalDate();
    }

    /** Timestamps of the read model are UTC, as Hibernate's are ({@code hibernate.jdbc.time_zone}). */
    static java.util.Calendar utc() {
        return java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC"));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    static LocalDate date(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof java.util.Date date) {
            return date.toInstant().atZone(OFFICE_ZONE).toLocalDate();
        }
        if (value instanceof String text && !text.isBlank()) {
            try {
                return LocalDate.parse(text.strip().length() > 10 ? text.strip().substring(0, 10) : text.strip());
            } catch (DateTimeParseException e) {
                LOG.warning(() -> "Not an ISO date, left out of the inbox: " + text);
            }
        }
        return null;
    }

    private static void setLong(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof Number number) {
            statement.setLong(index, number.longValue());
        } else if (value instanceof String text && text.matches("-?\\d+")) {
            statement.setLong(index, Long.parseLong(text));
        } else {
            statement.setNull(index, Types.BIGINT);
        }
    }

    /** Assignee and candidate links are of these types; only candidates go to the child table. */
    static boolean isCandidate(String type) {
        return type == null || IdentityLinkType.CANDIDATE.equals(type);
    }
}
