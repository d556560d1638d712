package pl.ezd.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import pl.ezd.organization.boundary.AdminViews.SubstitutionView;
import pl.ezd.organization.boundary.Substitutions;

/** Substitutions (zastępstwa) of the administrator's own organisation. */
@Path("admin/substitutions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Administracja: zastępstwa", description = "Kto kogo zastępuje, od kiedy do kiedy i dlaczego (ORG_ADMIN)")
public class AdminSubstitutionsResource {

    @Inject
    Substitutions substitutions;

    @Schema(description = "Zastępstwo: obie daty włącznie. Nieobecny ma naraz jednego zastępcę, zastępca nie może być "
            + "w tym czasie nieobecny, nikt nie zastępuje sam siebie.")
    public record NewSubstitution(@Schema(required = true) Long absentEmployeeId,
                                  @Schema(required = true) Long substituteEmployeeId,
                                  @Schema(required = true) LocalDate validFrom, @Schema(required = true) LocalDate validTo,
                                  @Schema(required = true, example = "urlop wypoczynkowy") String reason) {
    }

    @GET
    @Operation(summary = "Zastępstwa", description = "Kończące się w dniu `from` lub później (domyślnie dziś), także odwołane.")
    public List<SubstitutionView> list(@QueryParam("from") String from) {
        return substitutions.list(QueryDates.parse("from", from));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Jedno zastępstwo")
    @APIResponse(responseCode = "404", description = "Nie ma takiego zastępstwa w Twojej organizacji")
    public SubstitutionView find(@PathParam("id") long id) {
        return substitutions.find(id);
    }

    @POST
    @Operation(summary = "Ustanów zastępstwo")
    @APIResponse(responseCode = "201", description = "Ustanowione")
    @APIResponse(responseCode = "400", description = "Błędne pole (`field`), np. zastępowanie samego siebie")
    @APIResponse(responseCode = "409", description = "Nakłada się na inne zastępstwo tych osób")
    public Response create(NewSubstitution request, @Context UriInfo uri) {
        if (request == null) {
            throw new IllegalArgumentException("Podaj dane zastępstwa");
        }
        SubstitutionView created = substitutions.create(new Substitutions.NewSubstitution(request.absentEmployeeId(),
                request.substituteEmployeeId(), request.validFrom(), request.validTo(), request.reason()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Odwołaj zastępstwo", description = "Zostaje w rejestrze jako odwołane.")
    public SubstitutionView cancel(@PathParam("id") long id) {
        return substitutions.cancel(id);
    }
}
