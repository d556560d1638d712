package pl.ezd.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import pl.ezd.correspondence.boundary.EarlierSender;
import pl.ezd.correspondence.boundary.IncomingItemForm;
import pl.ezd.correspondence.boundary.IncomingItemNotFoundException;
import pl.ezd.correspondence.boundary.IncomingItems;
import pl.ezd.correspondence.boundary.NewFile;
import pl.ezd.correspondence.boundary.OriginalLoanView;
import pl.ezd.correspondence.boundary.RegisterPage;
import pl.ezd.correspondence.boundary.RegisterQuery;
import pl.ezd.correspondence.boundary.RegisteredItem;
import pl.ezd.correspondence.entity.DeliveryMethod;
import pl.ezd.correspondence.entity.ItemStatus;
import pl.ezd.documents.boundary.DocumentView;
import pl.ezd.validation.boundary.InvalidInputException;

/**
 * The incoming register (RPW) of the caller's organisation: registration with or without files,
 * the item's files, its label, its paper original, and the register itself (filtered, paged, CSV).
 * Bad input is answered with the field-by-field problem of docs/api.md.
 */
@Path("incoming-items")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IncomingItemsResource {

    private static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Warsaw");
    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    IncomingItems incomingItems;

    /** Where the paper original lies in the skład chronologiczny. */
    public record Placement(String location) {
    }

    /** A loan of the paper original: to whom and why. */
    public record Loan(String lentTo, String purpose) {
    }

    @POST
    @Operation(summary = "Rejestruje przesyłkę wpływającą (same metadane) pod kolejnym numerem RPW",
            description = "Wymagane: title, sender, senderAddress.town, dateOnLetter, receivedOn (RRRR-MM-DD), access, dcmiType. "
                    + "Błędne pola wracają jako 400 z listą fields (docs/api.md).")
    public Response register(IncomingItemForm registration, @Context UriInfo uri) {
        RegisteredItem item = incomingItems.register(metadataOf(registration, "metadata").toMetadata(today()));
        return created(item, uri);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Rejestruje przesyłkę razem z jej plikami (multipart/form-data), wszystko albo nic",
            description = "Część „metadata” (application/json, jak przy rejestracji bez plików) i części „file” z nazwą pliku "
                    + "(filename); pierwszy plik to pismo, kolejne to załączniki. Gdy którykolwiek plik zostanie odrzucony "
                    + "(za duży: 413, pusty: 400), nie zostaje ani przesyłka, ani numer RPW, ani żaden plik.")
    public Response registerWithFiles(List<EntityPart> parts, @Context UriInfo uri) {
        IncomingItemForm form = null;
        List<NewFile> files = new ArrayList<>();
        var violations = new InvalidInputException.Collector();
        for (EntityPart part : parts) {
            switch (part.getName()) {
                case "metadata" -> form = read(part);
                case "file", "files" -> files.add(new NewFile(part.getFileName().orElse(null), part.getContent()));
                default -> violations.add(part.getName(), "Nieznana część żądania; dozwolone: metadata, file");
            }
        }
        if (form == null) {
            violations.add("metadata", "Brak części „metadata” z danymi przesyłki (JSON)");
        }
        violations.throwIfAny();
        RegisteredItem item = incomingItems.register(form.toMetadata(today()), files);
        return created(item, uri);
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(summary = "Przesyłka z rejestru Twojego urzędu (404 dla cudzej)")
    public RegisteredItem item(@PathParam("id") long id) {
        return incomingItems.find(id).orElseThrow(() -> new IncomingItemNotFoundException(id));
    }

    @GET
    @Operation(summary = "Rejestr przesyłek wpływających: filtry, sortowanie i stronicowanie po stronie serwera",
            description = "total liczone najwyżej do max(1000, first + max): gdy totalExact = false, pasuje więcej niż total"
                    + " przesyłek (\"ponad 1000\") i jest co najmniej jeszcze jedna strona")
    public RegisterPage list(@QueryParam("from") @Parameter(description = "data wpływu od (RRRR-MM-DD)") String from,
                             @QueryParam("to") @Parameter(description = "data wpływu do (RRRR-MM-DD)") String to,
                             @QueryParam("channel") @Parameter(description = "sposób doręczenia, np. EPUAP") String channel,
                             @QueryParam("status") String status,
                             @QueryParam("unit") @Parameter(description = "symbol komórki") String unit,
                             @QueryParam("text") @Parameter(description = "w tytule, nadawcy, znaku nadawcy, albo numer RPW") String text,
                             @QueryParam("sort") @DefaultValue("RPW") String sort,
                             @QueryParam("descending") @DefaultValue("false") boolean descending,
                             @QueryParam("first") @DefaultValue("0") int first,
                             @QueryParam("max") @DefaultValue("50") int max) {
        return incomingItems.search(query(from, to, channel, status, unit, text, sort, descending), first, max);
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv;charset=UTF-8")
    @Operation(summary = "Rejestr jako CSV dla arkusza (UTF-8 z BOM, średniki, wszystkie pola metadanych), z tymi samymi filtrami")
    public Response export(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("channel") String channel,
                           @QueryParam("status") String status, @QueryParam("unit") String unit, @QueryParam("text") String text,
                           @QueryParam("sort") @DefaultValue("RPW") String sort,
                           @QueryParam("descending") @DefaultValue("false") boolean descending) {
        RegisterQuery query = query(from, to, channel, status, unit, text, sort, descending);
        StreamingOutput body = out -> incomingItems.exportCsv(query, out);
        return Response.ok(body, "text/csv;charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"rejestr-przesylek-wplywajacych.csv\"")
                .build();
    }

    @GET
    @Path("export.pdf")
    @Produces("application/pdf")
    @Operation(summary = "Rejestr do wydruku (PDF A4 poziomo), z tymi samymi filtrami co lista i CSV",
            description = "Najwyżej 5000 pozycji; przy większej liczbie 400 z polem text: zawęź filtry albo pobierz CSV.")
    public Response exportPdf(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("channel") String channel,
                              @QueryParam("status") String status, @QueryParam("unit") String unit, @QueryParam("text") String text,
                              @QueryParam("sort") @DefaultValue("RPW") String sort,
                              @QueryParam("descending") @DefaultValue("false") boolean descending) {
        byte[] pdf = incomingItems.exportPdf(query(from, to, channel, status, unit, text, sort, descending));
        return Response.ok(pdf, "application/pdf")
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"rejestr-przesylek-wplywajacych.pdf\"").build();
    }

    @GET
    @Path("senders")
    @Operation(summary = "Nadawcy wcześniejszych przesyłek urzędu zawierający podany tekst, każdy raz, z adresem z ostatniej przesyłki",
            description = "Do podpowiedzi przy rejestracji kolejnej przesyłki; najnowsi najpierw, najwyżej max (1–50).")
    public List<EarlierSender> senders(@QueryParam("q") @Parameter(description = "fragment nazwy nadawcy") String text,
                                       @QueryParam("max") @DefaultValue("10") int max) {
        return incomingItems.earlierSenders(text, max);
    }

    @GET
    @Path("{id: \\d+}/documents")
    @Operation(summary = "Pliki przesyłki (dokumenty), w kolejności dodania")
    public List<DocumentView> documents(@PathParam("id") long id) {
        return incomingItems.files(id);
    }

    @POST
    @Path("{id: \\d+}/documents")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Dodaje kolejny plik do przesyłki (treść w ciele żądania, nazwa w Content-Disposition)")
    public Response attach(@PathParam("id") long id, @HeaderParam(HttpHeaders.CONTENT_DISPOSITION) String disposition,
                           InputStream body, @Context UriInfo uri) {
        String fileName;
        try {
            fileName = DocumentsResource.fileName(disposition);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("Content-Disposition", e.getMessage());
        }
        DocumentView added = incomingItems.attach(id, new NewFile(fileName, body));
        return Response.created(uri.getBaseUriBuilder().path("documents").path(String.valueOf(added.id())).build())
                .entity(added).build();
    }

    @GET
    @Path("{id: \\d+}/label")
    @Produces("application/pdf")
    @Operation(summary = "Etykieta wpływu do wydruku (PDF 100×50 mm): urząd, numer RPW z kodem kreskowym Code 128, data wpływu, załączniki")
    public Response label(@PathParam("id") long id) {
        return Response.ok(incomingItems.label(id), "application/pdf")
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"etykieta-" + id + ".pdf\"").build();
    }

    @PUT
    @Path("{id: \\d+}/original-location")
    @Operation(summary = "Zapisuje miejsce papierowego oryginału w składzie chronologicznym")
    public RegisteredItem placeOriginal(@PathParam("id") long id, Placement placement) {
        return incomingItems.placeOriginal(id, placement == null ? null : placement.location());
    }

    @GET
    @Path("{id: \\d+}/loans")
    @Operation(summary = "Wypożyczenia papierowego oryginału: komu, kiedy, kto wydał, kiedy wrócił")
    public List<OriginalLoanView> loans(@PathParam("id") long id) {
        return incomingItems.loans(id);
    }

    @POST
    @Path("{id: \\d+}/loans")
    @Operation(summary = "Wypożycza papierowy oryginał ze składu chronologicznego")
    public Response lend(@PathParam("id") long id, Loan loan, @Context UriInfo uri) {
        OriginalLoanView lent = incomingItems.lendOriginal(id, loan == null ? null : loan.lentTo(), loan == null ? null : loan.purpose());
        return Response.status(201).entity(lent).build();
    }

    @POST
    @Path("{id: \\d+}/loans/return")
    @Operation(summary = "Odnotowuje zwrot papierowego oryginału do składu")
    public OriginalLoanView giveBack(@PathParam("id") long id) {
        return incomingItems.returnOriginal(id);
    }

    private static Response created(RegisteredItem item, UriInfo uri) {
        return Response.created(uri.getBaseUriBuilder().path("incoming-items").path(String.valueOf(item.id())).build())
                .entity(item).build();
    }

    private static IncomingItemForm metadataOf(IncomingItemForm form, String field) {
        if (form == null) {
            throw new InvalidInputException(field, "Brak danych przesyłki");
        }
        return form;
    }

    private static IncomingItemForm read(EntityPart part) {
        try (InputStream json = part.getContent()) {
            return JSONB.fromJson(json, IncomingItemForm.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (jakarta.json.bind.JsonbException e) {
            throw new InvalidInputException("metadata", "Część „metadata” nie jest poprawnym JSON-em opisanym w API (/openapi)");
        }
    }

    private static LocalDate today() {
        return LocalDate.now(OFFICE_ZONE);
    }

    private static RegisterQuery query(String from, String to, String channel, String status, String unit, String text,
                                       String sort, boolean descending) {
        var v = new InvalidInputException.Collector();
        LocalDate fromDate = date(v, "from", from);
        LocalDate toDate = date(v, "to", to);
        DeliveryMethod method = choice(v, "channel", channel, DeliveryMethod.class);
        ItemStatus itemStatus = choice(v, "status", status, ItemStatus.class);
        RegisterQuery.Sort order = choice(v, "sort", sort, RegisterQuery.Sort.class);
        v.throwIfAny();
        RegisterQuery query = v.check("to", () -> new RegisterQuery(fromDate, toDate, method, itemStatus, unit, text, order, descending));
        v.throwIfAny();
        return query;
    }

    private static LocalDate date(InvalidInputException.Collector v, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            v.add(field, "Nieprawidłowa data „" + value.strip() + "” (oczekiwano RRRR-MM-DD)");
            return null;
        }
    }

    private static <E extends Enum<E>> E choice(InvalidInputException.Collector v, String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.strip())) {
                return constant;
            }
        }
        v.add(field, "Nieznana wartość „" + value.strip() + "”; dozwolone: "
                + String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        return null;
    }
}
