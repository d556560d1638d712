package pl.ezd.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import pl.ezd.workflow.boundary.ApprovalChainView;
import pl.ezd.workflow.boundary.ApprovalChains;
import pl.ezd.workflow.entity.ApprovalStep;

/**
 * Approval chains of drafts: one for the organisation, optionally one per unit (overriding it).
 * Each step is {@code {"unitSymbol":"GK","role":"HEAD"}} (whoever holds that role in the unit) or
 * {@code {"username":"jan.kowalski"}}; the last step has {@code "finalStep": true}.
 */
@Path("approval-chains")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApprovalChainsResource {

    @Inject
    ApprovalChains approvalChains;

    /** The steps of a chain, in order. */
    public record Steps(List<ApprovalStep> steps) {
    }

    @GET
    @Operation(summary = "Ścieżki akceptacji ustawione w urzędzie (urzędu i komórek)")
    public List<ApprovalChainView> chains() {
        return approvalChains.chains();
    }

    @GET
    @Path("effective")
    @Operation(summary = "Ścieżka, którą pójdzie projekt w sprawie komórki: komórki, urzędu albo domyślna (kierownik komórki)")
    public ApprovalChainView effective(@QueryParam("unit") String unit) {
        if (unit == null || unit.isBlank()) {
            throw new IllegalArgumentException("Podaj komórkę (unit)");
        }
        return approvalChains.effective(unit.strip());
    }

    @PUT
    @Path("organization")
    @Operation(summary = "Ustawia ścieżkę akceptacji całego urzędu (administrator urzędu)")
    public ApprovalChainView defineForOrganization(Steps steps) {
        return approvalChains.define(null, steps == null ? null : steps.steps());
    }

    @PUT
    @Path("units/{unit}")
    @Operation(summary = "Ustawia ścieżkę akceptacji komórki, zastępującą w niej ścieżkę urzędu (administrator urzędu)")
    public ApprovalChainView defineForUnit(@PathParam("unit") String unit, Steps steps) {
        return approvalChains.define(unit, steps == null ? null : steps.steps());
    }

    @DELETE
    @Path("units/{unit}")
    @Operation(summary = "Usuwa własną ścieżkę komórki: znów obowiązuje ścieżka urzędu")
    public Response removeForUnit(@PathParam("unit") String unit) {
        approvalChains.removeUnitChain(unit);
        return Response.noContent().build();
    }
}
