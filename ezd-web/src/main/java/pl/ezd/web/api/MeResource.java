package pl.ezd.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import pl.ezd.organization.boundary.Absentee;
import pl.ezd.organization.boundary.Caller;
import pl.ezd.organization.boundary.CallerIdentity;
import pl.ezd.organization.boundary.Passwords;
import pl.ezd.organization.boundary.Substitutions;

/** Who the caller is: user, employee, organisation and roles; their own password and substitutions. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    Caller caller;

    @Inject
    Passwords passwords;

    @Inject
    Substitutions substitutions;

    @Schema(description = "Zmiana własnego hasła: obecne i nowe (10–128 znaków, mała i wielka litera oraz cyfra lub znak specjalny, bez loginu)")
    public record PasswordChange(@Schema(required = true) String currentPassword, @Schema(required = true) String newPassword) {
    }

    @GET
    @Operation(summary = "Kim jestem", description = "Użytkownik, pracownik, organizacja, role i stanowiska obowiązujące dziś.")
    public CallerIdentity me() {
        return caller.identity();
    }

    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Zmień własne hasło")
    @APIResponse(responseCode = "204", description = "Zmienione; od teraz działa tylko nowe hasło")
    @APIResponse(responseCode = "400", description = "Złe obecne hasło (`currentPassword`) albo nowe niezgodne z zasadami (`newPassword`)")
    public Response changePassword(PasswordChange change) {
        if (change == null) {
            throw new IllegalArgumentException("Podaj obecne i nowe hasło");
        }
        passwords.changeOwn(PasswordField.chars(change.currentPassword()), PasswordField.chars(change.newPassword()));
        return Response.noContent().build();
    }

    @GET
    @Path("substituting")
    @Operation(summary = "Kogo zastępuję", description = "Osoby, które zalogowany użytkownik zastępuje w danym dniu (domyślnie dziś).")
    public List<Absentee> substituting(@QueryParam("on") String on) {
        LocalDate day = QueryDates.parse("on", on);
        return substitutions.absenteesSubstitutedBy(caller.username(),
                day == null ? LocalDate.now(java.time.ZoneId.of("Europe/Warsaw")) : day);
    }
}
