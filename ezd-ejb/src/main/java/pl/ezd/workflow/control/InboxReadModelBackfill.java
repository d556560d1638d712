package pl.ezd.workflow.control;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * Brings the inbox read model level with the engine's runtime tasks: rows for open tasks that
 * have none (tasks created before the read model existed, e.g. demo data of an older database)
 * and no rows for tasks that are gone. Idempotent: a second run finds nothing to do. Written as
 * anti-joins ({@code not exists}), not {@code not in}: PostgreSQL runs {@code not in (subquery)}
 * as a nested scan once the subquery's ids outgrow work_mem, which with 500 000 open tasks kept
 * the server from booting.
 */
public final class InboxReadModelBackfill {

    /** What one run changed. */
    public record Result(int added, int removed) {
    }

    private InboxReadModelBackfill() {
    }

    public static Result run(ProcessEngine engine) {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        return configuration.getCommandExecutorTxRequired().execute(InboxReadModelBackfill::backfill);
    }

    private static Result backfill(CommandContext context) {
        var connection = context.getDbSqlSession().getSqlSession().getConnection();
        try {
            int removed;
            try (PreparedStatement candidates = connection.prepareStatement(
                    "delete from inbox_task_candidate c where not exists (select 1 from act_ru_task t where t.id_ = c.task_id)");
                 PreparedStatement tasks = connection.prepareStatement(
                    "delete from inbox_task i where not exists (select 1 from act_ru_task t where t.id_ = i.task_id)")) {
                candidates.executeUpdate();
                removed = tasks.executeUpdate();
            }
            List<String> missing = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "select t.id_ from act_ru_task t where not exists (select 1 from inbox_task i where i.task_id = t.id_)");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    missing.add(rows.getString(1));
                }
            }
            int added = 0;
            for (String taskId : missing) {
                TaskEntity task = context.getTaskManager().findTaskById(taskId);
                if (task != null && task.getProcessInstanceId() != null) {
                    InboxReadModel.write(task, true);
                    added++;
                }
            }
            return new Result(added, removed);
        } catch (SQLException e) {
            throw new ProcessEngineException("Cannot backfill the inbox read model", e);
        }
    }
}
