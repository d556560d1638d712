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
import pl.ezd.workflow.boundary.Inbox;
import pl.ezd.workflow.boundary.InboxPage;
import pl.ezd.workflow.boundary.InboxTask;

/** The caller's workflow inbox and the actions of its tasks. */
@Path("tasks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TasksResource {

    @Inject
    Inbox inbox;

    /** dekretacja of an incoming item: to which clerk, with what instructions. */
    public record Dekretacja(String clerk, String instructions) {
    }

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
    public Response decree(@PathParam("id") String id, Dekretacja dekretacja) {
        if (dekretacja == null) {
            throw new IllegalArgumentException("clerk is required");
        }
        inbox.decree(id, dekretacja.clerk(), dekretacja.instructions());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/acceptance")
    public Response acceptOrReturn(@PathParam("id") String id, Acceptance acceptance) {
        if (acceptance == null) {
            throw new IllegalArgumentException("accepted is required");
        }
        inbox.acceptOrReturn(id, acceptance.accepted(), acceptance.returnReason());
        return Response.noContent().build();
    }
}
