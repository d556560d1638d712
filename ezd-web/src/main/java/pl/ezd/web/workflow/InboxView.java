package pl.ezd.web.workflow;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import pl.ezd.organization.boundary.Staff;
import pl.ezd.organization.boundary.StaffMember;
import pl.ezd.organization.entity.Role;
import pl.ezd.web.session.Messages;
import pl.ezd.workflow.boundary.Inbox;
import pl.ezd.workflow.boundary.InboxTask;
import pl.ezd.workflow.boundary.IncomingItemTasks;
import pl.ezd.workflow.boundary.TaskActionRejectedException;
import pl.ezd.workflow.boundary.TaskNotFoundException;

/** The workflow inbox screen: a lazy page of the user's tasks and each task's own actions. */
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
    private InboxTask selected;
    private String clerk;
    private String instructions;
    private String returnReason;
    private List<StaffMember> clerks;

    public LazyDataModel<InboxTask> getTasks() {
        return tasks;
    }

    public List<StaffMember> getClerks() {
        if (clerks == null) {
            clerks = staff.withRole(Role.CLERK);
        }
        return clerks;
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
            messages.errorText(e.getMessage());
        } catch (jakarta.ejb.EJBException e) {
            if (!(e.getCause() instanceof IllegalArgumentException refused)) {
                throw e;
            }
            messages.errorText(refused.getMessage());
        }
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

    /** Pages come from the engine as the table asks for them; nothing is loaded up front. */
    private class InboxTasks extends LazyDataModel<InboxTask> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) inbox.tasks(0, 1).total();
        }

        @Override
        public List<InboxTask> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            var page = inbox.tasks(first, pageSize);
            setRowCount((int) page.total());
            return page.tasks();
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
