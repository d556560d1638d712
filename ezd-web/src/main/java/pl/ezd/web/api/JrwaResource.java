package pl.ezd.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import pl.ezd.classification.boundary.FilePlan;
import pl.ezd.classification.boundary.FinalClass;
import pl.ezd.classification.boundary.JrwaTree;
import pl.ezd.classification.boundary.JrwaVersion;
import pl.ezd.classification.boundary.WykazAktRefusedException;

/** The file plan (JRWA) of the caller's organisation: its versions, WykazAkt files and class trees. */
@Path("jrwa")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class JrwaResource {

    private static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Warsaw");

    @Inject
    FilePlan filePlan;

    /** The organisation's JRWA versions, latest first. */
    @GET
    public List<JrwaVersion> versions() {
        return filePlan.versions();
    }

    /**
     * Imports a WykazAkt file (the request body) as a new version in force from {@code validFrom}.
     * A refused file stores nothing; the problem names the line and the reason.
     */
    @POST
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML, MediaType.APPLICATION_OCTET_STREAM})
    public Response importWykaz(@QueryParam("label") String label, @QueryParam("validFrom") String validFrom,
                                @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long contentLength, InputStream body,
                                @Context UriInfo uri) {
        int max = filePlan.maxFileBytes();
        if (contentLength != null && contentLength > max) {
            throw tooLarge(max);
        }
        byte[] xml;
        try {
            xml = body == null ? new byte[0] : body.readNBytes(max + 1);
        } catch (IOException e) {
            throw new IllegalArgumentException("Nie udało się odebrać pliku: " + e.getMessage());
        }
        if (xml.length > max) {
            throw tooLarge(max);
        }
        JrwaVersion imported = filePlan.importWykaz(label, date(validFrom, "validFrom", null), xml);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(imported.id())).build())
                .entity(imported).build();
    }

    /** The version in force on a day (today by default) with its class tree: the tree a new case's class is picked from. */
    @GET
    @Path("in-force")
    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "Wykaz akt obowiązujący w danym dniu (domyślnie dziś) z drzewem klas",
            description = "404, gdy urząd nie ma wykazu obowiązującego tego dnia. Z q: tylko klasy pasujące do wyszukiwania "
                    + "(liczba = początek symbolu, inne słowa = fragmenty tytułu, bez względu na wielkość liter i polskie znaki) "
                    + "wraz z ich klasami nadrzędnymi; klasa pasująca zachowuje wszystkie podklasy")
    public JrwaTree inForce(@QueryParam("on") String on, @QueryParam("q") String q) {
        return filePlan.searchInForce(date(on, "on", LocalDate.now(OFFICE_ZONE)), q).orElseThrow(JrwaResource::notFound);
    }

    /** A version with its class tree, or with the classes matching {@code q} (as in-force). */
    @GET
    @Path("{id}")
    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "Wersja wykazu akt z drzewem klas; z q tylko gałęzie pasujące do wyszukiwania")
    public JrwaTree tree(@PathParam("id") long id, @QueryParam("q") String q) {
        return filePlan.search(id, q).orElseThrow(JrwaResource::notFound);
    }

    /** A version as a WykazAkt file. */
    @GET
    @Path("{id}/wykaz")
    @Produces(MediaType.APPLICATION_XML)
    public Response export(@PathParam("id") long id) {
        byte[] xml = filePlan.export(id).orElseThrow(JrwaResource::notFound);
        return Response.ok(xml, MediaType.APPLICATION_XML_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"jrwa-" + id + ".xml\"")
                .build();
    }

    /** The final class with this symbol in force on the day ({@code on}, today by default). */
    @GET
    @Path("final-classes/{symbol}")
    public FinalClass finalClass(@PathParam("symbol") String symbol, @QueryParam("on") String on) {
        LocalDate day = date(on, "on", LocalDate.now(OFFICE_ZONE));
        return filePlan.finalClass(symbol, day).orElseThrow(() -> new NotFoundException(
                "W wykazie akt obowiązującym " + day + " nie ma klasy końcowej " + symbol));
    }

    private static LocalDate date(String text, String parameter, LocalDate otherwise) {
        if (text == null || text.isBlank()) {
            if (otherwise == null) {
                throw new WykazAktRefusedException(null, "Podaj datę, od której wykaz akt obowiązuje (" + parameter
                        + ", RRRR-MM-DD)");
            }
            return otherwise;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(parameter + ": podaj datę w postaci RRRR-MM-DD, np. 2026-01-01");
        }
    }

    private static NotFoundException notFound() {
        return new NotFoundException("W wykazach akt Twojej organizacji nie ma takiej wersji");
    }

    private static WebApplicationException tooLarge(int max) {
        return new WebApplicationException(Response.status(413).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new Problem(413, "FILE_TOO_LARGE", "Plik jest za duży: wykaz akt może mieć najwyżej "
                        + max / 1024 / 1024 + " MB"))
                .build());
    }
}
