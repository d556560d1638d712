package pl.ezd.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import pl.ezd.cases.boundary.Cases;
import pl.ezd.workflow.boundary.StatutoryDeadlines;

/** The statutory deadline of a case (KPA art. 35), its suspension and resumption. */
@Path("cases/{id}/deadline")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseDeadlineResource {

    @Inject
    StatutoryDeadlines deadlines;

    @Inject
    Cases cases;

    /** Why the proceeding is suspended (e.g. KPA art. 97 §1 pkt 4). */
    public record Suspension(String reason) {
    }

    @GET
    @Operation(summary = "The case's statutory deadline: kind, last day, whether suspended or overdue")
    public StatutoryDeadlines.StatutoryDeadline deadline(@PathParam("id") long id) {
        return deadlines.of(id);
    }

    @POST
    @Path("suspension")
    @Operation(summary = "Suspends the proceeding: the deadline stops running (reminder and escalation wait)")
    public StatutoryDeadlines.StatutoryDeadline suspend(@PathParam("id") long id, Suspension suspension) {
        cases.suspend(id, suspension == null ? null : suspension.reason());
        return deadlines.of(id);
    }

    @POST
    @Path("resumption")
    @Operation(summary = "Resumes the proceeding: the deadline moves later by the days it was suspended")
    public StatutoryDeadlines.StatutoryDeadline resume(@PathParam("id") long id) {
        cases.resume(id);
        return deadlines.of(id);
    }
}
