package pl.ezd.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The file plan (JRWA) through the REST API on the real server: the demo gmina's JRWA, export and
 * re-import of a WykazAkt file, refusal of bad files with nothing stored, and another
 * organisation's administrator seeing none of it. Imports are dated after every existing version
 * (and a year ahead), so the version in force today stays the demo one.
 */
class FilePlanIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Warsaw"));

    private record Raw(int status, String contentType, String body) {
        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }
    }

    private static Raw send(String user, HttpRequest.Builder request) {
        String credentials = user + ":" + Ezd.DEMO_PASSWORD;
        request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(30));
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Raw(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("EZD at " + Ezd.URL + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Raw upload(String user, String label, LocalDate validFrom, byte[] xml) {
        String query = "label=" + java.net.URLEncoder.encode(label, StandardCharsets.UTF_8) + "&validFrom=" + validFrom;
        return send(user, HttpRequest.newBuilder(URI.create(Ezd.URL + "api/v1/jrwa?" + query))
                .header("Content-Type", "application/xml")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(xml)));
    }

    private static Raw download(String user, long jrwaId) {
        return send(user, HttpRequest.newBuilder(URI.create(Ezd.URL + "api/v1/jrwa/" + jrwaId + "/wykaz"))
                .header("Accept", "application/xml").GET());
    }

    private static List<JsonObject> versions(String user) {
        var reply = Ezd.get(user, "api/v1/jrwa");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().asJsonArray().getValuesAs(JsonObject.class);
    }

    /** The demo gmina's version in force today, found through its final class 0012. */
    private static long versionInForceToday() {
        var reply = Ezd.get("referent", "api/v1/jrwa/final-classes/0012");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.object().getJsonNumber("jrwaId").longValue();
    }

    /** A first day after every version of the gmina, and at least a year ahead. */
    private static LocalDate freeDay() {
        LocalDate latest = versions("admin").stream().map(v -> LocalDate.parse(v.getString("validFrom")))
                .max(LocalDate::compareTo).orElse(TODAY);
        LocalDate yearAhead = TODAY.plusYears(1);
        return latest.isBefore(yearAhead) ? yearAhead : latest.plusDays(1);
    }

    private static String withoutComments(String xml) {
        return xml.replaceAll("(?s)<!--.*?-->", "");
    }

    @Test
    void theDemoGminaHasItsJrwaAsATreeWithFinalClassesAndCategories() {
        long id = versionInForceToday();
        var finalClass = Ezd.get("referent", "api/v1/jrwa/final-classes/0012").object();
        assertThat(finalClass.getString("title")).startsWith("Plany pracy");
        assertThat(finalClass.getString("homeCategory")).isEqualTo("A");
        assertThat(finalClass.getString("otherCategory")).isEqualTo("Bc");
        assertThat(Ezd.get("referent", "api/v1/jrwa/final-classes/001").status()).as("not a final class").isEqualTo(404);
        assertThat(Ezd.get("referent", "api/v1/jrwa/final-classes/0012?on=1999-01-01").status()).isEqualTo(404);

        var tree = Ezd.get("kierownik", "api/v1/jrwa/" + id);
        assertThat(tree.status()).as(tree.body()).isEqualTo(200);
        JsonArray sections = tree.object().getJsonArray("classes");
        assertThat(sections.getValuesAs(JsonObject.class)).extracting(s -> s.getString("symbol"))
                .containsExactly("0", "1", "2", "3", "4", "5", "6", "7");
        JsonObject zero = sections.getJsonObject(0);
        assertThat(zero.getBoolean("finalClass")).isFalse();
        assertThat(zero.get("homeCategory")).isIn(null, JsonValue.NULL);
        JsonObject organy = zero.getJsonArray("subclasses").getJsonObject(0);
        assertThat(organy.getString("symbol")).isEqualTo("00");
        assertThat(tree.object().getJsonObject("version").getInt("finalClasses")).isGreaterThan(40);
    }

    @Test
    void anExportedFileImportsAsANewVersionAndExportsTheSame() {
        long demo = versionInForceToday();
        var exported = download("archiwista", demo);
        assertThat(exported.status()).as(exported.body()).isEqualTo(200);
        assertThat(exported.contentType()).contains("xml");
        assertThat(exported.body()).contains("<wykaz xmlns=\"http://www.mswia.gov.pl/standardy/ndap\">")
                .contains("<symbol>0012</symbol>");

        LocalDate validFrom = freeDay();
        var imported = upload("admin", "Test eksportu " + UUID.randomUUID(), validFrom,
                exported.body().getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        long copy = imported.json().getJsonNumber("id").longValue();
        assertThat(imported.json().getString("status")).isEqualTo("CURRENT");
        assertThat(imported.json().getString("validFrom")).isEqualTo(validFrom.toString());

        var again = download("admin", copy);
        assertThat(again.status()).isEqualTo(200);
        assertThat(withoutComments(again.body())).isEqualTo(withoutComments(exported.body()));
        assertThat(versionInForceToday()).as("today's version is untouched").isEqualTo(demo);
        assertThat(Ezd.get("referent", "api/v1/jrwa/final-classes/0012?on=" + validFrom).object()
                .getJsonNumber("jrwaId").longValue()).as("the new version from its first day").isEqualTo(copy);

        var audit = Ezd.get("admin", "api/v1/audit?subjectType=Jrwa&subjectId=" + copy);
        assertThat(audit.json().asJsonArray().getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("action") + " by " + e.getString("actor"))
                .containsExactly("JRWA_IMPORTED by admin");
    }

    @Test
    void badFilesAreRefusedWithTheLineAndNothingIsStored() {
        int before = versions("admin").size();
        String missingParent = """
                <?xml version="1.0" encoding="UTF-8"?>
                <wykaz xmlns="http://www.mswia.gov.pl/standardy/ndap">
                  <akta><symbol>0</symbol><haslo>ZARZĄDZANIE</haslo></akta>
                  <akta><symbol>0012</symbol><haslo>Plany pracy</haslo><kategoriaMerytoryczna>A</kategoriaMerytoryczna></akta>
                </wykaz>
                """;
        var refused = upload("admin", "Zły plik " + UUID.randomUUID(), freeDay(), missingParent.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().getString("code")).isEqualTo("JRWA_FILE_REFUSED");
        assertThat(refused.json().getInt("line")).isEqualTo(4);
        assertThat(refused.json().getString("message")).contains("brakuje klasy 001");

        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE wykaz [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <wykaz xmlns="http://www.mswia.gov.pl/standardy/ndap"><akta><symbol>0</symbol><haslo>&x;</haslo></akta></wykaz>
                """;
        var hostile = upload("admin", "XXE " + UUID.randomUUID(), freeDay(), xxe.getBytes(StandardCharsets.UTF_8));
        assertThat(hostile.status()).isEqualTo(400);
        assertThat(hostile.json().getString("message")).contains("DOCTYPE").doesNotContain("root:");

        var badCategory = upload("admin", "Kategoria " + UUID.randomUUID(), freeDay(), """
                <wykaz xmlns="http://www.mswia.gov.pl/standardy/ndap">
                  <akta><symbol>0</symbol><haslo>ZARZĄDZANIE</haslo></akta>
                  <akta><symbol>00</symbol><haslo>Organy</haslo></akta>
                  <akta><symbol>000</symbol><haslo>Wybory</haslo></akta>
                  <akta><symbol>0000</symbol><haslo>Wybory do rady</haslo><kategoriaMerytoryczna>X1</kategoriaMerytoryczna></akta>
                </wykaz>""".getBytes(StandardCharsets.UTF_8));
        assertThat(badCategory.status()).isEqualTo(400);
        assertThat(badCategory.json().getInt("line")).isEqualTo(5);

        var tooLarge = upload("admin", "Duży " + UUID.randomUUID(), freeDay(), new byte[2 * 1024 * 1024 + 1]);
        assertThat(tooLarge.status()).isEqualTo(413);

        var noDate = send("admin", HttpRequest.newBuilder(URI.create(Ezd.URL + "api/v1/jrwa?label=x"))
                .header("Content-Type", "application/xml").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(missingParent)));
        assertThat(noDate.status()).isEqualTo(400);

        assertThat(versions("admin")).as("nothing of a refused file is stored").hasSize(before);
    }

    @Test
    void onlyTheOrganisationsAdministratorImportsAndNobodyElseSeesItsJrwa() {
        long demo = versionInForceToday();
        byte[] file = download("admin", demo).body().getBytes(StandardCharsets.UTF_8);
        assertThat(upload("referent", "Referent " + UUID.randomUUID(), freeDay(), file).status()).isEqualTo(403);
        assertThat(upload("admin.regionu", "Region " + UUID.randomUUID(), freeDay(), file).status()).isEqualTo(403);

        // a regional administrator manages organisations but reads no JRWA at all, not even their own
        assertThat(Ezd.get("admin.regionu", "api/v1/jrwa").status()).isEqualTo(403);
        assertThat(Ezd.get("admin.regionu", "api/v1/jrwa/" + demo).status()).isEqualTo(403);
        assertThat(download("admin.regionu", demo).status()).isEqualTo(403);
        assertThat(Ezd.get("admin.regionu", "api/v1/jrwa/final-classes/0012").status()).isEqualTo(403);
        assertThat(Ezd.get("admin", "api/v1/jrwa/999999999").status()).isEqualTo(404);
    }
}
