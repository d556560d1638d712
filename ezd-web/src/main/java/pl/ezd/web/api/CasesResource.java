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
import pl.ezd.cases.boundary.NoteView;
import pl.ezd.cases.boundary.SpisSpraw;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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

    static final String PDF = "application/pdf";

    @Inject
    Cases cases;

    @Inject
    CaseTasks caseTasks;

    @Inject
    OutgoingItems outgoingItems;

    /**
     * What a clerk gives to open a case; the unit defaults to the clerk's own. With a podteczka the
     * case is numbered in that sub-series of the class (znak {@code GK.6730.2.1.2026}).
     */
    @Schema(description = "Wszczęcie sprawy w klasie końcowej JRWA obowiązującego wykazu akt")
    public record Opening(@Schema(description = "symbol klasy końcowej JRWA, np. 6730", required = true) String jrwaSymbol,
                          @Schema(description = "tytuł (krótka treść) sprawy", required = true) String title,
                          String description,
                          @Schema(description = "symbol komórki; domyślnie komórka pierwszego stanowiska prowadzącego") String unitSymbol,
                          @Schema(description = "numer podteczki klasy (1–9999), gdy sprawy tej klasy prowadzi się w podteczkach") Integer podteczka) {
    }

    /** The text of a note to put into the case file. */
    @Schema(description = "Notatka służbowa do akt sprawy")
    public record NewNote(@Schema(description = "treść notatki (do 4000 znaków)", required = true) String text) {
    }

    /** The date the case was finally settled (today when left out). */
    public record Closing(LocalDate settledOn) {
    }

    @POST
    public Response open(Opening opening, @Context UriInfo uri) {
        var missing = new pl.ezd.validation.boundary.InvalidInputException.Collector();
        if (opening == null || opening.jrwaSymbol() == null || opening.jrwaSymbol().isBlank()) {
            missing.add("jrwaSymbol", "Podaj symbol klasy końcowej JRWA, w której zakładasz sprawę");
        }
        if (opening == null || opening.title() == null || opening.title().isBlank()) {
            missing.add("title", "Tytuł sprawy jest wymagany");
        }
        missing.throwIfAny();
        CaseView opened = cases.open(opening.jrwaSymbol(), opening.title(), opening.description(), opening.unitSymbol(),
                opening.podteczka());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(opened.id())).build()).entity(opened).build();
    }

    /** A page of the cases the caller handles and how many there are in all. */
    @Schema(description = "Sprawy prowadzone przez zalogowanego pracownika: strona i liczba wszystkich")
    public record MyCases(List<CaseView> cases, long total) {
    }

    @GET
    @Operation(summary = "Moje sprawy: sprawy prowadzone przez zalogowanego pracownika, od najnowszej",
            description = "Strona listy (first od 0, max 1–100) i liczba wszystkich; open=true pokazuje tylko niezakończone.")
    public MyCases mine(@QueryParam("first") @jakarta.ws.rs.DefaultValue("0") int first,
                        @QueryParam("max") @jakarta.ws.rs.DefaultValue("20") int max,
                        @Parameter(description = "true: tylko sprawy niezakończone") @QueryParam("open") @jakarta.ws.rs.DefaultValue("false") boolean open) {
        return new MyCases(cases.handledByMe(open, first, max), cases.countHandledByMe(open));
    }

    /** The spis spraw of a unit and final JRWA class (or one of its podteczki) for a year: JSON, CSV or PDF. */
    @GET
    @Path("spis-spraw")
    @Produces({MediaType.APPLICATION_JSON, "text/csv", PDF})
    @Operation(summary = "Spis spraw komórki, klasy JRWA (lub jej podteczki) i roku",
            description = "JSON; CSV dla arkuszy (Accept: text/csv lub format=csv); wydruk PDF A4 poziomo "
                    + "(Accept: application/pdf lub format=pdf) z nagłówkiem urzędu i komórki oraz kolumnami instrukcji kancelaryjnej")
    public Response spisSpraw(@QueryParam("unit") String unit, @QueryParam("jrwa") String jrwa, @QueryParam("year") int year,
                              @Parameter(description = "numer podteczki; bez niego spis klasy") @QueryParam("podteczka") Integer podteczka,
                              @Parameter(description = "json, csv albo pdf; pierwszeństwo przed nagłówkiem Accept") @QueryParam("format") String format,
                              @HeaderParam("Accept") String accept) {
        if (unit == null || jrwa == null || year == 0) {
            throw new pl.ezd.validation.boundary.InvalidInputException("unit", "Podaj komórkę (unit), klasę JRWA (jrwa) i rok (year)");
        }
        String name = "spis-spraw-" + unit + "-" + jrwa + (podteczka == null ? "" : "-" + podteczka) + "-" + year;
        switch (format(format, accept)) {
            case "pdf":
                return Response.ok(cases.spisSprawPdf(unit, jrwa, podteczka, year), PDF)
                        .header("Content-Disposition", "inline; filename=\"" + name + ".pdf\"").build();
            case "csv":
                return Response.ok(cases.spisSpraw(unit, jrwa, podteczka, year).toCsv(), "text/csv; charset=UTF-8")
                        .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"").build();
            default:
                return Response.ok(cases.spisSpraw(unit, jrwa, podteczka, year), MediaType.APPLICATION_JSON_TYPE).build();
        }
    }

    /** What the caller asked for: the format parameter first, then the Accept header; JSON otherwise. */
    private static String format(String format, String accept) {
        if (format != null && !format.isBlank()) {
            String asked = format.strip().toLowerCase(java.util.Locale.ROOT);
            if (!List.of("json", "csv", "pdf").contains(asked)) {
                throw new pl.ezd.validation.boundary.InvalidInputException("format", "Nieznany format " + format + ": dostępne są json, csv i pdf");
            }
            return asked;
        }
        if (accept != null && accept.contains(PDF)) {
            return "pdf";
        }
        if (accept != null && accept.contains("text/csv")) {
            return "csv";
        }
        return "json";
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
            throw new pl.ezd.validation.boundary.InvalidInputException("itemId", "itemId is required");
        }
        return cases.attachItem(id, attachment.itemId());
    }

    @GET
    @Path("{id}/items")
    public List<RegisteredItem> items(@PathParam("id") long id) {
        return cases.items(id);
    }

    /** The metryka sprawy: JSON rows, or the printable PDF. */
    @GET
    @Path("{id}/metryka")
    @Produces({MediaType.APPLICATION_JSON, PDF})
    @Operation(summary = "Metryka sprawy (KPA art. 66a)",
            description = "Wiersze metryki w JSON albo wydruk PDF (Accept: application/pdf lub format=pdf): "
                    + "data czynności, osoba i stanowisko, czynność, identyfikator dokumentu")
    public Response metryka(@PathParam("id") long id, @QueryParam("format") String format, @HeaderParam("Accept") String accept) {
        String asked = format(format, accept);
        if ("pdf".equals(asked)) {
            return Response.ok(cases.metrykaPdf(id), PDF)
                    .header("Content-Disposition", "inline; filename=\"metryka-sprawy-" + id + ".pdf\"").build();
        }
        if ("csv".equals(asked)) {
            throw new pl.ezd.validation.boundary.InvalidInputException("format", "Metrykę sprawy można pobrać jako json albo pdf");
        }
        List<MetrykaRow> rows = cases.metryka(id);
        return Response.ok(rows, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** Writes a note (notatka służbowa) into an open case file; it is kept as written. */
    @POST
    @Path("{id}/notes")
    @Operation(summary = "Notatka służbowa do akt sprawy",
            description = "Zapisuje notatkę z autorem, stanowiskiem i czasem; trafia do metryki sprawy. "
                    + "Notatki nie można zmienić ani usunąć; sprawa zakończona nie przyjmuje notatek (409).")
    public Response addNote(@PathParam("id") long id, NewNote note, @Context UriInfo uri) {
        if (note == null) {
            throw new pl.ezd.validation.boundary.InvalidInputException("text", "Treść notatki jest wymagana");
        }
        NoteView written = cases.addNote(id, note.text());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(written.id())).build()).entity(written).build();
    }

    @GET
    @Path("{id}/notes")
    @Operation(summary = "Notatki w aktach sprawy, od najstarszej")
    public List<NoteView> notes(@PathParam("id") long id) {
        return cases.notes(id);
    }

    /** Which document to put into the case file, and its role there (DRAFT, OUTGOING, OTHER). */
    public record DocumentAttachment(long documentId, CaseDocumentRole role) {
    }

    @POST
    @Path("{id}/documents")
    @Operation(summary = "Dołącza dokument do akt sprawy w roli projektu pisma, pisma wychodzącego albo innej (wpis w metryce)")
    public List<CaseDocumentView> attachDocument(@PathParam("id") long id, DocumentAttachment attachment) {
        if (attachment == null) {
            throw new pl.ezd.validation.boundary.InvalidInputException("documentId", "Podaj documentId i role");
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
            throw new pl.ezd.validation.boundary.InvalidInputException("documentId", "Podaj documentId projektu");
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
