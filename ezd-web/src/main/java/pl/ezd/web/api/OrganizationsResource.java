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
import pl.ezd.organization.boundary.AdminViews.OrganizationView;
import pl.ezd.organization.boundary.OrganizationAdministration;
import pl.ezd.organization.entity.OrganizationKind;

/** Organisations of the installation, for regional administrators (who never read their records). */
@Path("organizations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organizacje", description = "Administrator regionu: organizacje instalacji i ich pierwsi administratorzy (REGION_ADMIN)")
public class OrganizationsResource {

    @Inject
    OrganizationAdministration administration;

    @Schema(description = "Nowa organizacja z pierwszą komórką i pierwszym administratorem (ORG_ADMIN)")
    public record NewOrganization(
            @Schema(description = "GMINA, POWIAT, WOJEWODZTWO albo JEDNOSTKA_PODLEGLA", required = true) OrganizationKind kind,
            @Schema(required = true, example = "Urząd Gminy Bądkowo") String name,
            @Schema(description = "Kod TERC z rejestru TERYT regionu pasujący do rodzaju (gmina: 7 cyfr, powiat: 4, województwo: 2); "
                    + "jednostka podległa ma kod swojej organizacji nadrzędnej", required = true, example = "0401011") String teryt,
            @Schema(description = "Organizacja nadrzędna: tylko dla jednostki podległej") Long parentId,
            @Schema(description = "Symbol pierwszej komórki, w której administrator ma stanowisko", required = true, example = "OR") String unitSymbol,
            @Schema(required = true, example = "Referat Organizacyjny") String unitName,
            @Schema(required = true) FirstAdmin admin) {
    }

    @Schema(description = "Pierwszy administrator organizacji; hasło: 10–128 znaków, mała i wielka litera oraz cyfra lub znak specjalny, bez loginu")
    public record FirstAdmin(@Schema(required = true) String firstName, @Schema(required = true) String lastName, String email,
                             @Schema(required = true) String username, @Schema(required = true) String password,
                             @Schema(description = "Nazwa stanowiska; domyślnie Administrator EZD") String positionTitle) {
    }

    @GET
    @Operation(summary = "Organizacje instalacji", description = "Wszystkie organizacje regionu (bez ich akt). Tylko REGION_ADMIN.")
    public List<OrganizationView> list() {
        return administration.organizations();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Jedna organizacja")
    @APIResponse(responseCode = "404", description = "Nie ma takiej organizacji")
    public OrganizationView find(@PathParam("id") long id) {
        return administration.organization(id);
    }

    @POST
    @Operation(summary = "Załóż organizację z pierwszym administratorem",
            description = "Kod TERYT musi być w rejestrze TERC regionu i pasować do rodzaju. Zapisywane w dzienniku zdarzeń nowej organizacji.")
    @APIResponse(responseCode = "201", description = "Założona")
    @APIResponse(responseCode = "400", description = "Błędne pole: odpowiedź wskazuje je w `field`")
    @APIResponse(responseCode = "409", description = "Organizacja o tej nazwie i kodzie TERYT albo login już istnieje")
    public Response create(NewOrganization request, @Context UriInfo uri) {
        if (request == null) {
            throw new IllegalArgumentException("Podaj dane organizacji");
        }
        var admin = request.admin();
        var created = administration.createOrganization(new OrganizationAdministration.NewOrganization(request.kind(),
                request.name(), request.teryt(), request.parentId(), request.unitSymbol(), request.unitName(),
                admin == null ? null : new OrganizationAdministration.Admin(admin.firstName(), admin.lastName(),
                        admin.email(), admin.username(), PasswordField.chars(admin.password()), admin.positionTitle())));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }
}
