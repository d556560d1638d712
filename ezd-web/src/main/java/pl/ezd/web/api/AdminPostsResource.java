package pl.ezd.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pl.ezd.organization.boundary.AdminViews.PostView;
import pl.ezd.organization.boundary.StaffAdministration;
import pl.ezd.organization.entity.Role;

/** Posts (stanowiska) of the administrator's own organisation, with the roles they give. */
@Path("admin/posts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Administracja: stanowiska", description = "Stanowiska i ich role we własnej organizacji (ORG_ADMIN)")
public class AdminPostsResource {

    @Inject
    StaffAdministration administration;

    @Schema(description = "Stanowisko do powierzenia pracownikowi w komórce; jedna osoba może mieć stanowiska w kilku komórkach")
    public record NewPost(@Schema(required = true) Long employeeId, @Schema(required = true) Long unitId,
                          @Schema(required = true, example = "Podinspektor") String title,
                          @Schema(required = true, description = "REGISTRY, CLERK, HEAD, ARCHIVIST, ORG_ADMIN") Set<Role> roles,
                          @Schema(description = "Pierwszy dzień; domyślnie dziś") LocalDate validFrom) {
    }

    public record RolesChange(@Schema(required = true) Set<Role> roles) {
    }

    @Schema(description = "Ostatni dzień, w którym stanowisko daje swoje role")
    public record Ending(@Schema(required = true) LocalDate validTo) {
    }

    @GET
    @Operation(summary = "Stanowiska organizacji", description = "Wszystkie, także zakończone.")
    public List<PostView> list() {
        return administration.posts();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Jedno stanowisko")
    @APIResponse(responseCode = "404", description = "Nie ma takiego stanowiska w Twojej organizacji")
    public PostView find(@PathParam("id") long id) {
        return administration.post(id);
    }

    @POST
    @Operation(summary = "Powierz stanowisko")
    @APIResponse(responseCode = "201", description = "Powierzone")
    @APIResponse(responseCode = "400", description = "Błędne pole (`field`)")
    @APIResponse(responseCode = "404", description = "Pracownika lub komórki nie ma w Twojej organizacji")
    public Response grant(NewPost post, @Context UriInfo uri) {
        if (post == null) {
            throw new IllegalArgumentException("Podaj dane stanowiska");
        }
        PostView granted = administration.grantPost(new StaffAdministration.NewPost(post.employeeId(), post.unitId(),
                post.title(), post.roles(), post.validFrom()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(granted.id())).build()).entity(granted).build();
    }

    @PUT
    @Path("{id}/roles")
    @Operation(summary = "Zmień role stanowiska")
    public PostView changeRoles(@PathParam("id") long id, RolesChange change) {
        return administration.changeRoles(id, change == null ? null : change.roles());
    }

    @POST
    @Path("{id}/end")
    @Operation(summary = "Zakończ stanowisko", description = "Od następnego dnia stanowisko nie daje ról.")
    public PostView end(@PathParam("id") long id, Ending ending) {
        return administration.endPost(id, ending == null ? null : ending.validTo());
    }
}
