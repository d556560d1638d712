package pl.ezd.workflow.boundary;

import static pl.ezd.workflow.boundary.TaskVariables.*;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import pl.ezd.audit.boundary.AuditTrail;
import pl.ezd.organization.boundary.Caller;
import pl.ezd.organization.boundary.CallerIdentity;
import pl.ezd.organization.entity.Role;
import pl.ezd.workflow.control.InboxReadModel;
import pl.ezd.workflow.control.WorkflowEngine;

/**
 * The caller's workflow inbox: tasks assigned to them and tasks offered to the groups of their
 * roles (in the organisation and in the units they hold posts in), plus those of whoever they act
 * for ({@link ActingFor}), only ever of their own organisation (the steps of an incoming item are
 * {@link IncomingItemTasks}, of a case {@link CaseTasks}). Lists come from the inbox read model the
 * engine keeps in its own transaction, never from the engine's variables. Claims,
 * releases, assignments and completed steps are recorded in the audit trail in their transaction.
 */
@Stateless
@RolesAllowed({Role.REGISTRY_NAME, Role.CLERK_NAME, Role.HEAD_NAME, Role.ARCHIVIST_NAME, Role.ORG_ADMIN_NAME})
public class Inbox {

    static final int MAX_PAGE_SIZE = InboxRequest.MAX_PAGE_SIZE;

    @Inject
    WorkflowEngine engine;

    @Inject
    Caller caller;

    @Inject
    pl.ezd.organization.boundary.Substitutions substitutions;

    @Inject
    AuditTrail auditTrail;

    @Inject
    pl.ezd.organization.boundary.Staff staff;

    @Inject
    @Any
    Instance<ActingFor> actingFor;

    @PersistenceContext
    EntityManager em;

