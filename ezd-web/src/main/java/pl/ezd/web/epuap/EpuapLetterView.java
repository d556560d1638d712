package pl.ezd.web.epuap;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import pl.ezd.correspondence.boundary.IncomingItems;
import pl.ezd.documents.boundary.DocumentView;
import pl.ezd.epuap.boundary.EpuapLetters;
import pl.ezd.epuap.boundary.EpuapLetters.LetterOfItem;

/**
 * The letter that came by ePUAP, shown on the registered item's page and in the task view
 * ({@code WEB-INF/includes/epuap-letter.xhtml}): the rendering (EZD's own HTML, cleaned by the
 * boundary, placed in the page), the transport data, the signature report and the attachments,
 * each with a link to its copy among the item's files. Nothing for an item that did not come by
 * ePUAP, nor for one the caller may not read.
 */
@Named("epuapLetter")
@RequestScoped
public class EpuapLetterView {

    /** The rendering's own title sits under the include's h2 and h3. */
    static final int RENDERING_TOP_HEADING = 4;

    @Inject
    EpuapLetters letters;

    @Inject
    IncomingItems items;

    private final Map<Long, Optional<LetterOfItem>> read = new HashMap<>();
    private final Map<Long, List<DocumentView>> files = new HashMap<>();

    public LetterOfItem of(Long itemId) {
        if (itemId == null) {
            return null;
        }
        return read.computeIfAbsent(itemId, id -> {
            try {
                return letters.ofItem(id, RENDERING_TOP_HEADING);
            } catch (EJBAccessException e) {
                return Optional.empty();
            }
        }).orElse(null);
    }

    /** Where the browser downloads the item's file of this name (its current version); null when there is none. */
    public String fileUrl(Long itemId, String fileName) {
        if (itemId == null || fileName == null) {
            return null;
        }
        List<DocumentView> documents = files.computeIfAbsent(itemId, id -> {
            try {
                return items.files(id);
            } catch (RuntimeException e) {
                return List.of();
            }
        });
        for (DocumentView document : documents) {
            var current = document.versions().stream().filter(v -> v.number() == document.currentVersion()).findFirst();
            if (current.isPresent() && fileName.equals(current.get().fileName())) {
                return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/api/v1/documents/"
                        + document.id() + "/versions/" + document.currentVersion() + "/content";
            }
        }
        return null;
    }
}
