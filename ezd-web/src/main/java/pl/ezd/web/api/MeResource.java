package pl.ezd.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import pl.ezd.organization.boundary.Caller;
import pl.ezd.organization.boundary.CallerIdentity;

/** Who the caller is: user, employee, organisation and roles. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    Caller caller;

    @GET
    public CallerIdentity me() {
        return caller.identity();
    }
}
