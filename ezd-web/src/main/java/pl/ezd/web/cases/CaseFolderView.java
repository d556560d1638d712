package pl.ezd.web.cases;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.primefaces.model.file.UploadedFile;
import pl.ezd.cases.boundary.CaseDocumentView;
import pl.ezd.cases.boundary.CaseView;
import pl.ezd.cases.boundary.Cases;
import pl.ezd.cases.boundary.DraftCommentView;
import pl.ezd.cases.boundary.MetrykaRow;
import pl.ezd.cases.boundary.NoteView;
import pl.ezd.cases.entity.CaseDocumentRole;
import pl.ezd.correspondence.boundary.RegisteredItem;
import pl.ezd.documents.boundary.DocumentView;
import pl.ezd.documents.boundary.Documents;
import pl.ezd.documents.boundary.VersionView;
import pl.ezd.documents.entity.DocumentKind;
import pl.ezd.web.session.Messages;
import pl.ezd.web.session.ScreenActions;
import pl.ezd.workflow.boundary.CaseTaskView;
import pl.ezd.workflow.boundary.CaseTasks;
import pl.ezd.workflow.boundary.StatutoryDeadlines;
import pl.ezd.workflow.boundary.StatutoryDeadlines.StatutoryDeadline;

/**
 * The case folder ({@code /cases/case.xhtml?id=}): the case's metadata and statutory deadline, its
 * documents with their versions and signature reports, the metryka, linked items, notes, the
 * approvers' comments and the open steps; a note, a draft (or its new version) and sending the
 * draft for approval are added here. A case of another organisation reads as not found.
 */
