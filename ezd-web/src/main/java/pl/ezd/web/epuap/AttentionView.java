package pl.ezd.web.epuap;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import pl.ezd.epuap.boundary.EpuapImport;
import pl.ezd.epuap.boundary.EpuapOverview;
import pl.ezd.epuap.boundary.ReceivedDocumentNotFoundException;
import pl.ezd.epuap.boundary.ReceivedDocuments;
import pl.ezd.epuap.boundary.ReceivedView;

/**
 * The ePUAP documents that need the registry office's attention ({@code /epuap/attention.xhtml}, a
 * lazy table newest first) and one received document ({@code /epuap/document.xhtml?id=}): the
 * Polish reason, transport data, download of the document as it arrived; the office retries the
 * registration or sets the document aside with a reason, each after a confirmation. Another
 * organisation's id, or a malformed one, shows "not found".
 */
@Named
@ViewScoped
public class AttentionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EpuapOverview overview;

    @Inject
    ReceivedDocuments received;

    @Inject
    EpuapImport imports;

    private final LazyDataModel<ReceivedView> documents = new Documents();
    private ReceivedView document;
    private boolean notFound;
    private Long selected;
    private String reason;

    /** The document page: reads {@code ?id=} of the caller's organisation, else "not found" (404). */
    public void loadDocument() {
        String parameter = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        document = null;
        try {
            document = parameter == null ? null : received.find(Long.parseLong(parameter.strip()));
        } catch (NumberFormatException | ReceivedDocumentNotFoundException e) {
            document = null;
        } catch (jakarta.ejb.EJBException e) {
            if (!(e.getCause() instanceof ReceivedDocumentNotFoundException)) {
                throw e;
            }
        }
        notFound = document == null;
        if (notFound) {
            ((HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse())
                    .setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    public void retry(long id) {
        ReceivedView[] after = new ReceivedView[1];
        if (EpuapTexts.attempt(null, () -> after[0] = imports.retry(id))) {
            if ("REGISTERED".equals(after[0].state())) {
                EpuapTexts.info("attention.done.retried", after[0].rpwNumber());
            } else {
                EpuapTexts.warn("attention.done.stillNeedsAttention", after[0].reason());
            }
            refresh(after[0]);
        }
    }

    public void prepareDismiss(long id) {
        selected = id;
        reason = null;
    }

    /** Sets the chosen document aside; the reason is required here (the screen asks for it). */
    public void dismiss() {
        if (reason == null || reason.isBlank()) {
            EpuapTexts.field("dismiss-form", "reason", EpuapTexts.text("attention.dismiss.reasonRequired"));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        ReceivedView[] after = new ReceivedView[1];
        if (EpuapTexts.attempt("dismiss-form", () -> after[0] = received.dismiss(selected, reason))) {
            EpuapTexts.info("attention.done.dismissed");
            refresh(after[0]);
            selected = null;
            reason = null;
        }
    }

    private void refresh(ReceivedView after) {
        if (document != null && document.id() == after.id()) {
            document = after;
        }
    }

    /** The document as it arrived (the API's content endpoint: the registry office may read it). */
    public String contentUrl(long id) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/api/v1/epuap/documents/" + id + "/content";
    }

    public LazyDataModel<ReceivedView> getDocuments() { return documents; }
    public ReceivedView getDocument() { return document; }
    public boolean isNotFound() { return notFound; }
    public Long getSelected() { return selected; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }

    private class Documents extends LazyDataModel<ReceivedView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, overview.attentionCount());
        }

        @Override
        public List<ReceivedView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return overview.attention(first, pageSize);
        }

        @Override
        public String getRowKey(ReceivedView row) {
            return String.valueOf(row.id());
        }

        @Override
        public ReceivedView getRowData(String rowKey) {
            return null;
        }
    }
}
