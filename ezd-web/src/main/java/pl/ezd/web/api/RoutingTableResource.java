package pl.ezd.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import pl.ezd.workflow.boundary.RoutingTables;

/** The organisation's routing table of incoming items (DMN decision {@code routing}); see docs/workflow.md. */
@Path("workflow/routing-table")
@RequestScoped
public class RoutingTableResource {

    @Inject
    RoutingTables tables;

    @GET
    @Produces(MediaType.APPLICATION_XML)
    @Operation(summary = "The DMN file of the routing table in force for the caller's organisation (its own or the shared one)",
            description = "Header X-Ezd-Routing-Own says whether it is the organisation's own table, X-Ezd-Routing-Version its version.")
    public Response currentFile() {
        return xml(tables.current());
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The routing table in force: whether it is the organisation's own, its version, when deployed, and its DMN")
    public RoutingTables.RoutingTable current() {
        return tables.current();
    }

    @PUT
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Uploads the organisation's own routing table (organisation administrator)",
            description = "A DMN 1.3 file with one decision table of id 'routing', inputs among documentKind, sender, title, channel, "
                    + "one output unitSymbol and a single-result hit policy (FIRST or UNIQUE); every unit it names must have a head. "
                    + "It is checked, deployed for this organisation only and audited; items registered from then on follow it.")
    public RoutingTables.RoutingTable upload(byte[] dmn) {
        return tables.upload(dmn);
    }

    private static Response xml(RoutingTables.RoutingTable table) {
        return Response.ok(table.dmn(), MediaType.APPLICATION_XML_TYPE.withCharset("UTF-8"))
                .header("X-Ezd-Routing-Own", table.own())
                .header("X-Ezd-Routing-Version", table.version())
                .build();
    }
}