    /** The newest tasks first, unfiltered (kept for callers that need no more). */
    public InboxPage tasks(int first, int pageSize) {
        return tasks(InboxRequest.newestFirst(Math.max(0, first), Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE))));
    }

    /**
     * One page and how many tasks match: one list query and one count that stops at
     * {@link InboxPage#countLimit} (at least {@link InboxPage#COUNT_CAP}); beyond it the page says
     * "more than {@code total}" ({@code totalExact} false).
     */
    public InboxPage tasks(InboxRequest request) {
        InboxListing.Scope scope = scope(caller.identity());
        LocalDate today = today();
        var listing = new InboxListing(em);
        long limit = InboxPage.countLimit(request.first(), request.pageSize());
        return InboxPage.of(listing.page(scope, request, today), listing.count(scope, request.filter(), today, limit), limit);
    }

    /** One page without counting (the screen counts once per page with {@link #count}). */
    public List<InboxTask> list(InboxRequest request) {
        return new InboxListing(em).page(scope(caller.identity()), request, today());
    }

    /** How many tasks of the caller match the filter (exact: O(visible tasks); screens of long lists use {@link #count(InboxFilter, long)}). */
    public long count(InboxFilter filter) {
        return new InboxListing(em).count(scope(caller.identity()), filter == null ? InboxFilter.NONE : filter, today());
    }

    /**
     * How many tasks of the caller match the filter, counting no further than {@code limit}: the
     * exact number below the limit, else the limit (there may be more). Its cost grows with the
     * limit, not with the tasks the caller sees.
     */
    public long count(InboxFilter filter, long limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("Liczenie zadań: granica musi być dodatnia");
        }
        return new InboxListing(em).count(scope(caller.identity()), filter == null ? InboxFilter.NONE : filter, today(), limit);
    }

    /**
     * One task of the caller's inbox, as the list shows it (for the task's own page); a task of
     * another organisation, or one the caller may not see, is {@link TaskNotFoundException}.
     */
    public InboxTask task(String taskId) {
        if (taskId == null || taskId.isBlank()) {
            throw new TaskNotFoundException(taskId);
        }
        return visible(scope(caller.identity()), taskId);
    }

    /** The kinds of task in the caller's inbox, for choosing a filter. */
    public List<TaskKind> taskKinds() {
        return new InboxListing(em).kinds(scope(caller.identity())).stream()
                .map(kind -> new TaskKind(kind[0], kind[1], kind[2])).distinct().toList();
    }

    /**
     * Takes a task offered to one of the caller's groups (or of someone they act for), or takes over
     * a task assigned to a colleague the caller stands in for.
     */
    public InboxTask claim(String taskId) {
        CallerIdentity me = caller.identity();
        InboxListing.Scope scope = scope(me);
        InboxTask task = visible(scope, taskId);
        if (task.assignee() != null && !task.assignee().equals(me.username())) {
            if (!scope.usernames().contains(task.assignee())) {
                throw TaskActionRejectedException.of("workflow.task.claimed", task.assignee());
            }
            // a substitute takes over the absent colleague's task; the trail says for whom
            tasks().setAssignee(taskId, me.username());
            tasks().setVariableLocal(taskId, ACTING_FOR, task.assignee());
            record(me, task, "TASK_TAKEN_OVER", "przejęte w zastępstwie za " + task.assignee());
            return visible(scope, taskId);
        }
        if (task.assignee() == null) {
            String absent = substitutedBy(me, new InboxListing(em).candidateGroups(me.organizationId(), taskId));
            tasks().claim(taskId, me.username());
            if (absent == null) {
                tasks().removeVariableLocal(taskId, ACTING_FOR);
                record(me, task, "TASK_CLAIMED", "pobrane");
            } else {
                // offered only to the groups of a colleague the caller stands in for: taken for them
                tasks().setVariableLocal(taskId, ACTING_FOR, absent);
                record(me, task, "TASK_CLAIMED", "pobrane w zastępstwie za " + absent);
            }
        }
        return visible(scope, taskId);
    }

    /**
     * The colleague the caller stands in for whose groups the task is offered to, when none of
     * the caller's own groups is; null when the caller may take it as their own.
     */
    private String substitutedBy(CallerIdentity me, Set<String> offeredTo) {
        if (offeredTo.stream().anyMatch(me.workflowGroups()::contains)) {
            return null;
        }
        for (var absent : substitutions.absenteesSubstitutedBy(me.username(), today())) {
            boolean theirs = caller.colleague(absent.username())
                    .map(colleague -> colleague.workflowGroups().stream().anyMatch(offeredTo::contains)).orElse(false);
            if (theirs) {
                return absent.username();
            }
        }
        return null;
    }

    /** Gives a claimed task back to the groups it was offered to (and so, maybe, out of the caller's inbox). */
    public void release(String taskId) {
        CallerIdentity me = caller.identity();
        InboxListing.Scope scope = scope(me);
        InboxTask task = visible(scope, taskId);
        if (task.assignee() == null) {
            return;
        }
        if (!scope.usernames().contains(task.assignee())) {
            throw TaskActionRejectedException.of("workflow.release.notAssignee", task.assignee());
        }
        if (new InboxListing(em).candidateGroups(me.organizationId(), taskId).isEmpty()) {
            throw TaskActionRejectedException.of("workflow.release.noGroup");
        }
        tasks().setAssignee(taskId, null);
        tasks().removeVariableLocal(taskId, ACTING_FOR);
        record(me, task, "TASK_RELEASED", "zwolnione przez " + task.assignee());
    }

    /**
     * A head hands several tasks offered to their groups to one clerk of a unit they hold a post
     * in, all or none: an unknown task or a wrong clerk changes nothing.
     */
    @RolesAllowed(Role.HEAD_NAME)
    public int assign(List<String> taskIds, String assignee) {
        CallerIdentity me = caller.identity();
        if (taskIds == null || taskIds.isEmpty()) {
            throw new IllegalArgumentException("Wybierz co najmniej jedno zadanie do przydzielenia");
        }
        if (taskIds.size() > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("Jednorazowo można przydzielić najwyżej " + MAX_PAGE_SIZE + " zadań");
        }
        Set<String> units = new LinkedHashSet<>();
        me.posts().forEach(post -> units.add(post.unitSymbol()));
        boolean clerkOfMyUnit = assignee != null && staff.withRole(Role.CLERK).stream()
                .anyMatch(member -> member.username().equals(assignee) && units.contains(member.unitSymbol()));
        if (!clerkOfMyUnit) {
            throw TaskActionRejectedException.of("workflow.assign.notOwnUnit");
        }
        InboxListing.Scope scope = scope(me);
        var listing = new InboxListing(em);
        for (String taskId : new LinkedHashSet<>(taskIds)) {
            InboxTask task = visible(scope, taskId);
            Set<String> offeredTo = listing.candidateGroups(me.organizationId(), taskId);
            if (offeredTo.stream().noneMatch(scope.groups()::contains)) {
                throw TaskActionRejectedException.of("workflow.assign.notOffered", task.name(), describe(task));
            }
            if (!assignee.equals(task.assignee())) {
                tasks().setAssignee(taskId, assignee);
                record(me, task, "TASK_ASSIGNED", "przydzielone: " + assignee
                        + (task.assignee() == null ? "" : " (wcześniej: " + task.assignee() + ")"));
            }
        }
        return new LinkedHashSet<>(taskIds).size();
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

    private InboxTask visible(InboxListing.Scope scope, String taskId) {
        return new InboxListing(em).find(scope, taskId, today()).orElseThrow(() -> new TaskNotFoundException(taskId));
    }

    /**
     * The users and groups the caller acts as: themself, their roles in the organisation
     * ({@code org:<id>:<ROLE>}) and in each unit they hold a post in ({@code org:<id>:unit:<SYMBOL>:<ROLE>}),
     * and whatever {@link ActingFor} adds (substitutions).
     */
    InboxListing.Scope scope(CallerIdentity me) {
        Set<String> users = new LinkedHashSet<>(List.of(me.username()));
        // the organisation's groups of the caller's roles, and each post's roles in its own unit
        Set<String> groups = new LinkedHashSet<>(me.workflowGroups());
        for (ActingFor extension : actingFor) {
            ActingFor.Principals principals = extension.of(me);
            users.addAll(principals.usernames());
            groups.addAll(principals.groups());
        }
        return new InboxListing.Scope(me.organizationId(), users, groups);
    }

    private static LocalDate today() {
        return LocalDate.now(InboxReadModel.OFFICE_ZONE);
    }

    private static String describe(InboxTask task) {
        return task.rpwNumber() != null ? task.rpwNumber() : task.caseReference() != null ? task.caseReference() : task.id();
    }

    private void record(CallerIdentity me, InboxTask task, String action, String detail) {
        if (task.itemId() != null) {
            auditTrail.record(me.organizationId(), me.username(), action, "IncomingItem", task.itemId(), task.name() + ": " + detail);
        } else if (task.caseId() != null) {
            auditTrail.record(me.organizationId(), me.username(), action, "Case", task.caseId(), task.name() + ": " + detail);
        } else {
            auditTrail.record(me.organizationId(), me.username(), action, "Task", task.id(), task.name() + ": " + detail);
        }
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
