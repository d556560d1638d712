package pl.ezd.workflow.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import pl.ezd.organization.boundary.CallerIdentity;

/**
 * The open tasks a caller may act on: of their organisation (process tenant), assigned to them or
 * offered to one of their groups. A task outside that set is reported as absent.
 */
@ApplicationScoped
public class VisibleTasks {

    @Inject
    WorkflowEngine engine;

    /** The task if the caller may see it, else null. */
    public Task find(CallerIdentity me, String taskId) {
        return query(me).taskId(taskId).singleResult();
    }

    public TaskQuery query(CallerIdentity me) {
        TaskQuery query = tasks().createTaskQuery()
                .tenantIdIn(String.valueOf(me.organizationId()))
                .active();
        List<String> groups = me.workflowGroups();
        if (groups.isEmpty()) {
            return query.taskAssignee(me.username());
        }
        return query.or().taskAssignee(me.username()).taskCandidateGroupIn(groups).endOr();
    }

    public TaskService tasks() {
        return engine.processEngine().getTaskService();
    }
}
