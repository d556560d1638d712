package pl.ezd.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import pl.ezd.correspondence.boundary.IncomingItems;
import pl.ezd.correspondence.boundary.RegisteredItem;
import pl.ezd.correspondence.entity.DcmiType;
import pl.ezd.correspondence.entity.DeliveryMethod;
import pl.ezd.correspondence.entity.Dostep;
import pl.ezd.correspondence.entity.IncomingItemMetadata;
import pl.ezd.correspondence.entity.SenderAddress;

/** The incoming register (RPW) of the caller's organisation. */
@Path("incoming-items")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IncomingItemsResource {

    @Inject
    IncomingItems incomingItems;

    /**
     * What the registry office enters for a new item: the minimal metadata set. Required: title,
     * sender, senderAddress.town, dateOnLetter, receivedOn, access, dcmiType.
     */
    public record Registration(String title, String sender, SenderAddress senderAddress, LocalDate dateOnLetter,
                               LocalDate dateSent, LocalDate receivedOn, String documentKind, Dostep access,
                               DcmiType dcmiType, DeliveryMethod deliveryMethod, String senderReference,
                               Integer attachmentsCount, String format, String notes, Boolean doNotOpen,
                               String storageLocation) {

        IncomingItemMetadata metadata() {
            if (senderAddress == null) {
                throw new IllegalArgumentException("Adres nadawcy (co najmniej miejscowość) jest wymagany");
            }
            return new IncomingItemMetadata(title, sender, senderAddress, dateOnLetter, dateSent, receivedOn, documentKind,
                    access, dcmiType, deliveryMethod, senderReference, attachmentsCount == null ? 0 : attachmentsCount,
                    format, notes, Boolean.TRUE.equals(doNotOpen), storageLocation);
        }
    }

    /** Registers an item under the next RPW number and starts its circulation. */
    @POST
    public Response register(Registration registration, @Context UriInfo uri) {
        if (registration == null) {
            throw new IllegalArgumentException("title and sender are required");
        }
        RegisteredItem item = incomingItems.register(registration.metadata());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(item.id())).build()).entity(item).build();
    }

    @GET
    @Path("{id}")
    public RegisteredItem item(@PathParam("id") long id) {
        return incomingItems.find(id).orElseThrow(() -> new NotFoundException("No such item in your organisation's register"));
    }
}
