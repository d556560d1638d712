package pl.ezd.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import pl.ezd.cases.boundary.CaseView;
import pl.ezd.cases.boundary.Cases;
import pl.ezd.cases.boundary.MetrykaRow;
import pl.ezd.cases.boundary.SpisSpraw;
import pl.ezd.correspondence.boundary.RegisteredItem;
import pl.ezd.cases.boundary.CaseDocumentView;
import pl.ezd.cases.boundary.DraftCommentView;
import pl.ezd.cases.entity.CaseDocumentRole;
import pl.ezd.correspondence.boundary.OutgoingItemView;
import pl.ezd.correspondence.boundary.OutgoingItems;
import pl.ezd.workflow.boundary.CaseTaskView;
import pl.ezd.workflow.boundary.CaseTasks;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Cases of the caller's organisation and their metryka. */
@Path("cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CasesResource {

    @Inject
    Cases cases;

    @Inject
    CaseTasks caseTasks;

    @Inject
    OutgoingItems outgoingItems;

    /** What a clerk gives to open a case; the unit defaults to the clerk's own. */
    public record Opening(String jrwaSymbol, String title, String description, String unitSymbol) {
    }

    /** The date the case was finally settled (today when left out). */
    public record Closing(LocalDate settledOn) {
    }

    @POST
    public Response open(Opening opening, @Context UriInfo uri) {
        if (opening == null) {
            throw new IllegalArgumentException("jrwaSymbol and title are required");
        }
        CaseView opened = cases.open(opening.jrwaSymbol(), opening.title(), opening.description(), opening.unitSymbol());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(opened.id())).build()).entity(opened).build();
    }

    /** The spis spraw of a unit and final JRWA class for a year: JSON, or CSV for spreadsheets. */
    @GET
    @Path("spis-spraw")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    public Response spisSpraw(@QueryParam("unit") String unit, @QueryParam("jrwa") String jrwa, @QueryParam("year") int year,
                              @HeaderParam("Accept") String accept) {
        if (unit == null || jrwa == null || year == 0) {
            throw new IllegalArgumentException("Podaj komórkę (unit), klasę JRWA (jrwa) i rok (year)");
        }
        SpisSpraw spis = cases.spisSpraw(unit, jrwa, year);
        if (accept != null && accept.contains("text/csv")) {
            return Response.ok(spis.toCsv(), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"spis-spraw-" + unit + "-" + jrwa + "-" + year + ".csv\"")
                    .build();
        }
        return Response.ok(spis, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("{id}")
    public CaseView find(@PathParam("id") long id) {
        return cases.find(id);
    }

    @POST
    @Path("{id}/close")
    public CaseView close(@PathParam("id") long id, Closing closing) {
        return cases.close(id, closing == null ? null : closing.settledOn());
    }

    /** Which registered item to put into the case file. */
    public record Attachment(long itemId) {
    }

    @POST
    @Path("{id}/items")
    public List<RegisteredItem> attachItem(@PathParam("id") long id, Attachment attachment) {
        if (attachment == null) {
            throw new IllegalArgumentException("itemId is required");
        }
        return cases.attachItem(id, attachment.itemId());
    }

    @GET
    @Path("{id}/items")
    public List<RegisteredItem> items(@PathParam("id") long id) {
        return cases.items(id);
    }

    @GET
    @Path("{id}/metryka")
    public List<MetrykaRow> metryka(@PathParam("id") long id) {
        return cases.metryka(id);
    }

    /** Which document to put into the case file, and its role there (DRAFT, OUTGOING, OTHER). */
    public record DocumentAttachment(long documentId, CaseDocumentRole role) {
    }

    @POST
    @Path("{id}/documents")
    @Operation(summary = "Dołącza dokument do akt sprawy w roli projektu pisma, pisma wychodzącego albo innej (wpis w metryce)")
    public List<CaseDocumentView> attachDocument(@PathParam("id") long id, DocumentAttachment attachment) {
        if (attachment == null) {
            throw new IllegalArgumentException("Podaj documentId i role");
        }
        return cases.attachDocument(id, attachment.documentId(), attachment.role());
    }

    @GET
    @Path("{id}/documents")
    @Operation(summary = "Dokumenty w aktach sprawy; ich wersje pod /documents/{id}")
    public List<CaseDocumentView> documents(@PathParam("id") long id) {
        return cases.documents(id);
    }

    @GET
    @Path("{id}/draft-comments")
    @Operation(summary = "Decyzje i uwagi akceptujących do kolejnych wersji projektów (zwrócone wersje zostają w aktach)")
    public List<DraftCommentView> draftComments(@PathParam("id") long id) {
        return cases.draftComments(id);
    }

    /** The draft (a DRAFT document of the case file) to send for approval. */
    public record ApprovalRequest(long documentId) {
    }

    @POST
    @Path("{id}/approval")
    @Operation(summary = "Kieruje projekt pisma do akceptacji ścieżką obowiązującą w komórce sprawy (proces caseHandling)")
    public List<CaseTaskView> sendForApproval(@PathParam("id") long id, ApprovalRequest request) {
        if (request == null) {
            throw new IllegalArgumentException("Podaj documentId projektu");
        }
        return caseTasks.sendForApproval(id, request.documentId());
    }

    @GET
    @Path("{id}/tasks")
    @Operation(summary = "Otwarte kroki obiegu sprawy: kto ma zadanie albo komu jest oferowane")
    public List<CaseTaskView> tasks(@PathParam("id") long id) {
        return caseTasks.tasks(id);
    }

    @GET
    @Path("{id}/outgoing-items")
    @Operation(summary = "Przesyłki wychodzące wysłane w sprawie")
    public List<OutgoingItemView> outgoingItems(@PathParam("id") long id) {
        cases.find(id);
        return outgoingItems.ofCase(id);
    }
}
