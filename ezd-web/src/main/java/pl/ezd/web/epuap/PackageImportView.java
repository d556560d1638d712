package pl.ezd.web.epuap;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import pl.ezd.epuap.boundary.EpuapImport;
import pl.ezd.epuap.boundary.PackageImportResult;

/**
 * Import of an ePUAP export package ({@code /epuap/import.xhtml}, registry office): the ZIP is sent
 * with PrimeFaces' upload (progress shown), imported by the boundary through the same pipeline as
 * the pull, and the outcome of each document listed: registered, skipped as received before, or
 * needing attention / refused with the reason.
 */
@Named
@ViewScoped
public class PackageImportView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** WildFly's request limit (and the multipart config's): the screen refuses larger files before sending them. */
    public static final long MAX_SIZE = 10_485_760L;

    @Inject
    EpuapImport imports;

    private String packageName;
    private List<PackageImportResult> results;

    public void upload(FileUploadEvent event) {
        byte[] zip = event.getFile().getContent();
        String name = event.getFile().getFileName();
        List<PackageImportResult>[] done = new List[1];
        if (EpuapTexts.attempt("import-form", () -> done[0] = imports.importPackage(zip))) {
            packageName = name;
            results = done[0];
            EpuapTexts.info("import.done", name);
        }
    }

    /** What became of a document, as a key of the bundle's {@code import.outcome.*}. */
    public String outcome(PackageImportResult result) {
        if (result.id() == null) {
            return "refused";
        }
        if (!result.created()) {
            return "duplicate";
        }
        return switch (result.state()) {
            case "REGISTERED" -> "registered";
            case "NEEDS_ATTENTION" -> "attention";
            case "STORED" -> "pending";
            default -> "refused";
        };
    }

    public long count(String outcome) {
        return results == null ? 0 : results.stream().filter(r -> outcome.equals(outcome(r))).count();
    }

    public long getFailed() {
        return count("attention") + count("refused") + count("pending");
    }

    /** The browser's refusal of a file over the limit, before it is sent. */
    public String getTooLargeMessage() {
        return EpuapTexts.text("import.tooLarge", MAX_SIZE / 1_048_576);
    }

    public long getMaxSize() { return MAX_SIZE; }
    public String getPackageName() { return packageName; }
    public List<PackageImportResult> getResults() { return results; }
}
