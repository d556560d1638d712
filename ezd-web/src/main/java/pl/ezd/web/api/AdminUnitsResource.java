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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pl.ezd.organization.boundary.AdminViews.UnitView;
import pl.ezd.organization.boundary.StaffAdministration;

/** Units (komórki organizacyjne) of the administrator's own organisation. */
@Path("admin/units")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Administracja: komórki", description = "Komórki organizacyjne własnej organizacji (ORG_ADMIN)")
public class AdminUnitsResource {

    @Inject
    StaffAdministration administration;

    @Schema(description = "Nowa komórka. Symbol jest jednoznaczny wśród komórek działających w tym samym roku; "
            + "wolno go użyć ponownie od roku po zakończeniu poprzedniej komórki.")
    public record NewUnit(@Schema(required = true, example = "GK") String symbol,
                          @Schema(required = true, example = "Referat Gospodarki Komunalnej") String name,
                          @Schema(description = "Komórka nadrzędna (ta sama organizacja)") Long parentId,
                          @Schema(description = "Pierwszy dzień działania; domyślnie dziś") LocalDate validFrom,
                          @Schema(description = "Ostatni dzień działania; brak: bezterminowo") LocalDate validTo) {
    }

    @Schema(description = "Zmiana nazwy i/lub komórki nadrzędnej (parentId null: komórka najwyższego poziomu)")
    public record UnitChange(String name, Long parentId) {
    }

    @Schema(description = "Ostatni dzień działania komórki")
    public record Ending(@Schema(required = true) LocalDate validTo) {
    }

    @GET
    @Operation(summary = "Komórki organizacji", description = "Wszystkie, także zakończone, według symbolu.")
    public List<UnitView> list() {
        return administration.units();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Jedna komórka")
    @APIResponse(responseCode = "404", description = "Nie ma takiej komórki w Twojej organizacji")
    public UnitView find(@PathParam("id") long id) {
        return administration.unit(id);
    }

    @POST
    @Operation(summary = "Utwórz komórkę")
    @APIResponse(responseCode = "201", description = "Utworzona")
    @APIResponse(responseCode = "400", description = "Błędne pole (`field`)")
    @APIResponse(responseCode = "409", description = "Symbol zajęty w tym roku przez inną komórkę")
    public Response add(NewUnit unit, @Context UriInfo uri) {
        if (unit == null) {
            throw new IllegalArgumentException("Podaj dane komórki");
        }
        UnitView created = administration.addUnit(new StaffAdministration.NewUnit(unit.symbol(), unit.name(), unit.parentId(),
                unit.validFrom(), unit.validTo()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Zmień nazwę lub komórkę nadrzędną")
    public UnitView change(@PathParam("id") long id, UnitChange change) {
        if (change == null) {
            throw new IllegalArgumentException("Podaj nazwę lub komórkę nadrzędną");
        }
        return administration.changeUnit(id, change.name(), change.parentId());
    }

    @POST
    @Path("{id}/end")
    @Operation(summary = "Zakończ działanie komórki", description = "Odmowa (409), dopóki trwają w niej stanowiska lub podległe komórki.")
    public UnitView end(@PathParam("id") long id, Ending ending) {
        return administration.endUnit(id, ending == null ? null : ending.validTo());
    }
}
