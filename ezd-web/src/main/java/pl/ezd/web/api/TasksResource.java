package pl.ezd.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import pl.ezd.cases.boundary.CaseView;
import pl.ezd.workflow.boundary.Inbox;
import pl.ezd.workflow.boundary.InboxPage;
import pl.ezd.workflow.boundary.InboxTask;
import pl.ezd.workflow.boundary.IncomingItemTasks;

/** The caller's workflow inbox and the actions of its tasks. */
@Path("tasks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TasksResource {

    @Inject
    Inbox inbox;

    @Inject
    IncomingItemTasks incomingItems;

    /** The clerk's answer to an assigned item. */
    public record Acceptance(boolean accepted, String returnReason) {
    }

    @GET
    public InboxPage tasks(@QueryParam("first") @DefaultValue("0") int first,
                           @QueryParam("max") @DefaultValue("20") int max) {
        return inbox.tasks(first, max);
    }

    @POST
    @Path("{id}/claim")
    public InboxTask claim(@PathParam("id") String id) {
        return inbox.claim(id);
    }

    @POST
    @Path("{id}/dekretacja")
    @Operation(summary = "Dekretacja by a head of the office (task Task_Dekretacja)",
            description = "Exactly one of leadUnit (unit symbol; its head then decrees inside the unit) and clerk (username). "
                    + "forInformation: unit symbols that get a task to confirm they have read the item. deadline (yyyy-MM-dd) "
                    + "may not be later than the first deadline set for the item; instructions are added below earlier ones.")
    public Response decree(@PathParam("id") String id, IncomingItemTasks.Dekretacja dekretacja) {
        incomingItems.decree(id, dekretacja);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/dekretacja-w-komorce")
    @Operation(summary = "Dekretacja inside the lead unit (task Task_DekretacjaWKomorce)",
            description = "The head of the lead unit hands the item down to a clerk of that unit; may add instructions and "
                    + "shorten the deadline, never extend the first one.")
    public Response decreeInUnit(@PathParam("id") String id, IncomingItemTasks.UnitDekretacja dekretacja) {
        incomingItems.decreeInUnit(id, dekretacja);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/acceptance")
    @Operation(summary = "The clerk accepts the item, or returns it with a reason to whoever decreed it (task Task_Przyjecie)")
    public Response acceptOrReturn(@PathParam("id") String id, Acceptance acceptance) {
        if (acceptance == null) {
            throw new IllegalArgumentException("Podaj, czy przesyłka jest przyjęta (accepted)");
        }
        if (acceptance.accepted()) {
            incomingItems.accept(id);
        } else {
            incomingItems.returnItem(id, acceptance.returnReason());
        }
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/case")
    @Operation(summary = "The clerk files the accepted item in a case (task Task_Sprawa)",
            description = "Either caseId of an existing case of the organisation, or jrwaSymbol (final JRWA class), title and "
                    + "termin (NIEZWLOCZNIE, JEDEN_MIESIAC by default, DWA_MIESIACE) of a new case the item initiates; "
                    + "its statutory deadline runs from the day the item was received.")
    public CaseView fileInCase(@PathParam("id") String id, IncomingItemTasks.CaseChoice choice) {
        return incomingItems.fileInCase(id, choice);
    }

    @POST
    @Path("{id}/read-confirmation")
    @Operation(summary = "A unit the item was sent to for information confirms it has read it (task Task_DoWiadomosci)")
    public Response confirmRead(@PathParam("id") String id) {
        incomingItems.confirmRead(id);
        return Response.noContent().build();
    }
}
