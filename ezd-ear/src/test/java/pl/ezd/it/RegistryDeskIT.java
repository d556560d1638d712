package pl.ezd.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The registry office's desk over HTTP on the real server: an item registered with its files in
 * one multipart request (all or nothing), its label, its paper original and loans, the incoming
 * register with filters, paging and CSV, refusals field by field, and another organisation's
 * registry seeing none of it.
 */
class RegistryDeskIT {

    private static final String BOUNDARY = "ezd-" + UUID.randomUUID();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private record Part(String name, String fileName, String contentType, byte[] content) {
    }

    private static Part metadata(String json) {
        return new Part("metadata", null, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    private static Part file(String fileName, byte[] content) {
        return new Part("file", fileName, "application/octet-stream", content);
    }

    private static Ezd.Reply multipart(String user, List<Part> parts) {
        var body = new ByteArrayOutputStream();
        for (Part part : parts) {
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + part.name() + "\""
                    + (part.fileName() == null ? "" : "; filename=\"" + part.fileName() + "\"")
                    + "\r\nContent-Type: " + part.contentType() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(part.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create(Ezd.URL + "api/v1/incoming-items"))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + Ezd.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            boolean json = response.headers().firstValue("Content-Type").orElse("").contains("json") && !response.body().isBlank();
            return new Ezd.Reply(response.statusCode(),
                    json ? jakarta.json.Json.createReader(new java.io.StringReader(response.body())).read() : null, response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Warsaw"));
    }

    private static int nextRpwNumber() {
        var probe = Ezd.post("kancelaria", "api/v1/incoming-items", Ezd.letter("Pismo kontrolne numeracji", "Jan Kontrolny"));
        assertThat(probe.status()).isEqualTo(201);
        return Integer.parseInt(probe.object().getString("rpwNumber").split("/")[1]);
    }

    private static List<String> fields(Ezd.Reply reply) {
        return reply.object().getJsonArray("fields").getValuesAs(JsonObject.class).stream()
                .map(f -> f.getString("field")).toList();
    }

    @Test
    void anItemRegisteredWithTwoFilesGivesThemBackByteForByte() throws Exception {
        byte[] scan = DocumentsIT.pdf("Wniosek o wydanie zaswiadczenia");
        byte[] attachment = "Załącznik: oświadczenie właściciela działki 12/3".getBytes(StandardCharsets.UTF_8);
        var registered = multipart("kancelaria", List.of(
                metadata(Ezd.letter("Wniosek o zaświadczenie z dwoma plikami", "Józef Żółtowski")),
                file("wniosek.pdf", scan), file("oświadczenie.txt", attachment)));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        int id = registered.object().getInt("id");
        assertThat(registered.object().getString("rpwNumber")).matches("RPW/\\d+/" + today().getYear());

        var files = Ezd.get("kancelaria", "api/v1/incoming-items/" + id + "/documents");
        assertThat(files.status()).isEqualTo(200);
        List<JsonObject> documents = files.json().asJsonArray().getValuesAs(JsonObject.class);
        assertThat(documents).extracting(d -> d.getJsonArray("versions").getJsonObject(0).getString("fileName"))
                .containsExactly("wniosek.pdf", "oświadczenie.txt");
        assertThat(documents).extracting(d -> d.getString("kind")).containsExactly("LETTER", "ATTACHMENT");
        byte[][] sent = {scan, attachment};
        for (int i = 0; i < 2; i++) {
            var content = Ezd.download("referent", "api/v1/documents/" + documents.get(i).getInt("id") + "/versions/1/content");
            assertThat(content.status()).isEqualTo(200);
            assertThat(sha256(content.body())).isEqualTo(sha256(sent[i]))
                    .isEqualTo(documents.get(i).getJsonArray("versions").getJsonObject(0).getString("sha256"));
        }

        byte[] later = "Skan koperty".getBytes(StandardCharsets.UTF_8);
        var attached = Ezd.upload("kancelaria", "api/v1/incoming-items/" + id + "/documents", "koperta.txt", later);
        assertThat(attached.status()).as(attached.body()).isEqualTo(201);
        assertThat(Ezd.get("kancelaria", "api/v1/incoming-items/" + id + "/documents").json().asJsonArray()).hasSize(3);

        var audit = Ezd.get("kancelaria", "api/v1/audit?subjectType=IncomingItem&subjectId=" + id);
        assertThat(audit.json().asJsonArray().getValuesAs(JsonObject.class)).extracting(a -> a.getString("action"))
                .contains("INCOMING_ITEM_REGISTERED", "INCOMING_ITEM_FILE_ADDED");
    }

    @Test
    void aRefusedFileLeavesNoItemNoNumberAndNoDocument() {
        String marker = "mały-" + UUID.randomUUID() + ".txt";
        int before = nextRpwNumber();
        var refused = multipart("kancelaria", List.of(
                metadata(Ezd.letter("Pismo ze zbyt dużym załącznikiem", "Anna Duża")),
                file(marker, "mały plik".getBytes(StandardCharsets.UTF_8)),
                file("ogromny.bin", new byte[10_200_000])));
        assertThat(refused.status()).as(refused.body()).isEqualTo(413);
        assertThat(refused.object().getString("code")).isEqualTo("CONTENT_TOO_LARGE");
        assertThat(refused.object().getString("detail")).contains("większy niż dopuszczalne");
        assertThat(nextRpwNumber()).as("the refused registration took no RPW number").isEqualTo(before + 1);
        var documents = Ezd.get("kancelaria", "api/v1/documents?max=500").json().asJsonArray().getValuesAs(JsonObject.class);
        assertThat(documents).extracting(d -> d.getString("title")).doesNotContain(marker);

        // WildFly cuts the body off at its max-post-size (10 MiB) before the API sees it: a bare 400
        // (docs/api.md), or, when the server closes the connection while the client is still sending,
        // no answer at all; either way the request is refused and takes nothing
        try {
            var overTheServersLimit = multipart("kancelaria", List.of(metadata(Ezd.letter("Pismo z dwoma dużymi plikami", "Anna Duża")),
                    file("a.bin", new byte[6_000_000]), file("b.bin", new byte[6_000_000])));
            assertThat(overTheServersLimit.status()).isEqualTo(400);
        } catch (IllegalStateException connectionClosed) {
            assertThat(connectionClosed).hasCauseInstanceOf(IOException.class);
        }
        assertThat(nextRpwNumber()).as("a request over the server's limit took no RPW number").isEqualTo(before + 2);

        var empty = multipart("kancelaria", List.of(metadata(Ezd.letter("Pismo z pustym plikiem", "Anna Pusta")),
                file("pusty.pdf", new byte[0])));
        assertThat(empty.status()).as(empty.body()).isEqualTo(400);
        assertThat(fields(empty)).containsExactly("files[0]");
        assertThat(nextRpwNumber()).isEqualTo(before + 3);
    }

    @Test
    void theLabelCarriesTheRpwNumberAsABarcodeAScannerReads() throws Exception {
        var item = multipart("kancelaria", List.of(metadata(Ezd.letter("Oferta przetargowa", "Budimex S.A.")
                .replace("\"attachmentsCount\":0", "\"attachmentsCount\":4,\"doNotOpen\":true"))));
        assertThat(item.status()).as(item.body()).isEqualTo(201);
        String rpw = item.object().getString("rpwNumber");

        var label = Ezd.download("kancelaria", "api/v1/incoming-items/" + item.object().getInt("id") + "/label");
        assertThat(label.status()).isEqualTo(200);
        assertThat(label.contentType()).startsWith("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(label.body())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Urząd Miejski w Ciechocinku", rpw,
                    "Liczba załączników: 4", "NIE OTWIERAĆ");
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 300, ImageType.RGB);
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            var decoded = new MultiFormatReader().decode(
                    new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels))),
                    Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.CODE_128), DecodeHintType.TRY_HARDER, true));
            assertThat(decoded.getText()).isEqualTo(rpw);
        }
    }

    @Test
    void theOriginalIsPlacedLentAndReturnedWithATrail() {
        int id = Ezd.post("kancelaria", "api/v1/incoming-items", Ezd.letter("Skarga na sąsiada", "Zofia Kłótliwa")).object().getInt("id");
        String path = "api/v1/incoming-items/" + id;

        var notPlaced = Ezd.post("kancelaria", path + "/loans", "{\"lentTo\":\"Jan Kowalski (GK)\"}");
        assertThat(notPlaced.status()).isEqualTo(400);
        assertThat(notPlaced.object().getString("detail")).contains("składzie chronologicznym");

        var placed = send("PUT", "kancelaria", path + "/original-location", "{\"location\":\"Skład A, segregator 11/2026\"}");
        assertThat(placed.status()).as(placed.body()).isEqualTo(200);
        assertThat(placed.object().getJsonObject("metadata").getString("storageLocation")).isEqualTo("Skład A, segregator 11/2026");

        var noBorrower = Ezd.post("kancelaria", path + "/loans", "{\"lentTo\":\" \"}");
        assertThat(noBorrower.status()).isEqualTo(400);
        assertThat(fields(noBorrower)).containsExactly("lentTo");

        var lent = Ezd.post("kancelaria", path + "/loans", "{\"lentTo\":\"Jan Kowalski (GK)\",\"purpose\":\"oględziny\"}");
        assertThat(lent.status()).as(lent.body()).isEqualTo(201);
        assertThat(lent.object().getString("lentBy")).isEqualTo("kancelaria");
        assertThat(Ezd.post("kancelaria", path + "/loans", "{\"lentTo\":\"Ktoś inny\"}").status()).isEqualTo(400);
        assertThat(Ezd.post("referent", path + "/loans", "{\"lentTo\":\"Ja\"}").status()).isEqualTo(403);

        var back = Ezd.post("kancelaria", path + "/loans/return", "{}");
        assertThat(back.status()).as(back.body()).isEqualTo(200);
        assertThat(back.object().containsKey("returnedAt")).isTrue();
        assertThat(Ezd.post("kancelaria", path + "/loans/return", "{}").status()).isEqualTo(400);

        var loans = Ezd.get("kancelaria", path + "/loans").json().asJsonArray().getValuesAs(JsonObject.class);
        assertThat(loans).singleElement().satisfies(l -> {
            assertThat(l.getString("lentTo")).isEqualTo("Jan Kowalski (GK)");
            assertThat(l.getString("returnedBy")).isEqualTo("kancelaria");
        });
        var audit = Ezd.get("kancelaria", "api/v1/audit?subjectType=IncomingItem&subjectId=" + id);
        assertThat(audit.json().asJsonArray().getValuesAs(JsonObject.class)).extracting(a -> a.getString("action"))
                .contains("ORIGINAL_PLACED", "ORIGINAL_LENT", "ORIGINAL_RETURNED");
    }

    @Test
    void theRegisterFiltersSortsPagesAndExportsCsv() throws Exception {
        String marker = "Ździebło-" + UUID.randomUUID().toString().substring(0, 8);
        String yesterday = today().minusDays(1).toString();
        var first = Ezd.post("kancelaria", "api/v1/incoming-items", Ezd.letter(marker + " wniosek pierwszy", "Łucja Ćwik"));
        var second = Ezd.post("kancelaria", "api/v1/incoming-items", Ezd.letter(marker + " wniosek drugi", "Łucja Ćwik")
                .replace("\"deliveryMethod\":\"ORDINARY_LETTER\"", "\"deliveryMethod\":\"EPUAP\""));
        var third = Ezd.post("kancelaria", "api/v1/incoming-items", Ezd.letter(marker + " wniosek trzeci", "Łucja Ćwik")
                .replaceAll("\"receivedOn\":\"[0-9-]+\"", "\"receivedOn\":\"" + yesterday + "\"")
                .replaceAll("\"dateOnLetter\":\"[0-9-]+\"", "\"dateOnLetter\":\"" + yesterday + "\""));
        assertThat(List.of(first.status(), second.status(), third.status())).as(third.body()).containsOnly(201);
        String q = "api/v1/incoming-items?text=" + java.net.URLEncoder.encode(marker, StandardCharsets.UTF_8);

        var all = Ezd.get("kancelaria", q).object();
        assertThat(all.getInt("total")).isEqualTo(3);
        assertThat(titles(all)).containsExactly(marker + " wniosek pierwszy", marker + " wniosek drugi", marker + " wniosek trzeci");
        assertThat(titles(Ezd.get("kancelaria", q + "&sort=RPW&descending=true&first=0&max=2").object()))
                .containsExactly(marker + " wniosek trzeci", marker + " wniosek drugi");
        var lastPage = Ezd.get("kancelaria", q + "&sort=RPW&descending=true&first=2&max=2").object();
        assertThat(titles(lastPage)).containsExactly(marker + " wniosek pierwszy");
        assertThat(lastPage.getInt("total")).isEqualTo(3);
        assertThat(titles(Ezd.get("kancelaria", q + "&channel=epuap").object())).containsExactly(marker + " wniosek drugi");
        assertThat(titles(Ezd.get("kancelaria", q + "&from=" + today() + "&to=" + today()).object())).hasSize(2)
                .doesNotContain(marker + " wniosek trzeci");
        assertThat(titles(Ezd.get("kancelaria", q + "&to=" + yesterday).object())).containsExactly(marker + " wniosek trzeci");
        assertThat(Ezd.get("kancelaria", q + "&status=REGISTERED").object().getInt("total")).isEqualTo(3);
        assertThat(Ezd.get("kancelaria", q + "&unit=USC").object().getInt("total")).isZero();
        assertThat(titles(Ezd.get("kancelaria", "api/v1/incoming-items?text=" + second.object().getString("rpwNumber")).object()))
                .containsExactly(marker + " wniosek drugi");

        var csv = Ezd.download("kancelaria", q.replace("incoming-items?", "incoming-items/export.csv?") + "&sort=RECEIVED_ON");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(java.util.Arrays.copyOf(csv.body(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String[] lines = new String(csv.body(), 3, csv.body().length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).startsWith("Numer RPW;Data wpływu;").contains(";Tytuł;", ";Sposób doręczenia;", ";Miejsce oryginału;");
        assertThat(lines).hasSize(4);
        assertThat(lines[1]).contains(third.object().getString("rpwNumber") + ";" + yesterday, "Łucja Ćwik");
        assertThat(lines[3]).contains(";EPUAP;").contains(marker + " wniosek drugi");

        var badFilter = Ezd.get("kancelaria", "api/v1/incoming-items?from=wczoraj&channel=SOWA&max=0");
        assertThat(badFilter.status()).isEqualTo(400);
        assertThat(fields(badFilter)).containsExactlyInAnyOrder("from", "channel");
    }

    @Test
    void theRegisterShowsWhereAnItemIsInItsCirculation() {
        String title = "Wniosek w obiegu " + UUID.randomUUID();
        var item = Ezd.post("kancelaria", "api/v1/incoming-items", Ezd.letter(title, "Jan Obiegowy")).object();
        String q = "api/v1/incoming-items?text=" + java.net.URLEncoder.encode(title, StandardCharsets.UTF_8);
        assertThat(Ezd.get("kancelaria", q + "&status=REGISTERED").object().getInt("total")).isEqualTo(1);

        String rpw = item.getString("rpwNumber");
        JsonObject dekretacja = Ezd.get("kierownik", "api/v1/tasks?max=200").object().getJsonArray("tasks")
                .getValuesAs(JsonObject.class).stream().filter(t -> rpw.equals(t.getString("rpwNumber", null))).findFirst().orElseThrow();
        assertThat(Ezd.post("kierownik", "api/v1/tasks/" + dekretacja.getString("id") + "/dekretacja", "{\"clerk\":\"referent\"}")
                .status()).isEqualTo(204);
        var decreed = Ezd.get("kancelaria", q + "&status=DECREED&unit=GK").object();
        assertThat(decreed.getInt("total")).isEqualTo(1);
        assertThat(decreed.getJsonArray("items").getJsonObject(0).getString("unitSymbol")).isEqualTo("GK");
        assertThat(Ezd.get("kancelaria", q + "&status=REGISTERED").object().getInt("total")).isZero();

        JsonObject acceptance = Ezd.get("referent", "api/v1/tasks?max=200").object().getJsonArray("tasks")
                .getValuesAs(JsonObject.class).stream().filter(t -> rpw.equals(t.getString("rpwNumber", null))).findFirst().orElseThrow();
        assertThat(Ezd.post("referent", "api/v1/tasks/" + acceptance.getString("id") + "/acceptance", "{\"accepted\":true}")
                .status()).isEqualTo(204);
        assertThat(Ezd.get("kancelaria", q + "&status=ACCEPTED&unit=GK").object().getInt("total")).isEqualTo(1);

        var theCase = Ezd.post("referent", "api/v1/cases", "{\"jrwaSymbol\":\"6100\",\"title\":" + Ezd.quote(title) + "}");
        assertThat(theCase.status()).as(theCase.body()).isEqualTo(201);
        assertThat(Ezd.post("referent", "api/v1/cases/" + theCase.object().getInt("id") + "/items",
                "{\"itemId\":" + item.getInt("id") + "}").status()).isEqualTo(200);
        assertThat(Ezd.get("kancelaria", q + "&status=IN_CASE&unit=GK").object().getInt("total")).isEqualTo(1);
    }

    private static List<String> titles(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(i -> i.getString("title")).toList();
    }

    @Test
    void badInputIsRefusedFieldByFieldInPolish() {
        String json = "{\"sender\":\"Jan Nowak\",\"senderAddress\":{\"town\":\"Toruń\",\"postcode\":\"87100\"},"
                + "\"dateOnLetter\":\"2026-13-01\",\"receivedOn\":\"jutro\",\"access\":\"PUBLIC\",\"dcmiType\":\"Text\","
                + "\"deliveryMethod\":\"GOŁĘBIEM\"}";
        int before = nextRpwNumber();
        var refused = Ezd.post("kancelaria", "api/v1/incoming-items", json);
        assertThat(refused.status()).isEqualTo(400);
        JsonObject problem = refused.object();
        assertThat(problem.getString("type")).isEqualTo("urn:ezd:problem:invalid-input");
        assertThat(problem.getString("title")).isEqualTo("Nieprawidłowe dane");
        assertThat(problem.getInt("status")).isEqualTo(400);
        assertThat(problem.getString("detail")).startsWith("Błędne dane w 5 polach");
        assertThat(fields(refused)).containsExactlyInAnyOrder("title", "senderAddress.postcode", "dateOnLetter", "receivedOn",
                "deliveryMethod");
        assertThat(problem.getJsonArray("fields").getValuesAs(JsonObject.class))
                .anySatisfy(f -> {
                    assertThat(f.getString("field")).isEqualTo("title");
                    assertThat(f.getString("message")).isEqualTo("Tytuł jest wymagany");
                })
                .anySatisfy(f -> {
                    assertThat(f.getString("field")).isEqualTo("deliveryMethod");
                    assertThat(f.getString("message")).contains("Nieznana wartość „GOŁĘBIEM”", "EPUAP");
                });

        var inMultipart = multipart("kancelaria", List.of(metadata(json), file("skan.pdf", "x".getBytes(StandardCharsets.UTF_8))));
        assertThat(inMultipart.status()).isEqualTo(400);
        assertThat(fields(inMultipart)).contains("title", "dateOnLetter");
        var noMetadata = multipart("kancelaria", List.of(file("skan.pdf", "x".getBytes(StandardCharsets.UTF_8))));
        assertThat(fields(noMetadata)).containsExactly("metadata");
        assertThat(nextRpwNumber()).isEqualTo(before + 1);

        var badKind = Ezd.upload("kancelaria", "api/v1/documents?kind=SZPARGAL", "a.txt", "abc".getBytes(StandardCharsets.UTF_8));
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(fields(badKind)).containsExactlyInAnyOrder("title", "kind");
    }

    @Test
    void anotherOrganisationsRegistrySeesNoneOfIt() {
        var item = Ezd.post("kancelaria", "api/v1/incoming-items", Ezd.letter("Pismo Ciechocinka " + UUID.randomUUID(), "Jan Tajny"));
        int id = item.object().getInt("id");
        String path = "api/v1/incoming-items/" + id;
        String other = "kancelaria.nieszawa";

        var read = Ezd.get(other, path);
        assertThat(read.status()).isEqualTo(404);
        assertThat(read.object().getString("type")).isEqualTo("urn:ezd:problem:not-found");
        assertThat(Ezd.get(other, path + "/documents").status()).isEqualTo(404);
        assertThat(Ezd.download(other, path + "/label").status()).isEqualTo(404);
        assertThat(Ezd.get(other, path + "/loans").status()).isEqualTo(404);
        assertThat(Ezd.upload(other, path + "/documents", "podrzutek.txt", "x".getBytes(StandardCharsets.UTF_8)).status())
                .isEqualTo(404);
        assertThat(send("PUT", other, path + "/original-location", "{\"location\":\"u nas\"}").status()).isEqualTo(404);
        assertThat(Ezd.post(other, path + "/loans", "{\"lentTo\":\"ja\"}").status()).isEqualTo(404);
        assertThat(Ezd.get(other, "api/v1/incoming-items?text=" + item.object().getString("rpwNumber")).object().getInt("total"))
                .isZero();
        assertThat(Ezd.get(other, "api/v1/incoming-items?text=Ciechocinka").object().getInt("total")).isZero();

        var own = Ezd.post(other, "api/v1/incoming-items", Ezd.letter("Pismo do Nieszawy", "Jan Jawny"));
        assertThat(own.status()).isEqualTo(201);
        assertThat(own.object().getString("rpwNumber")).as("each organisation numbers its own register").startsWith("RPW/");
        assertThat(Ezd.get("kancelaria", "api/v1/incoming-items/" + own.object().getInt("id")).status()).isEqualTo(404);
        assertThat(Ezd.get(other, path + "/documents").object().getJsonArray("fields")).isNull();
    }

    private static Ezd.Reply send(String method, String user, String path, String json) {
        var request = HttpRequest.newBuilder(URI.create(Ezd.URL + path))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + Ezd.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            boolean json2 = response.headers().firstValue("Content-Type").orElse("").contains("json") && !response.body().isBlank();
            return new Ezd.Reply(response.statusCode(),
                    json2 ? jakarta.json.Json.createReader(new java.io.StringReader(response.body())).read() : null, response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
