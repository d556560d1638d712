package pl.ezd.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What the task view and the case folder read, also through the API (a screen is never the only way):
 * one task of the inbox, "my cases", the JRWA in force, a version's content shown inline.
 */
class CaseScreensApiIT {

    @Test
    void myCasesListsTheCallersOwnCasesNewestFirstWithTheTotal() {
        String title = "Moja-" + UUID.randomUUID().toString().substring(0, 6);
        var opened = Ezd.post("referent2", "api/v1/cases", "{\"jrwaSymbol\":\"6100\",\"title\":\"" + title + "\"}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        var mine = Ezd.get("referent2", "api/v1/cases?max=5");
        assertThat(mine.status()).as(mine.body()).isEqualTo(200);
        JsonObject first = mine.object().getJsonArray("cases").getJsonObject(0);
        assertThat(first.getString("title")).isEqualTo(title);
        assertThat(first.getString("handler")).isEqualTo("referent2");
        assertThat(mine.object().getJsonNumber("total").longValue()).isPositive();
        assertThat(Ezd.get("referent", "api/v1/cases?max=100").body()).doesNotContain(title);
        assertThat(Ezd.get("referent.nieszawa", "api/v1/cases?max=100").body()).doesNotContain(title);
        assertThat(Ezd.get("kancelaria", "api/v1/cases").status()).as("the registry office handles no cases").isEqualTo(403);
        // closed cases leave the "open only" list
        long id = opened.object().getInt("id");
        assertThat(Ezd.post("referent2", "api/v1/cases/" + id + "/close", "{}").status()).isEqualTo(200);
        assertThat(Ezd.get("referent2", "api/v1/cases?open=true&max=100").body()).doesNotContain(title);
        assertThat(Ezd.get("referent2", "api/v1/cases?max=100").body()).contains(title);
    }

    @Test
    void oneTaskOfTheInboxIsReadByIdAndOnlyByThoseWhoSeeIt() {
        String title = "Zadanie-" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(Ezd.post("kancelaria", "api/v1/incoming-items", Ezd.letter(title, "Adam Testowy")).status()).isEqualTo(201);
        JsonObject listed = Ezd.get("kierownik", "api/v1/tasks?q=" + title).object().getJsonArray("tasks").getJsonObject(0);
        var task = Ezd.get("kierownik", "api/v1/tasks/" + listed.getString("id"));
        assertThat(task.status()).as(task.body()).isEqualTo(200);
        assertThat(task.object().getString("title")).isEqualTo(title);
        assertThat(task.object().getString("taskKey")).isEqualTo("Task_Dekretacja");
        assertThat(Ezd.get("referent", "api/v1/tasks/" + listed.getString("id")).status()).as("not offered to a clerk").isEqualTo(404);
        assertThat(Ezd.get("referent.nieszawa", "api/v1/tasks/" + listed.getString("id")).status()).isEqualTo(404);
        assertThat(Ezd.get("kierownik", "api/v1/tasks/no-such-task").status()).isEqualTo(404);
    }

    @Test
    void theJrwaInForceIsTheTreeANewCaseIsPickedFrom() {
        var tree = Ezd.get("referent", "api/v1/jrwa/in-force");
        assertThat(tree.status()).as(tree.body()).isEqualTo(200);
        assertThat(tree.object().getJsonObject("version").getString("status")).isEqualTo("CURRENT");
        assertThat(tree.body()).contains("\"symbol\":\"6100\"");
        assertThat(Ezd.get("referent", "api/v1/jrwa/in-force?on=1990-01-01").status()).isEqualTo(404);

        // searched on the server: only the matching branches, by words of the title (without Polish letters) or a symbol
        var found = Ezd.get("referent", "api/v1/jrwa/in-force?q=" + java.net.URLEncoder.encode("zajecie pasa", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        assertThat(found.body()).contains("\"symbol\":\"7201\"").doesNotContain("\"symbol\":\"6100\"", "\"symbol\":\"7200\"");
        long versionId = tree.object().getJsonObject("version").getJsonNumber("id").longValue();
        var bySymbol = Ezd.get("referent", "api/v1/jrwa/" + versionId + "?q=6100");
        assertThat(bySymbol.body()).contains("\"symbol\":\"6100\"").doesNotContain("\"symbol\":\"7201\"");
        var nothing = Ezd.get("referent", "api/v1/jrwa/in-force?q=cmentarzyska+wojskowe");
        assertThat(nothing.object().getJsonArray("classes")).isEmpty();
    }

    @Test
    void aVersionIsShownInlineWhenAskedFor() throws Exception {
        var uploaded = Ezd.upload("referent", "api/v1/documents?title=Podgl%C4%85d&kind=DRAFT", "podglad.pdf", OfficePki.pdf("Podglad"));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        String path = "api/v1/documents/" + uploaded.object().getInt("id") + "/versions/1/content";
        assertThat(disposition(path + "?inline=true")).startsWith("inline;");
        assertThat(disposition(path)).startsWith("attachment;");
    }

    private static String disposition(String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(Ezd.URL + path)).GET()
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("referent:" + Ezd.DEMO_PASSWORD)
                        .getBytes(StandardCharsets.UTF_8))).build();
        HttpResponse<Void> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.headers().firstValue("Content-Disposition").orElse("");
    }
}
