package pl.ezd.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import pl.ezd.correspondence.boundary.OutgoingItemView;
import pl.ezd.correspondence.boundary.OutgoingItems;
import pl.ezd.correspondence.boundary.OutgoingRegistration;
import pl.ezd.correspondence.boundary.PostalBook;

/** The outgoing register of the caller's organisation and its postal book. */
@Path("outgoing-items")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OutgoingItemsResource {

    @Inject
    OutgoingItems outgoingItems;

    @POST
    @Operation(summary = "Rejestruje przesyłkę wychodzącą poza obiegiem sprawy (kancelaria); w obiegu: /case-tasks/{id}/dispatch")
    public Response register(OutgoingRegistration registration, @Context UriInfo uri) {
        OutgoingItemView item = outgoingItems.register(registration);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(item.id())).build()).entity(item).build();
    }

    @GET
    @Operation(summary = "Rejestr przesyłek wychodzących roku (domyślnie bieżącego), w kolejności numerów")
    public List<OutgoingItemView> register(@QueryParam("year") Integer year, @QueryParam("first") @DefaultValue("0") int first,
                                           @QueryParam("max") @DefaultValue("100") int max) {
        return outgoingItems.register(year == null ? LocalDate.now(ZoneId.of("Europe/Warsaw")).getYear() : year, first, max);
    }

    @GET
    @Path("{id}")
    public OutgoingItemView find(@PathParam("id") long id) {
        return outgoingItems.find(id);
    }

    @GET
    @Path("postal-book")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(summary = "Książka nadawcza dnia (przesyłki listowe polecone i zwykłe): JSON albo CSV (Accept: text/csv)")
    public Response postalBook(@QueryParam("date") String date, @HeaderParam("Accept") String accept) {
        LocalDate day;
        try {
            day = date == null ? null : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Data ma postać RRRR-MM-DD: " + date);
        }
        PostalBook book = outgoingItems.postalBook(day);
        if (accept != null && accept.contains("text/csv")) {
            return Response.ok(book.toCsv(), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"ksiazka-nadawcza-" + day + ".csv\"")
                    .build();
        }
        return Response.ok(book, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
