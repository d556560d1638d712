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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import pl.ezd.cases.boundary.CaseView;
import pl.ezd.workflow.boundary.Inbox;
import pl.ezd.workflow.boundary.InboxFilter;
import pl.ezd.workflow.boundary.InboxRequest;
import pl.ezd.workflow.boundary.InboxSort;
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

    /** A head's bulk assignment: these tasks, offered to their groups, to this clerk of their unit. */
    public record Assignment(List<String> taskIds, String assignee) {
    }

    /** How many tasks the assignment covered. */
    public record Assigned(int assigned) {
    }

    @GET
    @Operation(summary = "The caller's inbox: own tasks and tasks offered to their groups, one page and the total",
            description = "Read from the inbox read model; every filter is optional. Overdue means the deadline "
                    + "(statutory or assigned, else the task's due day) has passed in the office's calendar. The total is counted "
                    + "only up to max(1000, first + max): totalExact false means more than total tasks match and another page follows.")
    public InboxPage tasks(
            @Parameter(description = "first row, from 0") @QueryParam("first") @DefaultValue("0") int first,
            @Parameter(description = "rows on the page, 1 to 200") @QueryParam("max") @DefaultValue("20") int max,
            @Parameter(description = "created (default), deadline, title or rpwNumber") @QueryParam("sort") String sort,
            @Parameter(description = "asc or desc; default desc for created, asc otherwise") @QueryParam("order") String order,
            @Parameter(description = "text in title, sender, RPW number or case reference") @QueryParam("q") String text,
            @Parameter(description = "true: only overdue tasks; false: only tasks not overdue") @QueryParam("overdue") Boolean overdue,
            @Parameter(description = "process key, e.g. incomingItem") @QueryParam("process") String process,
            @Parameter(description = "task key, e.g. Task_Dekretacja") @QueryParam("task") String task) {
        InboxSort by = InboxSort.ofParameter(sort);
        boolean ascending;
        if (order == null || order.isBlank()) {
            ascending = by != InboxSort.CREATED;
        } else if (order.equalsIgnoreCase("asc") || order.equalsIgnoreCase("desc")) {
            ascending = order.equalsIgnoreCase("asc");
        } else {
            throw new IllegalArgumentException("Kierunek sortowania to asc albo desc");
        }
        return inbox.tasks(new InboxRequest(first, max, by, ascending, new InboxFilter(text, overdue, process, task)));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One task of the caller's inbox, as the list shows it (404 if it is not theirs to see)")
    public InboxTask task(@PathParam("id") String id) {
        return inbox.task(id);
    }

    @POST
    @Path("{id}/claim")
    @Operation(summary = "Take a task offered to one of the caller's groups")
    public InboxTask claim(@PathParam("id") String id) {
        return inbox.claim(id);
    }

    @POST
    @Path("{id}/release")
    @Operation(summary = "Give a claimed task back to the groups it is offered to (204)")
    public Response release(@PathParam("id") String id) {
        inbox.release(id);
        return Response.noContent().build();
    }

    @POST
    @Path("assignment")
    @Operation(summary = "A head assigns several tasks offered to their groups to one clerk of their unit, all or none")
    public Assigned assign(Assignment assignment) {
        if (assignment == null) {
            throw new IllegalArgumentException("Podaj zadania (taskIds) i referenta (assignee)");
        }
        return new Assigned(inbox.assign(assignment.taskIds(), assignment.assignee()));
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
