package pl.ezd.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * The API's refusals follow the caller's {@code Accept-Language}: English when asked for,
 * Polish by default and for languages EZD does not speak; the codes and fields stay the same.
 */
class BoundaryLanguageIT {

    private static Ezd.Reply get(String user, String path, String language) {
        var request = HttpRequest.newBuilder(URI.create(Ezd.URL + path)).GET();
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return Ezd.send(user, request);
    }

    private static Ezd.Reply post(String user, String path, String json, String language) {
        return Ezd.send(user, HttpRequest.newBuilder(URI.create(Ezd.URL + path))
                .header("Content-Type", "application/json")
                .header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    @Test
    void aCaseOfNoneOrAnotherOfficeIsNotFoundInTheCallersLanguage() {
        var polish = get("referent", "api/v1/cases/987654321", null);
        assertThat(polish.status()).isEqualTo(404);
        assertThat(polish.object().getString("detail")).isEqualTo("Nie ma sprawy 987654321 w Twoim urzędzie");
        assertThat(polish.object().getString("title")).isEqualTo("Nie znaleziono");

        var english = get("referent", "api/v1/cases/987654321", "en-GB,en;q=0.9,pl;q=0.5");
        assertThat(english.status()).isEqualTo(404);
        assertThat(english.object().getString("detail")).isEqualTo("There is no case 987654321 in your office");
        assertThat(english.object().getString("message")).isEqualTo("There is no case 987654321 in your office");
        assertThat(english.object().getString("title")).isEqualTo("Not found");
        assertThat(english.object().getString("code")).isEqualTo("NOT_FOUND");

        var german = get("referent", "api/v1/cases/987654321", "de-DE");
        assertThat(german.object().getString("detail")).as("a language EZD does not speak reads Polish")
                .isEqualTo("Nie ma sprawy 987654321 w Twoim urzędzie");
    }

    @Test
    void registrationFieldViolationsAreEnglishWhenAskedFor() {
        String bad = "{\"title\":\" \",\"sender\":\"Jan Nowak\",\"senderAddress\":{\"town\":\"Ciechocinek\",\"postcode\":\"87720\"},"
                + "\"dateOnLetter\":\"20.11.2026\",\"receivedOn\":\"2026-11-20\",\"access\":\"PUBLIC\",\"dcmiType\":\"Text\"}";
        var english = post("kancelaria", "api/v1/incoming-items", bad, "en");
        assertThat(english.status()).as(english.body()).isEqualTo(400);
        assertThat(english.object().getJsonArray("fields").getValuesAs(JsonObject.class))
                .extracting(f -> f.getString("field") + ": " + f.getString("message"))
                .contains("title: The title is required", "senderAddress.postcode: A postcode has the form 00-000",
                        "dateOnLetter: Invalid date \"20.11.2026\" (expected YYYY-MM-DD, e.g. 2026-11-25)");
        assertThat(english.object().getString("detail")).startsWith("Invalid data in 3 fields:");

        var polish = post("kancelaria", "api/v1/incoming-items", bad, "pl-PL");
        assertThat(polish.object().getJsonArray("fields").getValuesAs(JsonObject.class))
                .extracting(f -> f.getString("message")).contains("Tytuł jest wymagany", "Kod pocztowy ma postać 00-000");
    }

    @Test
    void aRefusedTaskStepAndAMissingRoleAreEnglishToo() {
        var task = post("referent", "api/v1/case-tasks/no-such-task/approve", "{}", "en");
        assertThat(task.status()).isEqualTo(404);
        assertThat(task.object().getString("detail")).startsWith("Task no-such-task is not in your inbox");
        var forbidden = post("kancelaria", "api/v1/cases/1/deadline/suspension", "{\"reason\":\"x\"}", "en");
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.object().getString("detail")).isEqualTo("Your roles do not allow this action");
    }
}
