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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import pl.ezd.documents.boundary.DocumentView;
import pl.ezd.documents.boundary.Documents;
import pl.ezd.documents.boundary.VersionContent;
import pl.ezd.documents.entity.DocumentKind;
import pl.ezd.validation.boundary.InvalidInputException;

/**
 * Documents of the caller's organisation. Content is sent as the raw request body, named by
 * {@code Content-Disposition: attachment; filename="…"} (or {@code filename*=UTF-8''…}).
 */
@Path("documents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DocumentsResource {

    private static final Pattern EXTENDED_NAME = Pattern.compile("filename\\*\\s*=\\s*([^']*)'[^']*'([^;]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTED_NAME = Pattern.compile("filename\\s*=\\s*\"((?:[^\"\\\\]|\\\\.)*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern PLAIN_NAME = Pattern.compile("filename\\s*=\\s*([^;\\s]+)", Pattern.CASE_INSENSITIVE);

    @Inject
    Documents documents;

    /** Adds a document with its first version. */
    @POST
    @Consumes(MediaType.WILDCARD)
    public Response add(@QueryParam("title") String title, @QueryParam("kind") String kind,
                        @HeaderParam(HttpHeaders.CONTENT_DISPOSITION) String disposition, InputStream body,
                        @Context UriInfo uri) {
        var v = new InvalidInputException.Collector();
        if (title == null || title.isBlank()) {
            v.add("title", "Tytuł dokumentu jest wymagany (parametr title)");
        } else if (title.strip().length() > 500) {
            v.add("title", "Tytuł dokumentu: najwyżej 500 znaków");
        }
        DocumentKind documentKind = v.check("kind", () -> kind(kind));
        String name = v.check("Content-Disposition", () -> fileName(disposition));
        v.throwIfAny();
        DocumentView added = documents.add(title, documentKind, name, body);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(added.id())).build()).entity(added).build();
    }

    /** Adds the next version of a document. */
    @POST
    @Path("{id}/versions")
    @Consumes(MediaType.WILDCARD)
    public Response addVersion(@PathParam("id") long id, @HeaderParam(HttpHeaders.CONTENT_DISPOSITION) String disposition,
                               InputStream body, @Context UriInfo uri) {
        String name;
        try {
            name = fileName(disposition);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("Content-Disposition", e.getMessage());
        }
        DocumentView changed = documents.addVersion(id, name, body);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(changed.currentVersion())).build())
                .entity(changed).build();
    }

    @GET
    public List<DocumentView> list(@QueryParam("first") @DefaultValue("0") int first,
                                   @QueryParam("max") @DefaultValue("50") int max) {
        return documents.list(first, max);
    }

    @GET
    @Path("{id}")
    public DocumentView find(@PathParam("id") long id) {
        return documents.find(id);
    }

    /** The content of a version, exactly as stored and verified against its SHA-256. */
    /** The document's metadata as NES 2.0 XML (nes_20.xsd). */
    @GET
    @Path("{id}/nes")
    @Produces(MediaType.APPLICATION_XML + ";charset=UTF-8")
    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "Metadane dokumentu w strukturze NES 2.0 (XML)",
            description = "Element ndap:dokument zgodny ze schematem nes_20.xsd: identyfikator, tytuł, daty, format i wielkość "
                    + "bieżącej wersji, dostęp, typ, grupowanie (znak sprawy, gdy dokument jest w aktach sprawy), twórca, język")
    public Response nes(@PathParam("id") long id) {
        return Response.ok(documents.nes(id), MediaType.APPLICATION_XML + ";charset=UTF-8")
                .header("Content-Disposition", "inline; filename=\"dokument-" + id + "-nes.xml\"").build();
    }

    @GET
    @Path("{id}/versions/{number}/content")
    @Produces(MediaType.WILDCARD)
    public Response content(@PathParam("id") long id, @PathParam("number") int number,
                            @Parameter(description = "true: shown in the page (Content-Disposition inline), e.g. a PDF in the task view")
                            @QueryParam("inline") @DefaultValue("false") boolean inline) {
        VersionContent content = documents.content(id, number);
        StreamingOutput body = out -> {
            try (InputStream in = content.content()) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, content.mediaType())
                .header(HttpHeaders.CONTENT_LENGTH, content.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, (inline ? "inline" : "attachment") + "; filename*=UTF-8''"
                        + URLEncoder.encode(content.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("Repr-Digest", "sha-256=:" + java.util.Base64.getEncoder().encodeToString(
                        java.util.HexFormat.of().parseHex(content.sha256())) + ":")
                .build();
    }

    /** The text extracted from a version (empty while pending or after a failure; see the version's status). */
    @GET
    @Path("{id}/versions/{number}/text")
    @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
    public String text(@PathParam("id") long id, @PathParam("number") int number) {
        return documents.text(id, number);
    }

    /** Seals the current version with the office's electronic seal, as a new version. */
    @POST
    @Path("{id}/seal")
    @Produces(MediaType.APPLICATION_JSON)
    public DocumentView seal(@PathParam("id") long id) {
        return documents.seal(id);
    }

    /** The verification report of the version's signatures; 404 when it is unsigned or not yet checked. */
    @GET
    @Path("{id}/versions/{number}/signature")
    @Produces(MediaType.APPLICATION_JSON)
    public Response signature(@PathParam("id") long id, @PathParam("number") int number) {
        return documents.signatureReport(id, number)
                .map(report -> Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build())
                .orElseGet(() -> Response.status(404).type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(new Problem(404, "NOT_SIGNED", "Ta wersja nie ma sprawdzonego podpisu elektronicznego")).build());
    }

    /** The first page of a PDF version as a PNG image. */
    @GET
    @Path("{id}/versions/{number}/preview")
    @Produces("image/png")
    public byte[] preview(@PathParam("id") long id, @PathParam("number") int number) {
        return documents.preview(id, number);
    }

    private static DocumentKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return DocumentKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Nieznany rodzaj dokumentu: " + kind + " (dozwolone: "
                    + java.util.Arrays.toString(DocumentKind.values()) + ")");
        }
    }

    /** The file name from a Content-Disposition header; RFC 6266, preferring the UTF-8 {@code filename*}. */
    static String fileName(String disposition) {
        if (disposition == null || disposition.isBlank()) {
            throw new IllegalArgumentException("Podaj nazwę pliku w nagłówku Content-Disposition (attachment; filename=\"…\")");
        }
        Matcher extended = EXTENDED_NAME.matcher(disposition);
        if (extended.find()) {
            var charset = extended.group(1).isBlank() ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(extended.group(1).strip());
            return URLDecoder.decode(extended.group(2).strip().replace("+", "%2B"), charset);
        }
        Matcher quoted = QUOTED_NAME.matcher(disposition);
        if (quoted.find()) {
            return quoted.group(1).replaceAll("\\\\(.)", "$1");
        }
        Matcher plain = PLAIN_NAME.matcher(disposition);
        if (plain.find()) {
            return plain.group(1);
        }
        throw new IllegalArgumentException("Podaj nazwę pliku w nagłówku Content-Disposition (attachment; filename=\"…\")");
    }
}
