package pl.ezd.web.workflow;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.TreeNode;
import org.primefaces.model.file.UploadedFile;
import pl.ezd.audit.boundary.AuditRecord;
import pl.ezd.audit.boundary.AuditTrail;
import pl.ezd.cases.boundary.CaseView;
import pl.ezd.cases.boundary.Cases;
import pl.ezd.cases.boundary.MetrykaRow;
import pl.ezd.cases.boundary.TerminZalatwienia;
import pl.ezd.classification.boundary.FilePlan;
import pl.ezd.classification.boundary.JrwaTree;
import pl.ezd.correspondence.boundary.IncomingItems;
import pl.ezd.correspondence.boundary.OutgoingRegistration;
import pl.ezd.correspondence.boundary.RegisteredItem;
import pl.ezd.correspondence.entity.DispatchChannel;
import pl.ezd.correspondence.entity.OutgoingItem;
import pl.ezd.documents.boundary.DocumentView;
import pl.ezd.documents.boundary.Documents;
import pl.ezd.documents.boundary.VersionView;
import pl.ezd.organization.boundary.Staff;
import pl.ezd.organization.boundary.StaffMember;
import pl.ezd.organization.entity.Role;
import pl.ezd.web.cases.Trees;
import pl.ezd.web.session.ScreenActions;
import pl.ezd.workflow.boundary.CaseTaskView;
import pl.ezd.workflow.boundary.CaseTasks;
import pl.ezd.workflow.boundary.Inbox;
import pl.ezd.workflow.boundary.InboxTask;
import pl.ezd.workflow.boundary.IncomingItemTasks;
import pl.ezd.workflow.boundary.TaskNotFoundException;

/**
 * One task on its own page ({@code /workflow/task.xhtml?id=}): the document it is about shown in
 * the page, its metadata, signature report and history, and the task's own actions in dialogs.
 * Every action is a call of the workflow boundary; what the screen may offer follows the task's
 * key, what is allowed is decided there.
 */
