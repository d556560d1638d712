package pl.ezd.workflow.boundary;

import static pl.ezd.workflow.boundary.TaskVariables.*;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import pl.ezd.audit.boundary.AuditTrail;
import pl.ezd.correspondence.boundary.IncomingItemProgressed;
import pl.ezd.correspondence.entity.ItemStatus;
import pl.ezd.organization.boundary.Caller;
import pl.ezd.organization.boundary.CallerIdentity;
import pl.ezd.organization.entity.Role;
import pl.ezd.workflow.control.WorkflowEngine;

/**
 * The caller's workflow inbox: tasks assigned to them and tasks offered to the groups of their
 * roles, only ever of their own organisation. Claiming is recorded in the audit trail; the steps
 * of an incoming item are {@link IncomingItemTasks}.
 */
@Stateless
@RolesAllowed({Role.REGISTRY_NAME, Role.CLERK_NAME, Role.HEAD_NAME, Role.ARCHIVIST_NAME, Role.ORG_ADMIN_NAME})
public class Inbox {

    static final int MAX_PAGE_SIZE = 200;
    private static final List<String> SHOWN_VARIABLES = List.of(RPW_NUMBER, TITLE, SENDER, ITEM_ID, RETURN_REASON, RECEIVED_ON);

    @Inject
    WorkflowEngine engine;

    @Inject
    Caller caller;

    @Inject
    AuditTrail auditTrail;

    @Inject
    jakarta.enterprise.event.Event<IncomingItemProgressed> progressed;

    public InboxPage tasks(int first, int pageSize) {
        CallerIdentity me = caller.identity();
        int size = Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE));
        // The page holds at most MAX_PAGE_SIZE tasks, so reading their variables stays bounded;
        // a read model maintained from task events replaces this when the inbox grows (issue 4).
        List<InboxTask> tasks = visibleTo(me).orderByTaskCreateTime().desc().orderByTaskId().asc()
                .listPage(Math.max(0, first), size).stream()
                .map(this::toInboxTask)
                .toList();
        return new InboxPage(tasks, visibleTo(me).count());
    }

    /** Takes a task offered to one of the caller's groups. */
    public InboxTask claim(String taskId) {
        CallerIdentity me = caller.identity();
        Task task = find(me, taskId);
        if (task.getAssignee() != null && !task.getAssignee().equals(me.username())) {
            throw new TaskActionRejectedException("Zadanie zostało już pobrane przez " + task.getAssignee());
        }
        if (task.getAssignee() == null) {
            tasks().claim(taskId, me.username());
            record(me, task, "TASK_CLAIMED", task.getName());
        }
        return toInboxTask(tasks().createTaskQuery().taskId(taskId).singleResult());
    }

    private Task find(CallerIdentity me, String taskId) {
        Task task = visibleTo(me).taskId(taskId).singleResult();
        if (task == null) {
            throw new TaskNotFoundException(taskId);
        }
        return task;
    }

    private TaskQuery visibleTo(CallerIdentity me) {
        TaskQuery query = tasks().createTaskQuery()
                .tenantIdIn(String.valueOf(me.organizationId()))
                .active();
        List<String> groups = me.workflowGroups();
        if (groups.isEmpty()) {
            return query.taskAssignee(me.username());
        }
        return query.or().taskAssignee(me.username()).taskCandidateGroupIn(groups).endOr();
    }

    private InboxTask toInboxTask(Task task) {
        Map<String, Object> variables = tasks().getVariables(task.getId(), SHOWN_VARIABLES);
        Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
        return new InboxTask(task.getId(), task.getTaskDefinitionKey(), task.getName(),
                (String) variables.get(RPW_NUMBER), (String) variables.get(TITLE), (String) variables.get(SENDER),
                variables.get(RECEIVED_ON) == null ? null : java.time.LocalDate.parse((String) variables.get(RECEIVED_ON)),
                task.getCreateTime().toInstant(), due, task.getAssignee(),
                due != null && due.isBefore(Instant.now()), (String) variables.get(RETURN_REASON));
    }

    /** Written before the task completes: the same transaction, while its variables are still readable. */
    /** The register keeps the item's status and unit (correspondence observes the event in this transaction). */
    private java.util.Optional<Long> itemOf(Task task) {
        return tasks().getVariable(task.getId(), ITEM_ID) instanceof Number id ? java.util.Optional.of(id.longValue())
                : java.util.Optional.empty();
    }

    private void record(CallerIdentity me, Task task, String action, String detail) {
        Object itemId = tasks().getVariable(task.getId(), ITEM_ID);
        auditTrail.record(me.organizationId(), me.username(), action, "IncomingItem", itemId,
                task.getName() + ": " + detail);
    }

    private TaskService tasks() {
        return engine.processEngine().getTaskService();
    }
}
