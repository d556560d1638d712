package pl.ezd.web.registry;

import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import pl.ezd.correspondence.boundary.OutgoingItemView;
import pl.ezd.correspondence.boundary.OutgoingRegistration;
import pl.ezd.correspondence.entity.DispatchChannel;
import pl.ezd.correspondence.entity.OutgoingItem;
import pl.ezd.workflow.boundary.CaseTasks;
import pl.ezd.workflow.boundary.Inbox;
import pl.ezd.workflow.boundary.InboxFilter;
import pl.ezd.workflow.boundary.InboxRequest;
import pl.ezd.workflow.boundary.InboxSort;
import pl.ezd.workflow.boundary.InboxTask;
import pl.ezd.workflow.boundary.TaskActionRejectedException;
import pl.ezd.workflow.boundary.TaskNotFoundException;

/**
 * The registry office's dispatch queue: signed letters of cases waiting to be sent (the "Wysłanie
 * pisma" step offered to the office), oldest first; dispatching one enters it in the outgoing
 * register under its channel.
 */
@Named
@ViewScoped
public class DispatchQueueView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String DISPATCH_TASK = "Task_Wysylka";

    @Inject
    Inbox inbox;

    @Inject
    CaseTasks caseTasks;

    private String text;
    private final LazyDataModel<InboxTask> tasks = new Queue();
    private InboxTask selected;
    private String addressee;
    private String street;
    private String postalCode;
    private String city;
    private String electronicAddress;
    private DispatchChannel channel;
    private LocalDate dateOnLetter;
    private LocalDate sentOn;
    private String notes;
    private OutgoingItemView dispatched;

    InboxFilter filter() {
        return new InboxFilter(text, null, CaseTasks.PROCESS_KEY, DISPATCH_TASK);
    }

    public void applyFilter() {
        // the table reloads its first page
    }

    public void prepare(InboxTask task) {
        selected = task;
        addressee = street = postalCode = city = electronicAddress = notes = null;
        channel = null;
        dateOnLetter = null;
        sentOn = null;
    }

    public void dispatch() {
        var registration = new OutgoingRegistration(null, new OutgoingItem.Addressee(addressee, street, postalCode, city,
                electronicAddress), channel, dateOnLetter, sentOn, null, null, notes, null);
        try {
            dispatched = caseTasks.dispatch(selected.id(), registration);
            Texts.info("dispatch.done", dispatched.registerNumber(), dispatched.addressee().name());
        } catch (TaskNotFoundException e) {
            refused(Texts.format(FacesContext.getCurrentInstance(), "dispatch.gone"));
        } catch (TaskActionRejectedException e) {
            refused(pl.ezd.web.session.ScreenActions.wording(e));
        } catch (EJBException e) {
            Throwable cause = e.getCause();
            while (cause != null && !(cause instanceof IllegalArgumentException) && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            if (cause == null) {
                throw e;
            }
            refused(pl.ezd.web.session.ScreenActions.wording(cause));
        }
    }

    private static void refused(String text) {
        Texts.errorText(text);
        FacesContext.getCurrentInstance().validationFailed();
    }

    public DispatchChannel[] getChannels() {
        return DispatchChannel.values();
    }

    public LazyDataModel<InboxTask> getTasks() {
        return tasks;
    }

    public InboxTask getSelected() { return selected; }
    public OutgoingItemView getDispatched() { return dispatched; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getAddressee() { return addressee; }
    public void setAddressee(String addressee) { this.addressee = addressee; }
    public String getStreet() { return street; }
    public void setStreet(String street) { this.street = street; }
    public String getPostalCode() { return postalCode; }
    public void setPostalCode(String postalCode) { this.postalCode = postalCode; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getElectronicAddress() { return electronicAddress; }
    public void setElectronicAddress(String electronicAddress) { this.electronicAddress = electronicAddress; }
    public DispatchChannel getChannel() { return channel; }
    public void setChannel(DispatchChannel channel) { this.channel = channel; }
    public LocalDate getDateOnLetter() { return dateOnLetter; }
    public void setDateOnLetter(LocalDate dateOnLetter) { this.dateOnLetter = dateOnLetter; }
    public LocalDate getSentOn() { return sentOn; }
    public void setSentOn(LocalDate sentOn) { this.sentOn = sentOn; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }

    /** The waiting letters from the inbox read model, oldest first, counted once per page. */
    private class Queue extends LazyDataModel<InboxTask> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            try {
                return (int) Math.min(Integer.MAX_VALUE, inbox.count(filter()));
            } catch (IllegalArgumentException e) {
                Texts.errorText(pl.ezd.web.session.ScreenActions.wording(e));
                return 0;
            }
        }

        @Override
        public List<InboxTask> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            try {
                return inbox.list(new InboxRequest(first, Math.min(pageSize, InboxRequest.MAX_PAGE_SIZE), InboxSort.CREATED, true,
                        filter()));
            } catch (IllegalArgumentException e) {
                return List.of();
            }
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
