package pl.ezd.epuap.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pl.ezd.epuap.control.EpuapDocumentException;
import pl.ezd.epuap.control.EpuapDocuments;
import pl.ezd.epuap.control.EpuapHtmlFragment;
import pl.ezd.epuap.control.EpuapLetter;
import pl.ezd.epuap.control.EpuapRendering;
import pl.ezd.epuap.entity.ReceivedDocument;
import pl.ezd.organization.boundary.Caller;
import pl.ezd.organization.entity.Role;

/**
 * A registered item's ePUAP letter as the screens show it (registry item page, task view): the
 * receipt record, the readable rendering cleaned to sit inside the page, and the attachments the
 * document names. Only for an item of the caller's organisation that came by ePUAP; read only.
 */
@Stateless
public class EpuapLetters {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    /** Installed stylesheets of ePUAP templates (docs/epuap.md); none: the generic rendering. */
    @Inject
    @ConfigProperty(name = "ezd.epuap.stylesheet-dir")
    Optional<String> stylesheetDir;

    private static volatile EpuapRendering rendering;

    /** An attachment the document names: inline (then among the item's files under its name) or in ePUAP's repository. */
    public record Attachment(String fileName, String mimeType, String description, boolean inline, String uri, long size) {
    }

    /**
     * The letter of an item: {@code html} is the cleaned fragment (null when the document cannot be
     * rendered, {@code renderingProblem} then says why, in Polish); {@code uppFileName} names the
     * UPP among the item's files when one came with it.
     */
    public record LetterOfItem(ReceivedView receipt, String html, boolean templateStylesheet, String stylesheetRefusal,
                               String renderingProblem, List<Attachment> attachments, String uppFileName) {
    }

    /**
     * The ePUAP letter of an item of the caller's organisation, if the item came by ePUAP.
     *
     * @param topHeading the heading level of the document's own title within the page
     */
    @RolesAllowed({Role.REGISTRY_NAME, Role.HEAD_NAME, Role.CLERK_NAME, Role.ARCHIVIST_NAME})
    public Optional<LetterOfItem> ofItem(long itemId, int topHeading) {
        Optional<ReceivedDocument> found = em.createQuery(
                        "select d from ReceivedDocument d where d.organizationId = :org and d.itemId = :item", ReceivedDocument.class)
                .setParameter("org", caller.organizationId()).setParameter("item", itemId)
                .getResultStream().findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ReceivedDocument document = found.get();
        String html = null;
        boolean byTemplate = false;
        String refusal = null;
        String problem = null;
        List<Attachment> attachments = List.of();
        try {
            EpuapRendering.Html rendered = rendering().html(document.getContent());
            html = EpuapHtmlFragment.of(rendered.html(), topHeading);
            byTemplate = rendered.byTemplateStylesheet();
            refusal = rendered.refusal().orElse(null);
            EpuapLetter letter = EpuapDocuments.read(document.getContent());
            attachments = letter.attachments().stream()
                    .map(a -> new Attachment(a.fileName(), a.mimeType(), a.description(), a.isInline(),
                            a.uri() == null ? null : a.uri().toString(), a.content() == null ? 0 : a.content().length))
                    .toList();
        } catch (EpuapDocumentException e) {
            problem = e.getMessage();
        }
        return Optional.of(new LetterOfItem(ReceivedView.of(document), html, byTemplate, refusal, problem, attachments,
                document.getUppFileName()));
    }

    private EpuapRendering rendering() {
        EpuapRendering r = rendering;
        if (r == null) {
            rendering = r = new EpuapRendering(stylesheetDir.map(java.nio.file.Path::of).orElse(null));
        }
        return r;
    }
}
