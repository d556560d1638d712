package pl.ezd.web.workflow;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import pl.ezd.organization.boundary.Staff;
import pl.ezd.organization.boundary.StaffMember;
import pl.ezd.organization.entity.Role;
import pl.ezd.web.session.CappedCount;
import pl.ezd.web.session.Messages;
import pl.ezd.workflow.boundary.Inbox;
import pl.ezd.workflow.boundary.InboxFilter;
import pl.ezd.workflow.boundary.InboxRequest;
import pl.ezd.workflow.boundary.InboxSort;
import pl.ezd.workflow.boundary.InboxTask;
import pl.ezd.workflow.boundary.IncomingItemTasks;
import pl.ezd.workflow.boundary.TaskKind;
import pl.ezd.workflow.boundary.TaskActionRejectedException;
import pl.ezd.workflow.boundary.TaskNotFoundException;

/**
 * The workflow inbox screen: a lazy page of the user's tasks (sorted, filtered, counted once per
 * page by the boundary), each task's own actions, and a head's bulk assignment.
 */
@Named
@ViewScoped
public class InboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Inbox inbox;

    @Inject
    IncomingItemTasks incomingItems;

    @Inject
    Staff staff;

    @Inject
    Messages messages;

    private final LazyDataModel<InboxTask> tasks = new InboxTasks();
    private final CappedCount count = new CappedCount();
    private InboxTask selected;
    private String clerk;
    private String instructions;
    private String returnReason;
    private List<StaffMember> clerks;
    private List<TaskKind> taskKinds;
    private String text;
    private String overdue = "";
    private String taskKind = "";
    private String sort = InboxSort.CREATED.parameter();
    private String order = "desc";
    private List<InboxTask> chosen = new ArrayList<>();
    private String assignee;

    /** The table's count: exact up to {@link CappedCount#CAP}, else "ponad …". */
    public CappedCount getCount() {
        return count;
    }

    public LazyDataModel<InboxTask> getTasks() {
        return tasks;
    }

    public List<StaffMember> getClerks() {
        if (clerks == null) {
            clerks = staff.withRole(Role.CLERK);
        }
        return clerks;
    }

    public List<TaskKind> getTaskKinds() {
        if (taskKinds == null) {
            taskKinds = inbox.taskKinds();
        }
        return taskKinds;
    }

    public InboxSort[] getSorts() {
        return InboxSort.values();
    }

    /** The filter as typed; a bad one (e.g. too long text) shows its Polish reason and filters nothing. */
    InboxFilter filter() {
        Boolean overdueOnly = overdue == null || overdue.isBlank() ? null : Boolean.valueOf(overdue);
        String processKey = null;
        String taskKey = null;
        if (taskKind != null && taskKind.contains("/")) {
            processKey = taskKind.substring(0, taskKind.indexOf('/'));
            taskKey = taskKind.substring(taskKind.indexOf('/') + 1);
        }
        return new InboxFilter(text, overdueOnly, processKey, taskKey);
    }

    public void applyFilter() {
        chosen = new ArrayList<>();
        taskKinds = null;
    }

    public void claim(InboxTask task) {
        act(() -> inbox.claim(task.id()), "task.done.claimed");
    }

    public void prepare(InboxTask task) {
        selected = task;
        clerk = null;
        instructions = null;
        returnReason = null;
    }

    public void decree() {
        act(() -> incomingItems.decree(selected.id(), new IncomingItemTasks.Dekretacja(null, clerk, List.of(), instructions, null)),
                "task.done.decreed");
    }

    public void accept(InboxTask task) {
        act(() -> incomingItems.accept(task.id()), "task.done.accepted");
    }

    public void release(InboxTask task) {
        act(() -> inbox.release(task.id()), "task.done.released");
    }

    public void prepareAssignment() {
        assignee = null;
    }

    public void assignChosen() {
        List<String> ids = chosen.stream().map(InboxTask::id).toList();
        try {
            int count = inbox.assign(ids, assignee);
            chosen = new ArrayList<>();
            messages.info("task.done.assigned", count);
        } catch (TaskNotFoundException e) {
            messages.error("task.error.notFound");
        } catch (TaskActionRejectedException e) {
            messages.errorText(pl.ezd.web.session.ScreenActions.wording(e));
        } catch (jakarta.ejb.EJBException e) {
            if (e.getCause() instanceof IllegalArgumentException refused) {
                messages.errorText(pl.ezd.web.session.ScreenActions.wording(refused));
            } else {
                throw e;
            }
        }
    }

    public void returnItem() {
        act(() -> incomingItems.returnItem(selected.id(), returnReason), "task.done.returned");
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            messages.info(doneKey);
        } catch (TaskNotFoundException e) {
            messages.error("task.error.notFound");
        } catch (TaskActionRejectedException e) {
            messages.errorText(pl.ezd.web.session.ScreenActions.wording(e));
        } catch (jakarta.ejb.EJBException e) {
            if (!(e.getCause() instanceof IllegalArgumentException refused)) {
                throw e;
            }
            messages.errorText(pl.ezd.web.session.ScreenActions.wording(refused));
        }
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getOverdue() {
        return overdue;
    }

    public void setOverdue(String overdue) {
        this.overdue = overdue;
    }

    public String getTaskKind() {
        return taskKind;
    }

    public void setTaskKind(String taskKind) {
        this.taskKind = taskKind;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public String getOrder() {
        return order;
    }

    public void setOrder(String order) {
        this.order = order;
    }

    public List<InboxTask> getChosen() {
        return chosen;
    }

    public void setChosen(List<InboxTask> chosen) {
        this.chosen = chosen == null ? new ArrayList<>() : chosen;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public InboxTask getSelected() {
        return selected;
    }

    public String getClerk() {
        return clerk;
    }

    public void setClerk(String clerk) {
        this.clerk = clerk;
    }

    public String getInstructions() {
        return instructions;
    }

    public void setInstructions(String instructions) {
        this.instructions = instructions;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public void setReturnReason(String returnReason) {
        this.returnReason = returnReason;
    }

    /**
     * Pages come from the inbox read model as the table asks for them: one count per page, then
     * the page itself. Sorting by a column header wins over the sort chosen above the table.
     */
    private class InboxTasks extends LazyDataModel<InboxTask> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            try {
                int limit = count.limit();
                return count.rowCount(inbox.count(filter(), limit), limit);
            } catch (IllegalArgumentException | jakarta.ejb.EJBException e) {
                count.none();
                messages.errorText(reason(e));
                return 0;
            }
        }

        @Override
        public List<InboxTask> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            InboxSort by = InboxSort.ofParameter(sort);
            boolean ascending = "asc".equals(order);
            for (SortMeta meta : sortBy.values()) {
                if (meta.getOrder() != SortOrder.UNSORTED && meta.getField() != null) {
                    by = InboxSort.ofParameter(meta.getField());
                    ascending = meta.getOrder() == SortOrder.ASCENDING;
                }
            }
            count.loaded(first, pageSize);
            try {
                return inbox.list(new InboxRequest(first, Math.min(pageSize, InboxRequest.MAX_PAGE_SIZE), by, ascending, filter()));
            } catch (IllegalArgumentException | jakarta.ejb.EJBException e) {
                return List.of();
            }
        }

        private static String reason(RuntimeException e) {
            Throwable cause = e instanceof jakarta.ejb.EJBException && e.getCause() != null ? e.getCause() : e;
            if (cause instanceof IllegalArgumentException) {
                return pl.ezd.web.session.ScreenActions.wording(cause);
            }
            throw e;
        }

        @Override
        public String getRowKey(InboxTask task) {
            return task.id();
        }

        @Override
        public InboxTask getRowData(String rowKey) {
            return getWrappedData() == null ? null
                    : getWrappedData().stream().filter(task -> task.id().equals(rowKey)).findFirst().orElse(null);
        }
    }
}