@Named
@ViewScoped
public class TaskView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String BUNDLE = "cmsg";
    private static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Warsaw");

    @Inject
    Inbox inbox;

    @Inject
    IncomingItemTasks incomingItems;

    @Inject
    CaseTasks caseTasks;

    @Inject
    IncomingItems register;

    @Inject
    Cases cases;

    @Inject
    Documents documents;

    @Inject
    AuditTrail auditTrail;

    @Inject
    FilePlan filePlan;

    @Inject
    Staff staff;

    @Inject
    ScreenActions actions;

    @Inject
    pl.ezd.web.session.Messages messages;

    private String id;
    private InboxTask task;
    private boolean notFound;
    private boolean done;
    private RegisteredItem item;
    private List<DocumentView> files = List.of();
    private CaseView theCase;
    private DocumentView draft;
    private DocumentView shown;
    private List<MetrykaRow> metryka = List.of();
    private List<AuditRecord> history = List.of();

    // dialog fields
    private TreeNode<Trees.Pick> unitsAndPeople;
    private TreeNode<Trees.Pick> lead;
    private List<String> forInformation = new ArrayList<>();
    private String instructions;
    private LocalDate deadline;
    private String clerk;
    private List<StaffMember> unitClerks;
    private String reason;
    private String comment;
    private String caseChoice = "NEW";
    private Long existingCaseId;
    private List<CaseView> myOpenCases;
    private TreeNode<JrwaTree.Node> jrwa;
    private TreeNode<JrwaTree.Node> jrwaClass;
    private String caseTitle;
    private String caseDescription;
    private TerminZalatwienia termin = TerminZalatwienia.JEDEN_MIESIAC;
    private UploadedFile file;
    private LocalDate settledOn;
    private String addresseeName;
    private String addresseeStreet;
    private String addresseePostalCode;
    private String addresseeCity;
    private String addresseeElectronic;
    private DispatchChannel channel;
    private LocalDate sentOn;
    private Long filedCaseId;
    private UploadedFile signedFile;
    private VersionView signedVersion;
    private boolean signUploadOpen;

    /** Reads the task and what it is about; a task the caller may not see is "not found", nothing shown. */
    public void load() throws IOException {
        try {
            task = inbox.task(id);
        } catch (TaskNotFoundException | jakarta.ejb.EJBException e) {
            if (e instanceof jakarta.ejb.EJBException && ScreenActions.refusal(e) == null) {
                throw e;
            }
            notFound = true;
            task = null;
            ((HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse())
                    .setStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (task.itemId() != null) {
            item = register.find(task.itemId()).orElse(null);
            files = register.files(task.itemId());
            history = auditTrail.about("IncomingItem", String.valueOf(task.itemId()));
        }
        if (task.caseId() != null) {
            theCase = cases.find(task.caseId());
            metryka = cases.metryka(task.caseId());
            caseTasks.tasks(task.caseId()).stream()
                    .filter(open -> open.id().equals(task.id()))
                    .map(CaseTaskView::draftDocumentId)
                    .filter(java.util.Objects::nonNull)
                    .findFirst()
                    .ifPresent(draftId -> draft = documents.find(draftId));
        }
        shown = draft != null ? draft : files.stream().filter(d -> d.currentVersion() > 0).findFirst().orElse(null);
    }

    public boolean is(String taskKey) {
        return task != null && !done && taskKey.equals(task.taskKey());
    }

    /** The version of the shown document that is displayed: its current one. */
    public VersionView getShownVersion() {
        if (shown == null) {
            return null;
        }
        return shown.versions().stream().filter(v -> v.number() == shown.currentVersion()).findFirst().orElse(null);
    }

    public boolean isShownPdf() {
        VersionView version = getShownVersion();
        return version != null && "application/pdf".equals(version.mediaType());
    }

    /** Where the browser reads the shown version (the API's content endpoint, in the page). */
    public String getShownUrl() {
        VersionView version = getShownVersion();
        return version == null ? null : FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/api/v1/documents/" + shown.id() + "/versions/" + version.number() + "/content?inline=true";
    }

    // ---- dekretacja by a head of the office

    public TreeNode<Trees.Pick> getUnitsAndPeople() {
        if (unitsAndPeople == null) {
            unitsAndPeople = Trees.unitsAndPeople(staff.withRole(Role.HEAD), staff.withRole(Role.CLERK));
        }
        return unitsAndPeople;
    }

    public List<String> getUnits() {
        return Trees.units(getUnitsAndPeople());
    }

    public void prepare() {
        lead = null;
        forInformation = new ArrayList<>();
        instructions = null;
        deadline = null;
        clerk = null;
        reason = null;
        comment = null;
        file = null;
        settledOn = LocalDate.now(OFFICE_ZONE);
        sentOn = LocalDate.now(OFFICE_ZONE);
    }

    public void decree() {
        Trees.Pick pick = lead == null ? null : lead.getData();
        String leadUnit = pick != null && pick.unit() ? pick.value() : null;
        String person = pick != null && !pick.unit() ? pick.value() : null;
        finish(actions.run(() -> incomingItems.decree(id, new IncomingItemTasks.Dekretacja(leadUnit, person, forInformation,
                instructions, deadline)), BUNDLE, "task.done.decreed"));
    }

    // ---- dekretacja inside the lead unit

    public List<StaffMember> getUnitClerks() {
        if (unitClerks == null) {
            unitClerks = staff.withRole(Role.CLERK);
        }
        return unitClerks;
    }

    public void decreeInUnit() {
        finish(actions.run(() -> incomingItems.decreeInUnit(id, new IncomingItemTasks.UnitDekretacja(clerk, instructions, deadline)),
                BUNDLE, "task.done.decreed"));
    }

    // ---- the clerk's acceptance

    public void accept() {
        finish(actions.run(() -> incomingItems.accept(id), BUNDLE, "task.done.accepted"));
    }

    public void returnItem() {
        finish(actions.run(() -> incomingItems.returnItem(id, reason), BUNDLE, "task.done.returned"));
    }

    public void confirmRead() {
        finish(actions.run(() -> incomingItems.confirmRead(id), BUNDLE, "task.done.read"));
    }

    // ---- filing in a case

    public List<CaseView> getMyOpenCases() {
        if (myOpenCases == null) {
            myOpenCases = cases.handledByMe(true, 0, Cases.MAX_PAGE_SIZE);
        }
        return myOpenCases;
    }

    private String jrwaQuery;
    private Integer jrwaFound;

    public TreeNode<JrwaTree.Node> getJrwa() {
        if (jrwa == null) {
            searchJrwa();
        }
        return jrwa;
    }

    /** The tree of the JRWA in force, only the branches matching the search box (searched by the boundary). */
    public void searchJrwa() {
        var found = filePlan.searchInForce(LocalDate.now(OFFICE_ZONE), jrwaQuery).orElse(null);
        jrwa = Trees.jrwa(found);
        jrwaFound = jrwaQuery == null || jrwaQuery.isBlank() || found == null ? null : found.size();
        jrwaClass = null;
    }

    public String getJrwaQuery() {
        return jrwaQuery;
    }

    public void setJrwaQuery(String jrwaQuery) {
        this.jrwaQuery = jrwaQuery;
    }

    /** How many classes the search shows (null without a search). */
    public Integer getJrwaFound() {
        return jrwaFound;
    }

    public TerminZalatwienia[] getTerminy() {
        return TerminZalatwienia.values();
    }

    public void fileInCase() {
        boolean existing = "EXISTING".equals(caseChoice);
        String symbol = existing || jrwaClass == null ? null : jrwaClass.getData().symbol();
        CaseView filed = actions.call(() -> incomingItems.fileInCase(id, new IncomingItemTasks.CaseChoice(
                existing ? existingCaseId : null, symbol, caseTitle, caseDescription, existing ? null : termin)), BUNDLE, null);
        if (filed != null) {
            filedCaseId = filed.id();
            finish(true);
            messages.infoFrom(BUNDLE, "task.done.filed", filed.znak());
        }
    }

    // ---- the draft and its approval

    public void uploadVersion() {
        if (draft == null) {
            return;
        }
        if (file == null || file.getSize() == 0) {
            messages.errorFrom(BUNDLE, "task.draft.fileRequired");
            return;
        }
        DocumentView updated = actions.call(() -> {
            try (InputStream in = file.getInputStream()) {
                return documents.addVersion(draft.id(), file.getFileName(), in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, BUNDLE, "task.done.versionAdded");
        if (updated != null) {
            draft = updated;
            shown = updated;
            metryka = cases.metryka(task.caseId());
        }
    }

    public void resend() {
        finish(actions.run(() -> caseTasks.resend(id), BUNDLE, "task.done.resent"));
    }

    public void approve() {
        finish(actions.run(() -> caseTasks.approve(id, comment), BUNDLE, "task.done.approved"));
    }

    public void returnDraft() {
        finish(actions.run(() -> caseTasks.returnDraft(id, comment), BUNDLE, "task.done.draftReturned"));
    }

    public void signWithSeal() {
        finish(actions.run(() -> caseTasks.signWithSeal(id, comment), BUNDLE, "task.done.signed"));
    }

    /**
     * Where the final approver downloads the draft's current version to sign it outside EZD (with
     * their qualified signature software): the stored file itself, as an attachment.
     */
    public String getDraftDownloadUrl() {
        if (draft == null) {
            return null;
        }
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/api/v1/documents/" + draft.id() + "/versions/" + draft.currentVersion() + "/content";
    }

    public void prepareSignUpload() {
        prepare();
        signedFile = null;
    }

    /**
     * Final approval by the approver's own qualified signature: the signed file is verified at once;
     * the boundary refuses another document, the author's signature, and anything not VALID, and
     * then nothing is stored. A refusal reopens the dialog with the reason and the comment typed.
     */
    public void signWithUpload() {
        signUploadOpen = true;
        if (signedFile == null || signedFile.getSize() == 0) {
            messages.errorFrom(BUNDLE, "sign.upload.fileRequired");
            return;
        }
        VersionView verified = actions.call(() -> {
            try (InputStream in = signedFile.getInputStream()) {
                return caseTasks.signWithUpload(id, signedFile.getFileName(), in, comment);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, BUNDLE, "task.done.signedUpload");
        if (verified != null) {
            signedVersion = verified;
            signUploadOpen = false;
            finish(true);
            DocumentView updated = documents.find(draft.id());
            draft = updated;
            shown = updated;
        }
    }

    public VersionView getSignedVersion() {
        return signedVersion;
    }

    public boolean isSignUploadOpen() {
        return signUploadOpen;
    }

    public UploadedFile getSignedFile() {
        return signedFile;
    }

    public void setSignedFile(UploadedFile signedFile) {
        this.signedFile = signedFile;
    }

    // ---- dispatch and after it

    public DispatchChannel[] getChannels() {
        return DispatchChannel.values();
    }

    public void dispatch() {
        var addressee = new OutgoingItem.Addressee(addresseeName, addresseeStreet, addresseePostalCode, addresseeCity, addresseeElectronic);
        finish(actions.run(() -> caseTasks.dispatch(id, new OutgoingRegistration(null, addressee, channel, LocalDate.now(OFFICE_ZONE),
                sentOn, null, null, null, null)), BUNDLE, "task.done.dispatched"));
    }

    public void awaitReply() {
        finish(actions.run(() -> caseTasks.awaitReply(id), BUNDLE, "task.done.awaiting"));
    }

    public void close() {
        finish(actions.run(() -> caseTasks.close(id, settledOn), BUNDLE, "task.done.closed"));
    }

    /** A done task leaves the inbox; the page says so and offers the way back (and to the case). */
    private void finish(boolean succeeded) {
        if (succeeded) {
            done = true;
            org.primefaces.PrimeFaces.current().ajax().addCallbackParam("done", true);
            if (task != null && task.caseId() != null) {
                theCase = cases.find(task.caseId());
                metryka = cases.metryka(task.caseId());
            }
        }
    }

    // ---- state for the page

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public InboxTask getTask() {
        return task;
    }

    /** Also when the address named no task (then nothing was loaded). */
    public boolean isNotFound() {
        return notFound || task == null;
    }

    public boolean isDone() {
        return done;
    }

    public RegisteredItem getItem() {
        return item;
    }

    public List<DocumentView> getFiles() {
        return files;
    }

    public CaseView getTheCase() {
        return theCase;
    }

    public DocumentView getDraft() {
        return draft;
    }

    public DocumentView getShown() {
        return shown;
    }

    public List<MetrykaRow> getMetryka() {
        return metryka;
    }

    public List<AuditRecord> getHistory() {
        return history;
    }

    public Long getFiledCaseId() {
        return filedCaseId != null ? filedCaseId : task != null ? task.caseId() : null;
    }

    public TreeNode<Trees.Pick> getLead() {
        return lead;
    }

    public void setLead(TreeNode<Trees.Pick> lead) {
        this.lead = lead;
    }

    public List<String> getForInformation() {
        return forInformation;
    }

    public void setForInformation(List<String> forInformation) {
        this.forInformation = forInformation == null ? new ArrayList<>() : forInformation;
    }

    public String getInstructions() {
        return instructions;
    }

    public void setInstructions(String instructions) {
        this.instructions = instructions;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public String getClerk() {
        return clerk;
    }

    public void setClerk(String clerk) {
        this.clerk = clerk;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getCaseChoice() {
        return caseChoice;
    }

    public void setCaseChoice(String caseChoice) {
        this.caseChoice = caseChoice;
    }

    public Long getExistingCaseId() {
        return existingCaseId;
    }

    public void setExistingCaseId(Long existingCaseId) {
        this.existingCaseId = existingCaseId;
    }

    public TreeNode<JrwaTree.Node> getJrwaClass() {
        return jrwaClass;
    }

    public void setJrwaClass(TreeNode<JrwaTree.Node> jrwaClass) {
        this.jrwaClass = jrwaClass;
    }

    public String getCaseTitle() {
        return caseTitle;
    }

    public void setCaseTitle(String caseTitle) {
        this.caseTitle = caseTitle;
    }

    public String getCaseDescription() {
        return caseDescription;
    }

    public void setCaseDescription(String caseDescription) {
        this.caseDescription = caseDescription;
    }

    public TerminZalatwienia getTermin() {
        return termin;
    }

    public void setTermin(TerminZalatwienia termin) {
        this.termin = termin;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public LocalDate getSettledOn() {
        return settledOn;
    }

    public void setSettledOn(LocalDate settledOn) {
        this.settledOn = settledOn;
    }

    public String getAddresseeName() {
        return addresseeName;
    }

    public void setAddresseeName(String addresseeName) {
        this.addresseeName = addresseeName;
    }

    public String getAddresseeStreet() {
        return addresseeStreet;
    }

    public void setAddresseeStreet(String addresseeStreet) {
        this.addresseeStreet = addresseeStreet;
    }

    public String getAddresseePostalCode() {
        return addresseePostalCode;
    }

    public void setAddresseePostalCode(String addresseePostalCode) {
        this.addresseePostalCode = addresseePostalCode;
    }

    public String getAddresseeCity() {
        return addresseeCity;
    }

    public void setAddresseeCity(String addresseeCity) {
        this.addresseeCity = addresseeCity;
    }

    public String getAddresseeElectronic() {
        return addresseeElectronic;
    }

    public void setAddresseeElectronic(String addresseeElectronic) {
        this.addresseeElectronic = addresseeElectronic;
    }

    public DispatchChannel getChannel() {
        return channel;
    }

    public void setChannel(DispatchChannel channel) {
        this.channel = channel;
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    public void setSentOn(LocalDate sentOn) {
        this.sentOn = sentOn;
    }
}
