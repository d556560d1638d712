package pl.ezd.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pl.ezd.cases.boundary.CaseView;
import pl.ezd.correspondence.boundary.OutgoingItemView;
import pl.ezd.correspondence.boundary.OutgoingRegistration;
import pl.ezd.documents.boundary.VersionView;
import pl.ezd.workflow.boundary.CaseTasks;

/**
 * The steps of a case's circulation, by task id (see {@code GET /cases/{id}/tasks} and the
 * inbox). A task offered to one of the caller's groups is taken by the caller as they act on it.
 */
@Path("case-tasks/{taskId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseTasksResource {

    @Inject
    CaseTasks caseTasks;

    /** How many days to wait for the addressee's reply (optional: the office's waiting period). */
    public record Waiting(@Schema(description = "okres oczekiwania w dniach, 1–365; brak: domyślny okres urzędu") Integer days) {
    }

    /** An approver's remark or guidance (required when returning). */
    public record Review(String comment) {
    }

    /** The date the case was finally settled (today when left out). */
    public record Closing(LocalDate settledOn) {
    }

    private static String comment(Review review) {
        return review == null ? null : review.comment();
    }

    @POST
    @Path("approve")
    @Operation(summary = "Akceptacja wstępna projektu (akceptujący bez prawa podpisu)")
    public Response approve(@PathParam("taskId") String taskId, Review review) {
        caseTasks.approve(taskId, comment(review));
        return Response.noContent().build();
    }

    @POST
    @Path("return")
    @Operation(summary = "Zwrot projektu referentowi z uwagami (na każdym poziomie akceptacji); wersja i uwagi zostają w aktach")
    public Response returnDraft(@PathParam("taskId") String taskId, Review review) {
        caseTasks.returnDraft(taskId, comment(review));
        return Response.noContent().build();
    }

    @POST
    @Path("sign-with-seal")
    @Operation(summary = "Akceptacja końcowa i pieczęć elektroniczna urzędu (nowa wersja, weryfikowana od razu; kierownik)")
    public VersionView signWithSeal(@PathParam("taskId") String taskId, Review review) {
        return caseTasks.signWithSeal(taskId, comment(review));
    }

    @POST
    @Path("sign-with-upload")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Akceptacja końcowa: wersja projektu podpisana podpisem kwalifikowanym akceptującego "
            + "(surowa treść, nazwa w Content-Disposition); przyjęta tylko, gdy podpis jest WAŻNY")
    public VersionView signWithUpload(@PathParam("taskId") String taskId,
                                      @HeaderParam(HttpHeaders.CONTENT_DISPOSITION) String disposition,
                                      @QueryParam("comment") String comment, InputStream body) {
        return caseTasks.signWithUpload(taskId, DocumentsResource.fileName(disposition), body, comment);
    }

    @POST
    @Path("dispatch")
    @Operation(summary = "Wysyłka przez kancelarię: wpis do rejestru przesyłek wychodzących (numer, kanał, adresat)")
    public OutgoingItemView dispatch(@PathParam("taskId") String taskId, OutgoingRegistration registration) {
        return caseTasks.dispatch(taskId, registration);
    }

    @POST
    @Path("await-reply")
    @Operation(summary = "Po wysyłce albo po upływie okresu oczekiwania: (dalsze) oczekiwanie na odpowiedź",
            description = "Dołączenie przesyłki do akt sprawy wznawia jej prowadzenie. Gdy w ciągu okresu oczekiwania (days dni, "
                    + "domyślnie ustawienie urzędu ezd.case.reply-wait-period, 30 dni) nic nie wpłynie, referent dostaje zadanie "
                    + "Task_OczekiwanieMinelo: zakończyć sprawę (close) albo czekać dalej (ponownie await-reply).")
    public Response awaitReply(@PathParam("taskId") String taskId, Waiting waiting) {
        caseTasks.awaitReply(taskId, waiting == null ? null : waiting.days());
        return Response.noContent().build();
    }

    @POST
    @Path("resend")
    @Operation(summary = "Ponowne skierowanie poprawionego projektu (nowej wersji) do akceptacji, od pierwszego akceptującego")
    public Response resend(@PathParam("taskId") String taskId) {
        caseTasks.resend(taskId);
        return Response.noContent().build();
    }

    @POST
    @Path("close")
    @Operation(summary = "Zakończenie sprawy z datą ostatecznego załatwienia")
    public CaseView close(@PathParam("taskId") String taskId, Closing closing) {
        return caseTasks.close(taskId, closing == null ? null : closing.settledOn());
    }
}
