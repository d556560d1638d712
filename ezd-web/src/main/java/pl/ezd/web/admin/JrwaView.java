package pl.ezd.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.TreeNode;
import pl.ezd.classification.boundary.FilePlan;
import pl.ezd.classification.boundary.JrwaTree;
import pl.ezd.classification.boundary.JrwaVersion;
import pl.ezd.classification.boundary.WykazAktRefusedException;

/** The file plan (JRWA): its versions, a version's classes as a tree, import of a WykazAkt file and its export. */
@Named
@ViewScoped
public class JrwaView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FilePlan filePlan;

    @Inject
    Refusals refusals;

    private List<JrwaVersion> versions;
    private Long shownId;
    private TreeNode<JrwaTree.Node> classes;
    private transient jakarta.servlet.http.Part file;
    private String label;
    private LocalDate validFrom;

    public List<JrwaVersion> getVersions() {
        if (versions == null) {
            versions = filePlan.versions();
        }
        return versions;
    }

    private String query;
    private Integer found;

    public void show(JrwaVersion version) {
        shownId = version.id();
        classes = null;
        query = null;
        found = null;
    }

    /** Shows only the classes matching the search box (by symbol or words of the title), their branches open. */
    public void search() {
        classes = null;
        getClasses();
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    /** How many classes the search shows (null without a search). */
    public Integer getFound() {
        return found;
    }

    public JrwaVersion getShown() {
        return shownId == null ? null : getVersions().stream().filter(v -> v.id() == shownId).findFirst().orElse(null);
    }

    /** The shown version's classes under their parents; top-level classes expanded. */
    public TreeNode<JrwaTree.Node> getClasses() {
        if (classes == null && shownId != null) {
            TreeNode<JrwaTree.Node> root = new DefaultTreeNode<>(null, null);
            boolean searching = query != null && !query.isBlank();
            var tree = filePlan.search(shownId, query);
            tree.ifPresent(t -> t.classes().forEach(node -> add(root, node, true, searching)));
            found = searching ? tree.map(JrwaTree::size).orElse(0) : null;
            classes = root;
        }
        return classes;
    }

    private static void add(TreeNode<JrwaTree.Node> parent, JrwaTree.Node node, boolean expanded, boolean all) {
        TreeNode<JrwaTree.Node> child = new DefaultTreeNode<>(node, parent);
        child.setExpanded(expanded || all);
        node.subclasses().forEach(sub -> add(child, sub, false, all));
    }

    public void importFile() {
        byte[] xml = Uploads.bytes(file);
        if (xml == null || xml.length == 0) {
            refusals.show("import-form", "file", new WykazAktRefusedException(null, message("jrwa.error.noFile")));
            return;
        }
        if (refusals.attempt("import-form", "file", () -> {
            JrwaVersion imported = filePlan.importWykaz(label, validFrom, xml);
            refusals.done("jrwa.done.imported", imported.label(), imported.classes());
            shownId = imported.id();
        })) {
            label = null;
            validFrom = null;
            versions = null;
            classes = null;
        }
    }

    /** The version as a WykazAkt file, downloaded by the browser. */
    public StreamedContent export(JrwaVersion version) {
        byte[] xml = filePlan.export(version.id()).orElse(new byte[0]);
        return DefaultStreamedContent.builder().name("jrwa-" + version.id() + ".xml").contentType("application/xml")
                .contentLength((long) xml.length).stream(() -> new ByteArrayInputStream(xml)).build();
    }

    private static String message(String key) {
        var context = jakarta.faces.context.FacesContext.getCurrentInstance();
        return context.getApplication().getResourceBundle(context, "adm").getString(key);
    }

    public jakarta.servlet.http.Part getFile() {
        return file;
    }

    public void setFile(jakarta.servlet.http.Part file) {
        this.file = file;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }
}