@Named
@ViewScoped
public class CaseFolderView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String BUNDLE = "cmsg";

    /** A document of the case file with its versions, as the folder lists it. */
    public record FileEntry(CaseDocumentView link, DocumentView document) implements Serializable {
        public boolean draft() {
            return link.role() == CaseDocumentRole.DRAFT;
        }
    }

    @Inject
    Cases cases;

    @Inject
    CaseTasks caseTasks;

    @Inject
    StatutoryDeadlines deadlines;

    @Inject
    Documents documents;

    @Inject
    ScreenActions actions;

    @Inject
    Messages messages;

    private Long id;
    private boolean notFound;
    private CaseView theCase;
    private StatutoryDeadline deadline;
    private List<FileEntry> files = List.of();
    private List<MetrykaRow> metryka = List.of();
    private List<RegisteredItem> items = List.of();
    private List<NoteView> notes = List.of();
    private List<DraftCommentView> draftComments = List.of();
    private List<CaseTaskView> openSteps = List.of();
    private String noteText;
    private String draftTitle;
    private UploadedFile file;
    private Long versionOf;
    private String suspensionReason;

    /** Reads the whole folder; another organisation's id (or none) shows "not found" and nothing else. */
    public void load() {
        try {
            if (id == null) {
                throw new pl.ezd.cases.boundary.CaseNotFoundException(0);
            }
            refresh();
        } catch (RuntimeException e) {
            RuntimeException refusal = ScreenActions.refusal(e);
            if (refusal == null) {
                throw e;
            }
            notFound = true;
            theCase = null;
            ((HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse())
                    .setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void refresh() {
        theCase = cases.find(id);
        try {
            deadline = deadlines.of(id);
        } catch (RuntimeException e) {
            if (ScreenActions.refusal(e) == null) {
                throw e;
            }
            deadline = null; // a case without a watched statutory deadline
        }
        files = cases.documents(id).stream().map(link -> new FileEntry(link, documents.find(link.documentId()))).toList();
        metryka = cases.metryka(id);
        items = cases.items(id);
        notes = cases.notes(id);
        draftComments = cases.draftComments(id);
        openSteps = caseTasks.tasks(id);
    }

    public void addNote() {
        if (actions.run(() -> cases.addNote(id, noteText), BUNDLE, "case.done.noteAdded")) {
            noteText = null;
            refresh();
        }
    }

    // ---- suspension and resumption of the proceeding (KPA art. 97, 98; the deadline stops and moves)

    /** The proceeding may be suspended or resumed here: a running statutory deadline of an open case. */
    public boolean isDeadlineChangeable() {
        return theCase != null && deadline != null && deadline.running() && theCase.status() != pl.ezd.cases.entity.CaseStatus.CLOSED;
    }

    public void prepareSuspension() {
        suspensionReason = null;
    }

    /** Suspends the proceeding with its grounds; a refusal keeps the dialog open with what was typed. */
    public void suspend() {
        if (actions.run(() -> cases.suspend(id, suspensionReason), BUNDLE, "case.done.suspended")) {
            suspensionReason = null;
            refresh();
            org.primefaces.PrimeFaces.current().ajax().addCallbackParam("done", true);
        } else {
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** Resumes it: the deadline runs again, later by the days it was suspended. */
    public void resume() {
        if (actions.run(() -> cases.resume(id), BUNDLE, "case.done.resumed")) {
            refresh();
            org.primefaces.PrimeFaces.current().ajax().addCallbackParam("done", true);
        } else {
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public String getSuspensionReason() {
        return suspensionReason;
    }

    public void setSuspensionReason(String suspensionReason) {
        this.suspensionReason = suspensionReason;
    }

    public void prepareDraft(Long documentId) {
        versionOf = documentId;
        draftTitle = null;
        file = null;
    }

    /** A new draft into the case file, or a new version of the one chosen. */
    public void uploadDraft() {
        if (file == null || file.getSize() == 0) {
            messages.errorFrom(BUNDLE, "task.draft.fileRequired");
            return;
        }
        boolean done = actions.run(() -> {
            try (InputStream in = file.getInputStream()) {
                if (versionOf != null) {
                    documents.addVersion(versionOf, file.getFileName(), in);
                } else {
                    DocumentView added = documents.add(draftTitle, DocumentKind.DRAFT, file.getFileName(), in);
                    cases.attachDocument(id, added.id(), CaseDocumentRole.DRAFT);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, BUNDLE, versionOf != null ? "task.done.versionAdded" : "case.done.draftAdded");
        if (done) {
            refresh();
        }
    }

    public void sendForApproval(long documentId) {
        if (actions.run(() -> caseTasks.sendForApproval(id, documentId), BUNDLE, "case.done.sentForApproval")) {
            refresh();
        }
    }

    public VersionView current(DocumentView document) {
        return document.versions().stream().filter(v -> v.number() == document.currentVersion()).findFirst().orElse(null);
    }

    public String contentUrl(long documentId, int version) {
        return context() + "/api/v1/documents/" + documentId + "/versions/" + version + "/content?inline=true";
    }

    public String getMetrykaPdfUrl() {
        return context() + "/api/v1/cases/" + id + "/metryka?format=pdf";
    }

    /** The spis spraw the case is listed in (its unit, JRWA class or podteczka, year), as a PDF. */
    public String getSpisSprawPdfUrl() {
        return context() + "/api/v1/cases/spis-spraw?unit=" + URLEncoder.encode(theCase.unitSymbol(), StandardCharsets.UTF_8)
                + "&jrwa=" + URLEncoder.encode(theCase.jrwaSymbol(), StandardCharsets.UTF_8)
                + (theCase.podteczka() == null ? "" : "&podteczka=" + theCase.podteczka())
                + "&year=" + theCase.year() + "&format=pdf";
    }

    public boolean isCirculating() {
        return !openSteps.isEmpty();
    }

    private static String context() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** Also when the id in the address was missing or not a number (then nothing was loaded). */
    public boolean isNotFound() {
        return notFound || theCase == null;
    }

    public CaseView getTheCase() {
        return theCase;
    }

    public StatutoryDeadline getDeadline() {
        return deadline;
    }

    public List<FileEntry> getFiles() {
        return files;
    }

    public List<MetrykaRow> getMetryka() {
        return metryka;
    }

    public List<RegisteredItem> getItems() {
        return items;
    }

    public List<NoteView> getNotes() {
        return notes;
    }

    public List<DraftCommentView> getDraftComments() {
        return draftComments;
    }

    public List<CaseTaskView> getOpenSteps() {
        return openSteps;
    }

    public String getNoteText() {
        return noteText;
    }

    public void setNoteText(String noteText) {
        this.noteText = noteText;
    }

    public String getDraftTitle() {
        return draftTitle;
    }

    public void setDraftTitle(String draftTitle) {
        this.draftTitle = draftTitle;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public Long getVersionOf() {
        return versionOf;
    }
}
