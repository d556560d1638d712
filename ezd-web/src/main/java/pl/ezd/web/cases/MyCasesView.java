package pl.ezd.web.cases;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.TreeNode;
import pl.ezd.cases.boundary.CaseView;
import pl.ezd.cases.boundary.Cases;
import pl.ezd.classification.boundary.FilePlan;
import pl.ezd.classification.boundary.JrwaTree;
import pl.ezd.web.session.ScreenActions;

/** "My cases": the cases the user handles, a page at a time, and opening a new one with the JRWA tree picker. */
@Named
@ViewScoped
public class MyCasesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Cases cases;

    @Inject
    FilePlan filePlan;

    @Inject
    ScreenActions actions;

    @Inject
    pl.ezd.web.session.Messages messages;

    private boolean openOnly = true;
    private final LazyDataModel<CaseView> list = new MyCases();
    private TreeNode<JrwaTree.Node> jrwa;
    private TreeNode<JrwaTree.Node> jrwaClass;
    private String title;
    private String description;

    public LazyDataModel<CaseView> getList() {
        return list;
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
        var found = filePlan.searchInForce(LocalDate.now(ZoneId.of("Europe/Warsaw")), jrwaQuery).orElse(null);
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

    public void prepareOpening() {
        jrwaQuery = null;
        searchJrwa();
        title = null;
        description = null;
    }

    /** Opens the case in the class picked and goes to its folder. */
    public void open() throws IOException {
        String symbol = jrwaClass == null || jrwaClass.getData() == null ? null : jrwaClass.getData().symbol();
        if (symbol == null) {
            messages.errorFrom(CaseFolderView.BUNDLE, "jrwa.pick.required");
            return;
        }
        CaseView opened = actions.call(() -> cases.open(symbol, title, description, null), CaseFolderView.BUNDLE, "case.done.opened");
        if (opened != null) {
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext().getFlash().setKeepMessages(true);
            context.getExternalContext().redirect(context.getExternalContext().getRequestContextPath() + "/cases/case.xhtml?id=" + opened.id());
        }
    }

    public boolean isOpenOnly() {
        return openOnly;
    }

    public void setOpenOnly(boolean openOnly) {
        this.openOnly = openOnly;
    }

    public TreeNode<JrwaTree.Node> getJrwaClass() {
        return jrwaClass;
    }

    public void setJrwaClass(TreeNode<JrwaTree.Node> jrwaClass) {
        this.jrwaClass = jrwaClass;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    private class MyCases extends LazyDataModel<CaseView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, cases.countHandledByMe(openOnly));
        }

        @Override
        public List<CaseView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return cases.handledByMe(openOnly, first, Math.min(pageSize, Cases.MAX_PAGE_SIZE));
        }

        @Override
        public String getRowKey(CaseView row) {
            return String.valueOf(row.id());
        }

        @Override
        public CaseView getRowData(String rowKey) {
            return getWrappedData() == null ? null
                    : getWrappedData().stream().filter(c -> String.valueOf(c.id()).equals(rowKey)).findFirst().orElse(null);
        }
    }
}
