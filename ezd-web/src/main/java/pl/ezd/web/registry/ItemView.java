package pl.ezd.web.registry;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import pl.ezd.correspondence.boundary.IncomingItemNotFoundException;
import pl.ezd.correspondence.boundary.IncomingItems;
import pl.ezd.correspondence.boundary.OriginalLoanView;
import pl.ezd.correspondence.boundary.RegisteredItem;
import pl.ezd.documents.boundary.DocumentView;
import pl.ezd.validation.boundary.InvalidInputException;

/**
 * One item of the incoming register: its metadata, files (download and preview through the API),
 * status, where its paper original lies and who borrowed it; the registry office records the
 * original's place, loans and returns here. Another organisation's id shows "not found".
 */
@Named
@ViewScoped
public class ItemView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final java.util.Map<String, String> FIELD_IDS = java.util.Map.of(
            "location", "location", "lentTo", "lent-to", "purpose", "purpose", "itemId", "lent-to");

    @Inject
    IncomingItems incomingItems;

    private Long id;
    private RegisteredItem item;
    private List<DocumentView> files = List.of();
    private List<OriginalLoanView> loans;
    private String location;
    private String lentTo;
    private String purpose;

    /** Reads the item named by the address ({@code ?id=}); nothing of another organisation, nor a malformed id. */
    @jakarta.annotation.PostConstruct
    void open() {
        String parameter = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().get("id");
        try {
            id = parameter == null ? null : Long.valueOf(parameter.strip());
        } catch (NumberFormatException e) {
            id = null;
        }
        load();
    }

    void load() {
        item = id == null ? null : incomingItems.find(id).orElse(null);
        if (item != null) {
            files = incomingItems.files(id);
            location = item.metadata().storageLocation();
        }
        loans = null;
    }

    public List<OriginalLoanView> getLoans() {
        if (loans == null && item != null) {
            try {
                loans = incomingItems.loans(item.id());
            } catch (EJBAccessException e) {
                loans = List.of();
            }
        }
        return loans;
    }

    public boolean isLent() {
        return getLoans() != null && getLoans().stream().anyMatch(loan -> loan.returnedAt() == null);
    }

    public void placeOriginal() {
        act(() -> incomingItems.placeOriginal(item.id(), location), "item.original.placed", "place-form");
    }

    public void lend() {
        act(() -> incomingItems.lendOriginal(item.id(), lentTo, purpose), "item.loan.lent", "loan-form");
        if (!jakarta.faces.context.FacesContext.getCurrentInstance().isValidationFailed()) {
            lentTo = null;
            purpose = null;
        }
    }

    public void giveBack() {
        act(() -> incomingItems.returnOriginal(item.id()), "item.loan.returned", "loan-form");
    }

    private void act(Runnable change, String doneKey, String formId) {
        try {
            change.run();
            Texts.info(doneKey);
            load();
        } catch (InvalidInputException e) {
            FieldMessages.show(formId, FIELD_IDS, e.violations());
        } catch (IncomingItemNotFoundException e) {
            Texts.error("item.notFound");
        }
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public RegisteredItem getItem() { return item; }
    public List<DocumentView> getFiles() { return files; }
    public String getLocation() { return location; }
    public void setLocation(String location) { this.location = location; }
    public String getLentTo() { return lentTo; }
    public void setLentTo(String lentTo) { this.lentTo = lentTo; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
}
