package pl.ezd.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pl.ezd.epuap.boundary.EpuapImport;
import pl.ezd.epuap.boundary.EpuapInboxes;
import pl.ezd.epuap.boundary.InboxView;
import pl.ezd.epuap.boundary.ReceivedDocuments;
import pl.ezd.epuap.boundary.ReceivedView;
import pl.ezd.validation.boundary.InvalidInputException;

/**
 * ePUAP: the organisation's inbox configuration and import counts (administrator), the documents
 * that need the registry office's attention (list, retry, dismiss), and an item's ePUAP receipt.
 */
@Path("epuap")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "ePUAP")
public class EpuapResource {

    /** The largest PKCS#12 file accepted. */
    private static final int MAX_CERTIFICATE = 64 * 1024;

    @Inject
    EpuapInboxes inboxes;

    @Inject
    ReceivedDocuments received;

    @Inject
    EpuapImport imports;

    @Inject
    pl.ezd.epuap.boundary.EpuapOverview overview;

    /** Why a document was set aside. */
    public record Dismissal(String reason) {
    }

    @GET
    @Path("inbox")
    @Operation(summary = "Konfiguracja skrytki ePUAP organizacji (bez certyfikatu i hasła); 404, gdy jej nie ma")
    public InboxView inbox() {
        return inboxes.configuration().orElseThrow(() -> new jakarta.ws.rs.NotFoundException("Skrytka ePUAP nie jest skonfigurowana"));
    }

    @PUT
    @Path("inbox")
    @Operation(summary = "Zapisuje konfigurację skrytki ePUAP (ORG_ADMIN)",
            description = "podmiot, adresSkrytki, nazwaSkrytki, endpointUrl, account (konto z rolą REGISTRY, w którego imieniu "
                    + "rejestrowane są pisma), pollIntervalSeconds (5–86400), enabled (wymaga wgranego certyfikatu), "
                    + "fileRepositoryUrl (adres bazowy repozytorium plików ePUAP: tylko spod niego pobierane są załączniki "
                    + "wskazane adresem URI; pusty: takie pisma czekają na kancelarię).")
    public InboxView configure(EpuapInboxes.InboxForm form) {
        if (form == null) {
            throw new InvalidInputException("form", "Brak konfiguracji w treści żądania");
        }
        return inboxes.configure(form);
    }

    @PUT
    @Path("inbox/certificate")
    @Consumes({"application/x-pkcs12", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Wgrywa certyfikat systemu (PKCS#12, hasło w nagłówku X-Certificate-Password); nigdy nie jest zwracany",
            description = "Certyfikat i hasło są przechowywane zaszyfrowane (AES-256-GCM) kluczem głównym z pliku kluczy serwera, "
                    + "nie z bazy danych (docs/epuap.md, Secrets at rest).")
    public InboxView certificate(InputStream body, @HeaderParam("X-Certificate-Password") String password) throws IOException {
        byte[] pkcs12 = body.readNBytes(MAX_CERTIFICATE + 1);
        if (pkcs12.length > MAX_CERTIFICATE) {
            throw new InvalidInputException("certificate", "Plik certyfikatu jest za duży (najwyżej 64 KiB)");
        }
        return inboxes.certificate(pkcs12, password);
    }

    @GET
    @Path("counts")
    @Operation(summary = "Liczby dokumentów z ePUAP: zarejestrowane, wymagające uwagi, oczekujące, odłożone, niepotwierdzone")
    public ReceivedDocuments.Counts counts() {
        return received.counts();
    }

    @GET
    @Path("attention")
    @Operation(summary = "Dokumenty z ePUAP, których nie udało się zarejestrować, z powodem")
    public List<ReceivedView> attention() {
        return received.needingAttention();
    }

    @GET
    @Path("documents/{id}")
    @Operation(summary = "Dokument z ePUAP z danymi przesyłki (bez treści)")
    public ReceivedView document(@PathParam("id") long id) {
        return received.find(id);
    }

    @GET
    @Path("documents/{id}/content")
    @Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Treść dokumentu z ePUAP taka, jak nadeszła")
    public Response content(@PathParam("id") long id) {
        return Response.ok(received.content(id), MediaType.APPLICATION_OCTET_STREAM_TYPE)
                .header("Content-Disposition", "attachment; filename=\"epuap-" + id + ".xml\"").build();
    }

    @POST
    @Path("documents/{id}/retry")
    @Operation(summary = "Ponawia rejestrację dokumentu wymagającego uwagi (w imieniu wywołującego)")
    public ReceivedView retry(@PathParam("id") long id) {
        return imports.retry(id);
    }

    @POST
    @Path("documents/{id}/dismiss")
    @Operation(summary = "Odkłada dokument wymagający uwagi: zostaje zapisany, nie będzie rejestrowany")
    public ReceivedView dismiss(@PathParam("id") long id, Dismissal dismissal) {
        return received.dismiss(id, dismissal == null ? null : dismissal.reason());
    }

    @POST
    @Path("packages")
    @Consumes({"application/zip", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Importuje paczkę eksportu ePUAP (ZIP z Deskryptor.xml) pobraną ze skrzynki ePUAP (REGISTRY)",
            description = "Każdy dokument przechodzi tę samą drogę co pobrany usługą pull (ten sam klucz idempotencji: "
                    + "dokument odebrany wcześniej nie jest rejestrowany drugi raz). Odpowiedź: wynik dla każdego dokumentu paczki.")
    public List<pl.ezd.epuap.boundary.PackageImportResult> importPackage(InputStream body) throws IOException {
        return imports.importPackage(body.readAllBytes());
    }

    @GET
    @Path("receipts/{itemId}/document.html")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Czytelna postać (HTML) dokumentu ePUAP pozycji RPW: arkusz stylów wzoru, gdy zainstalowany, inaczej ogólna")
    public Response html(@PathParam("itemId") long itemId) {
        return Response.ok(received.html(itemId), "text/html;charset=UTF-8")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:").build();
    }

    @GET
    @Path("receipts/{itemId}")
    @Operation(summary = "Potwierdzenie przesyłki z ePUAP zarejestrowanej pod danym identyfikatorem pozycji RPW; 404 dla innych")
    public ReceivedView receipt(@PathParam("itemId") long itemId) {
        return received.receiptOf(itemId)
                .orElseThrow(() -> new pl.ezd.epuap.boundary.ReceivedDocumentNotFoundException(itemId));
    }

    @GET
    @Path("counts/inboxes")
    @Operation(summary = "Liczby dokumentów z ePUAP organizacji według adresu skrytki (paczki bez adresu: „(paczka ZIP)”)")
    public List<pl.ezd.epuap.boundary.EpuapOverview.InboxCounts> countsPerInbox() {
        return overview.countsPerInbox();
    }

    @GET
    @Path("region")
    @Operation(summary = "Skrytki ePUAP wszystkich organizacji: adres, włączenie, ostatnie pobranie i jego błąd, liczby (REGION_ADMIN; bez pism)")
    public List<pl.ezd.epuap.boundary.EpuapOverview.OrganizationCounts> region() {
        return overview.organizations();
    }

    @POST
    @Path("inbox/pull")
    @Operation(summary = "Rozpoczyna pobranie pism ze skrytki organizacji teraz, w tle (ORG_ADMIN); wynik: ostatnie pobranie w GET inbox")
    public Response pullNow() {
        overview.pullNow();
        return Response.accepted().build();
    }
}
