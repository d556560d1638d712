package pl.ezd.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import pl.ezd.workflow.boundary.RoutingRules;
import pl.ezd.workflow.boundary.RoutingTables;

/** The routing table of incoming items: its rules in force as a table, its DMN file, and uploading a replacement. */
@Named
@ViewScoped
public class RoutingTableView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RoutingTables tables;

    @Inject
    Refusals refusals;

    private RoutingRules rules;
    private transient jakarta.servlet.http.Part file;

    public RoutingRules getRules() {
        if (rules == null) {
            rules = tables.currentRules();
        }
        return rules;
    }

    public void upload() {
        byte[] dmn = Uploads.bytes(file);
        if (refusals.attempt("upload-form", "file", () -> {
            RoutingTables.RoutingTable deployed = tables.upload(dmn);
            refusals.done("routing.done.uploaded", deployed.version());
        })) {
            rules = null;
        }
    }

    public StreamedContent getDownload() {
        byte[] dmn = tables.current().dmn().getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name("routing-table.dmn").contentType("application/xml").contentLength((long) dmn.length)
                .stream(() -> new ByteArrayInputStream(dmn)).build();
    }

    public jakarta.servlet.http.Part getFile() {
        return file;
    }

    public void setFile(jakarta.servlet.http.Part file) {
        this.file = file;
    }
}
