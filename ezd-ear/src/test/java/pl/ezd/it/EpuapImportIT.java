package pl.ezd.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pl.ezd.epuap.control.EpuapLetter;
import pl.ezd.epuap.control.EpuapLetterWriter;
import pl.ezd.epuap.control.EpuapSampleLetters;

/**
 * The ePUAP import against the application's own ePUAP simulator, over real HTTP with WS-Security
 * (the demo gmina's inbox, configured by the demo data with a system certificate the simulator
 * trusts): a letter ends up registered in the RPW with its receipt record and in the heads'
 * dekretacja inbox; a redelivered or duplicated document is registered once; malformed and hostile
 * documents wait in "needs attention" with a Polish reason while good ones flow; the simulator
 * refuses unsigned requests.
 */
class EpuapImportIT {

    static final String ADRES = "/umciechocinek/SkrytkaESP";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void pullOften() {
        JsonObject inbox = Ezd.get("admin", "api/v1/epuap/inbox").object();
        assertThat(inbox.getBoolean("enabled")).isTrue();
        assertThat(inbox.getBoolean("certificateStored")).isTrue();
        assertThat(inbox.containsKey("certificateP12")).isFalse();
        var form = Json.createObjectBuilder(inbox).add("pollIntervalSeconds", 5).build();
        var reply = Ezd.send("admin", HttpRequest.newBuilder(URI.create(Ezd.URL + "api/v1/epuap/inbox"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(form.toString())));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    @Test
    void aLetterFromEpuapIsRegisteredWithItsReceiptAndWaitsForTheHeadsDekretacja() throws Exception {
        String sender = "Nadawca " + Api.unique();
        String title = "Wniosek o wycinkę drzewa " + Api.unique();
        JsonObject queued = seed(sender, letter(title), Instant.now().truncatedTo(ChronoUnit.SECONDS), "");
        awaitAcknowledged(queued.getString("skrot"));

        JsonObject task = await(() -> tasks("kierownik", title).stream().findFirst().orElse(null));
        assertThat(task.getString("taskKey")).isEqualTo("Task_Dekretacja");
        assertThat(task.getString("title")).as("read from the ePUAP document").isEqualTo(title);
        long itemId = task.getJsonNumber("itemId").longValue();

        JsonObject receipt = Ezd.get("kancelaria", "api/v1/epuap/receipts/" + itemId).object();
        assertThat(receipt.getString("state")).isEqualTo("REGISTERED");
        assertThat(receipt.getString("adresSkrytki")).isEqualTo(ADRES);
        assertThat(receipt.getString("documentSha1")).isEqualTo(queued.getString("skrot"));
        assertThat(receipt.getString("acknowledgedAt")).isNotBlank();
        assertThat(receipt.getString("rpwNumber")).isEqualTo(task.getString("rpwNumber"));

        JsonObject item = Ezd.get("kancelaria", "api/v1/incoming-items/" + itemId).object();
        assertThat(item.getJsonObject("metadata").getString("deliveryMethod")).isEqualTo("EPUAP");
        assertThat(item.getJsonObject("metadata").getJsonObject("senderAddress").getString("town")).isNotBlank();
        assertThat(Ezd.get("kancelaria", "api/v1/incoming-items/" + itemId + "/documents").body()).contains("pismo.xml");

        JsonObject counts = Ezd.get("admin", "api/v1/epuap/counts").object();
        assertThat(counts.getJsonNumber("imported").longValue()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aDocumentDeliveredAgainIsRegisteredOnce() throws Exception {
        String sender = "Dwukrotny " + Api.unique();
        String title = "Pismo wysłane raz, doręczone dwa razy " + Api.unique();
        Instant sent = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        byte[] document = letter(title);
        // the first acknowledgement is lost: ePUAP delivers the same document again
        JsonObject first = seed(sender, document, sent, "&loseAcknowledgements=1");
        // and ePUAP queues the very same document a second time
        seed(sender, document, sent, "");
        await(() -> status().getInt("waiting") == 0 ? Boolean.TRUE : null);

        assertThat(status().getInt("redelivered")).isGreaterThanOrEqualTo(1);
        List<JsonObject> registered = await(() -> {
            var found = tasks("kierownik", title);
            return found.isEmpty() ? null : found;
        });
        Thread.sleep(6000);
        assertThat(tasks("kierownik", title)).hasSize(1);
        assertThat(registered).hasSize(1);
        assertThat(first.getString("skrot")).isNotBlank();
    }

    @Test
    void malformedAndHostileDocumentsNeedAttentionWhileGoodOnesFlow() throws Exception {
        String tag = Api.unique();
        Instant sent = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        seed("Zły XML " + tag, "<Pismo><Tytul>bez końca".getBytes(StandardCharsets.UTF_8), sent, "");
        seed("XXE " + tag, ("<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><p>&x;</p>")
                .getBytes(StandardCharsets.UTF_8), sent, "");
        seed("Bomba " + tag, ("<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]><l>&d;&d;&d;</l>")
                .getBytes(StandardCharsets.UTF_8), sent, "");
        byte[] huge = ("<?xml version=\"1.0\"?><Pismo><Zalacznik>" + "QUJD".repeat(1_300_000) + "</Zalacznik></Pismo>")
                .getBytes(StandardCharsets.UTF_8);
        seed("Wielki " + tag, huge, sent, "");
        String good = "Pismo po złych " + tag;
        seed("Dobry " + tag, letter(good), sent, "");

        await(() -> tasks("kierownik", good).isEmpty() ? null : Boolean.TRUE);
        List<JsonObject> attention = await(() -> {
            var mine = Ezd.get("kancelaria", "api/v1/epuap/attention").json().asJsonArray().getValuesAs(JsonObject.class).stream()
                    .filter(d -> d.getString("senderName", "").endsWith(tag)).toList();
            return mine.size() == 4 ? mine : null;
        });
        assertThat(attention).extracting(d -> d.getString("reason"))
                .anySatisfy(r -> assertThat(r).contains("nie jest poprawnym plikiem XML"))
                .anySatisfy(r -> assertThat(r).contains("DTD"))
                .anySatisfy(r -> assertThat(r).contains("MB"));
        assertThat(status().getInt("waiting")).isZero();

        long dismissed = attention.get(0).getJsonNumber("id").longValue();
        var reply = Ezd.post("kancelaria", "api/v1/epuap/documents/" + dismissed + "/dismiss", "{\"reason\":\"nieczytelne\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.object().getString("state")).isEqualTo("DISMISSED");
        var retried = Ezd.post("kancelaria", "api/v1/epuap/documents/" + attention.get(1).getJsonNumber("id").longValue() + "/retry", "");
        assertThat(retried.status()).as(retried.body()).isEqualTo(200);
        assertThat(retried.object().getString("state")).isEqualTo("NEEDS_ATTENTION");
        assertThat(Ezd.get("referent.nieszawa", "api/v1/epuap/documents/" + dismissed).status()).isIn(403, 404);
        assertThat(Ezd.post("kancelaria.nieszawa", "api/v1/epuap/documents/" + dismissed + "/retry", "").status()).isEqualTo(404);
    }

    @Test
    void anExportPackageIsImportedThroughTheSamePipelineOnce() throws Exception {
        String tag = Api.unique();
        String title = "Pismo z paczki " + tag;
        var files = new java.util.LinkedHashMap<String, byte[]>();
        files.put("Deskryptor.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Dokumenty>" + descriptorEntry("p" + tag, "pismo.xml",
                "dokumenty/1/pismo.xml") + descriptorEntry("z" + tag, "zly.xml", "dokumenty/2/zly.xml") + "</Dokumenty>")
                .getBytes(StandardCharsets.UTF_8));
        files.put("dokumenty/1/pismo.xml", letter(title));
        files.put("dokumenty/1/UPP.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><pos:Dokument xmlns:pos=\"http://crd.gov.pl/xml/schematy/UPO/2008/05/09/\">"
                + "<pos:UPP><pos:IdentyfikatorPoswiadczenia>UPP-" + tag + "</pos:IdentyfikatorPoswiadczenia><pos:Adresat><pos:Nazwa>Urząd</pos:Nazwa>"
                + "</pos:Adresat><pos:Nadawca><pos:Nazwa>Jan</pos:Nazwa></pos:Nadawca><pos:DataDoreczenia>2026-11-25T14:03:13.001+01:00"
                + "</pos:DataDoreczenia><pos:IdentyfikatorDokumentu>D-p" + tag + "</pos:IdentyfikatorDokumentu></pos:UPP></pos:Dokument>")
                .getBytes(StandardCharsets.UTF_8));
        files.put("dokumenty/2/zly.xml", "<Dokument>bez końca".getBytes(StandardCharsets.UTF_8));
        byte[] zip = zip(files);

        var first = importPackage("kancelaria", zip);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        var results = first.json().asJsonArray().getValuesAs(JsonObject.class);
        assertThat(results).hasSize(2);
        assertThat(results.get(0).getString("state")).isEqualTo("REGISTERED");
        assertThat(results.get(0).getBoolean("created")).isTrue();
        assertThat(results.get(1).getString("state")).isEqualTo("NEEDS_ATTENTION");
        assertThat(results.get(1).getString("reason")).contains("XML");

        JsonObject task = await(() -> tasks("kierownik", title).stream().findFirst().orElse(null));
        long itemId = task.getJsonNumber("itemId").longValue();
        JsonObject receipt = Ezd.get("kancelaria", "api/v1/epuap/receipts/" + itemId).object();
        assertThat(receipt.getString("source")).isEqualTo("ZIP");
        assertThat(receipt.getBoolean("upp")).isTrue();
        String documents = Ezd.get("referent", "api/v1/incoming-items/" + itemId + "/documents").body();
        assertThat(documents).contains("pismo.xml", "pismo.pdf", "UPP.xml");
        var html = Ezd.download("kierownik", "api/v1/epuap/receipts/" + itemId + "/document.html", "text/html");
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.contentType()).startsWith("text/html");
        assertThat(new String(html.body(), StandardCharsets.UTF_8)).as("the readable rendering").contains(title);

        var again = importPackage("kancelaria", zip);
        var repeated = again.json().asJsonArray().getValuesAs(JsonObject.class);
        assertThat(repeated.get(0).getBoolean("created")).as("the same document again").isFalse();
        assertThat(repeated.get(0).getJsonNumber("id").longValue()).isEqualTo(results.get(0).getJsonNumber("id").longValue());
        assertThat(tasks("kierownik", title)).hasSize(1);
        assertThat(importPackage("kierownik", zip).status()).as("registry office only").isEqualTo(403);
        assertThat(importPackage("kancelaria", "nie zip".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(400);
    }

    private static String descriptorEntry(String id, String fileName, String path) {
        return """
                <Dokument>
                  <DanePodmiotu><Identyfikator>%s</Identyfikator><TypOsoby>OSOBA</TypOsoby><ImieSkrot>Jan</ImieSkrot>
                    <NazwiskoNazwa>Paczkowy</NazwiskoNazwa><Nip></Nip><Pesel></Pesel><Regon></Regon><Zgoda>true</Zgoda></DanePodmiotu>
                  <DaneNadawcy><Uzytkownik>%s</Uzytkownik><System>ePUAP</System></DaneNadawcy>
                  <DataNadania>25.11.2026T14:03:12.345</DataNadania>
                  <NazwaSkrytki>SkrytkaESP</NazwaSkrytki>
                  <AdresSkrytki>/umciechocinek/SkrytkaESP</AdresSkrytki>
                  <AdresOdpowiedzi>/%s/domyslna</AdresOdpowiedzi>
                  <DaneDodatkowe>%s</DaneDodatkowe>
                  <NazwaPliku>%s</NazwaPliku>
                  <SciezkaWArchiwum>%s</SciezkaWArchiwum>
                </Dokument>
                """.formatted(id, id, id, java.util.Base64.getEncoder().encodeToString(("<DaneDodatkowe><IdentyfikatorDokumentu>D-" + id
                + "</IdentyfikatorDokumentu></DaneDodatkowe>").getBytes(StandardCharsets.UTF_8)), fileName, path);
    }

    /** An ePUAP export package as the web inbox gives it: the files in a ZIP (also used by the screens' test). */
    static byte[] zip(java.util.Map<String, byte[]> files) throws java.io.IOException {
        var out = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static Ezd.Reply importPackage(String user, byte[] zip) {
        return Ezd.send(user, HttpRequest.newBuilder(URI.create(Ezd.URL + "api/v1/epuap/packages"))
                .header("Content-Type", "application/zip").POST(HttpRequest.BodyPublishers.ofByteArray(zip)));
    }

    @Test
    void theSimulatorRefusesAnUnsignedRequest() throws Exception {
        String envelope = """
                <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:ob="http://wsdl.epuap.gov.pl/obiekty/">
                  <soapenv:Body><ob:ZapytaniePullPobierz><podmiot>umciechocinek</podmiot><nazwaSkrytki>SkrytkaESP</nazwaSkrytki>
                  <adresSkrytki>/umciechocinek/SkrytkaESP</adresSkrytki></ob:ZapytaniePullPobierz></soapenv:Body>
                </soapenv:Envelope>""";
        var reply = HTTP.send(HttpRequest.newBuilder(URI.create(Ezd.URL + "epuap-sim/services/pull"))
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"http://ws.epuap.gov.pl/pull/pobierzNastepny\"")
                .POST(HttpRequest.BodyPublishers.ofString(envelope)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(reply.statusCode()).isEqualTo(500);
        assertThat(reply.body()).contains("Fault").doesNotContain("zawartosc");
    }

    /** The simulator's file repository, which the demo inbox names as its own: letters' attachments by URI lie there. */
    static final String FILES = Ezd.URL + "epuap-sim/files/";
    private static final EpuapSampleLetters SAMPLES = new EpuapSampleLetters(6, URI.create(FILES));

    /**
     * A realistic "pismo ogólne" (epuap-docs' generator) with the given title, so a test finds its
     * own letter; the files its attachments by URI point at are put into the simulator's repository.
     */
    static synchronized byte[] letter(String title) {
        var sample = SAMPLES.next();
        sample.filesByUri().forEach((uri, bytes) -> putFile(uri.getPath().substring(uri.getPath().lastIndexOf('/') + 1), bytes, 0));
        EpuapLetter l = sample.letter();
        return EpuapLetterWriter.write(new EpuapLetter(l.templateNamespace(), l.rootElement(), l.documentName(), l.stylesheetHref(),
                l.date(), l.addressees(), l.senders(), title, l.kind(), l.place(), l.paragraphs(), l.attachments(), l.otherContent(),
                false));
    }

    /** As {@link #letter}, with its attachments inline only: for a server other than this test server (no repository of its own seeded). */
    static synchronized byte[] letterWithInlineAttachments(String title) {
        EpuapLetter l = SAMPLES.next().letter();
        return EpuapLetterWriter.write(new EpuapLetter(l.templateNamespace(), l.rootElement(), l.documentName(), l.stylesheetHref(),
                l.date(), l.addressees(), l.senders(), title, l.kind(), l.place(), l.paragraphs(),
                l.attachments().stream().filter(EpuapLetter.Attachment::isInline).toList(), l.otherContent(), false));
    }

    static JsonObject seed(String senderName, byte[] document, Instant sent, String extra) throws Exception {
        String query = "adresSkrytki=" + enc(ADRES) + "&senderId=" + enc("id-" + senderName) + "&senderName=" + enc(senderName)
                + "&senderKind=F&fileName=pismo.xml&dataNadania=" + enc(sent.toString()) + extra;
        var reply = HTTP.send(HttpRequest.newBuilder(URI.create(Ezd.URL + "epuap-sim/seed?" + query))
                .POST(HttpRequest.BodyPublishers.ofByteArray(document)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);
        return Json.createReader(new StringReader(reply.body())).readObject();
    }

    /** Puts a file into the simulator's file repository; its first {@code unavailable} requests get 503. */
    static void putFile(String name, byte[] content, int unavailable) {
        try {
            var reply = HTTP.send(HttpRequest.newBuilder(URI.create(FILES + name + "?mediaType=application%2Fpdf&unavailable=" + unavailable))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(content)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonObject status() {
        try {
            var reply = HTTP.send(HttpRequest.newBuilder(URI.create(Ezd.URL + "epuap-sim/status?adresSkrytki=" + enc(ADRES))).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return Json.createReader(new StringReader(reply.body())).readObject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void awaitAcknowledged(String skrot) throws Exception {
        await(() -> status().getInt("waiting") == 0 ? Boolean.TRUE : null);
    }

    static List<JsonObject> tasks(String user, String text) {
        var reply = Ezd.get(user, "api/v1/tasks?max=50&q=" + enc(text));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.object().getJsonArray("tasks").getValuesAs(JsonObject.class);
    }

    static <T> T await(java.util.function.Supplier<T> probe) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("not within 90 s");
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

}
