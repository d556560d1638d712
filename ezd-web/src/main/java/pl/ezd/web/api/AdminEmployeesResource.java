package pl.ezd.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pl.ezd.organization.boundary.AdminViews.EmployeeView;
import pl.ezd.organization.boundary.StaffAdministration;

/** Employees of the administrator's own organisation and their logins. */
@Path("admin/employees")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Administracja: pracownicy", description = "Pracownicy, konta i hasła we własnej organizacji (ORG_ADMIN)")
public class AdminEmployeesResource {

    @Inject
    StaffAdministration administration;

    @Schema(description = "Nowy pracownik z kontem; hasło: 10–128 znaków, mała i wielka litera oraz cyfra lub znak specjalny, bez loginu")
    public record NewEmployee(@Schema(required = true) String firstName, @Schema(required = true) String lastName, String email,
                              @Schema(required = true, example = "jan.nowak") String username,
                              @Schema(required = true) String password,
                              @Schema(description = "Pierwsze stanowisko (employeeId pomijany)") AdminPostsResource.NewPost post) {
    }

    @Schema(description = "Nowe hasło nadane przez administratora")
    public record PasswordReset(@Schema(required = true) String newPassword) {
    }

    @GET
    @Operation(summary = "Pracownicy organizacji", description = "Z loginem, stanem konta i stanowiskami (bez haseł).")
    public List<EmployeeView> list() {
        return administration.employees();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Jeden pracownik")
    @APIResponse(responseCode = "404", description = "Nie ma takiego pracownika w Twojej organizacji")
    public EmployeeView find(@PathParam("id") long id) {
        return administration.employee(id);
    }

    @POST
    @Operation(summary = "Dodaj pracownika z kontem i (opcjonalnie) stanowiskiem")
    @APIResponse(responseCode = "201", description = "Dodany; może się logować")
    @APIResponse(responseCode = "400", description = "Błędne pole (`field`)")
    @APIResponse(responseCode = "409", description = "Login zajęty")
    public Response add(NewEmployee person, @Context UriInfo uri) {
        if (person == null) {
            throw new IllegalArgumentException("Podaj dane pracownika");
        }
        var post = person.post();
        EmployeeView added = administration.addEmployee(new StaffAdministration.NewEmployee(person.firstName(),
                person.lastName(), person.email(), person.username(), PasswordField.chars(person.password()),
                post == null ? null : new StaffAdministration.NewPost(null, post.unitId(), post.title(), post.roles(),
                        post.validFrom())));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(added.id())).build()).entity(added).build();
    }

    @POST
    @Path("{id}/deactivate")
    @Operation(summary = "Zablokuj konto", description = "Pracownik nie może się już zalogować; jego stanowiska i historia zostają.")
    public EmployeeView deactivate(@PathParam("id") long id) {
        return administration.deactivate(id);
    }

    @POST
    @Path("{id}/activate")
    @Operation(summary = "Odblokuj konto")
    public EmployeeView activate(@PathParam("id") long id) {
        return administration.activate(id);
    }

    @POST
    @Path("{id}/password")
    @Operation(summary = "Nadaj nowe hasło", description = "Dotychczasowe hasło przestaje działać.")
    @APIResponse(responseCode = "204", description = "Hasło zmienione")
    public Response resetPassword(@PathParam("id") long id, PasswordReset reset) {
        administration.resetPassword(id, reset == null ? null : PasswordField.chars(reset.newPassword()));
        return Response.noContent().build();
    }
}
