package pl.ezd.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * One circulation through the REST API on the real server, with the real engine and transactions:
 * the registry registers a letter, the head assigns it, the clerk sees it and accepts it, and the
 * audit trail shows every step. Each test registers its own letters, so tests do not depend on
 * each other or on the demo data's tasks.
 */
class IncomingItemCirculationIT {

    private static JsonObject register(String title) {
        var reply = Ezd.post("kancelaria", "api/v1/incoming-items", Ezd.letter(title, "Jan Testowy"));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.object();
    }

    private static List<JsonObject> tasksOf(String user) {
        var reply = Ezd.get(user, "api/v1/tasks?max=200");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.object().getJsonArray("tasks").getValuesAs(JsonObject.class);
    }

    private static Optional<JsonObject> taskFor(String user, String rpwNumber) {
        return tasksOf(user).stream().filter(t -> rpwNumber.equals(t.getString("rpwNumber", null))).findFirst();
    }

    @Test
    void registeredLetterIsAssignedByTheHeadAndAcceptedByTheClerk() {
        var item = register("Wniosek o dofinansowanie wymiany pieca");
        String rpw = item.getString("rpwNumber");
        assertThat(rpw).matches("RPW/\\d+/\\d{4}");

        var dekretacja = taskFor("kierownik", rpw).orElseThrow();
        assertThat(dekretacja.getString("taskKey")).isEqualTo("Task_Dekretacja");
        assertThat(dekretacja.getString("receivedOn")).as("the inbox shows when the letter reached the office")
                .isEqualTo(LocalDate.now(ZoneId.of("Europe/Warsaw")).toString());
        assertThat(taskFor("referent2", rpw)).as("not yet the clerk's").isEmpty();

        var decreed = Ezd.post("kierownik", "api/v1/tasks/" + dekretacja.getString("id") + "/dekretacja",
                "{\"clerk\":\"referent2\",\"instructions\":\"Proszę rozpatrzyć w ciągu 14 dni\"}");
        assertThat(decreed.status()).as(decreed.body()).isEqualTo(204);

        var acceptance = taskFor("referent2", rpw).orElseThrow();
        assertThat(acceptance.getString("taskKey")).isEqualTo("Task_Przyjecie");
        assertThat(acceptance.getString("assignee")).isEqualTo("referent2");
        assertThat(taskFor("referent", rpw)).as("another clerk does not see it").isEmpty();
        assertThat(taskFor("kierownik", rpw)).as("the head is done with it").isEmpty();

        var accepted = Ezd.post("referent2", "api/v1/tasks/" + acceptance.getString("id") + "/acceptance",
                "{\"accepted\":true}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(204);
        assertThat(taskFor("referent2", rpw).orElseThrow().getString("taskKey")).as("next: file it in a case").isEqualTo("Task_Sprawa");

        var audit = Ezd.get("kierownik", "api/v1/audit?subjectType=IncomingItem&subjectId=" + item.getInt("id"));
        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.json().asJsonArray().getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("action") + " by " + e.getString("actor"))
                .containsExactly("INCOMING_ITEM_REGISTERED by kancelaria", "DEKRETACJA by kierownik",
                        "ITEM_ACCEPTED by referent2");
    }

    @Test
    void aReturnedLetterGoesBackToTheHeadWithTheReason() {
        String rpw = register("Pismo skierowane omyłkowo").getString("rpwNumber");
        var dekretacja = taskFor("kierownik", rpw).orElseThrow();
        Ezd.post("kierownik", "api/v1/tasks/" + dekretacja.getString("id") + "/dekretacja", "{\"clerk\":\"referent\"}");
        var acceptance = taskFor("referent", rpw).orElseThrow();

        var noReason = Ezd.post("referent", "api/v1/tasks/" + acceptance.getString("id") + "/acceptance", "{\"accepted\":false}");
        assertThat(noReason.status()).isEqualTo(409);
        assertThat(noReason.object().getString("message")).contains("powód");

        var returned = Ezd.post("referent", "api/v1/tasks/" + acceptance.getString("id") + "/acceptance",
                "{\"accepted\":false,\"returnReason\":\"Sprawa należy do Referatu Finansowego\"}");
        assertThat(returned.status()).isEqualTo(204);

        var again = taskFor("kierownik", rpw).orElseThrow();
        assertThat(again.getString("taskKey")).isEqualTo("Task_Dekretacja");
        assertThat(again.getString("returnReason")).isEqualTo("Sprawa należy do Referatu Finansowego");
        var inRegister = Ezd.get("kancelaria", "api/v1/incoming-items/" + again.getJsonNumber("itemId")).object();
        assertThat(inRegister.getString("status")).as("no longer DECREED: waiting for a new dekretacja").isEqualTo("RETURNED");
        assertThat(!inRegister.containsKey("unitSymbol") || inRegister.isNull("unitSymbol"))
                .as("decreed by the heads of the office: back with them, in no unit").isTrue();
    }

    @Test
    void rolesAndOrganisationsAreEnforced() {
        var byClerk = Ezd.post("referent", "api/v1/incoming-items", Ezd.letter("x", "y"));
        assertThat(byClerk.status()).as("a clerk cannot register in the RPW").isEqualTo(403);

        String rpw = register("Zapytanie o harmonogram wywozu odpadów").getString("rpwNumber");
        var dekretacja = taskFor("kierownik", rpw).orElseThrow();

        var toOtherOrganisation = Ezd.post("kierownik", "api/v1/tasks/" + dekretacja.getString("id") + "/dekretacja",
                "{\"clerk\":\"admin.regionu\"}");
        assertThat(toOtherOrganisation.status()).as("only clerks of the head's own organisation").isEqualTo(400);

        var byClerkOnHeadsTask = Ezd.post("referent", "api/v1/tasks/" + dekretacja.getString("id") + "/dekretacja",
                "{\"clerk\":\"referent\"}");
        assertThat(byClerkOnHeadsTask.status()).isIn(403, 404);

        assertThat(Ezd.post("kierownik", "api/v1/tasks/no-such-task/claim", "{}").status()).isEqualTo(404);
        assertThat(Ezd.get("kancelaria", "api/v1/incoming-items/999999999").status()).isEqualTo(404);
    }

    @Test
    void anIncompleteRegistrationIsRefusedInPolishAndUsesNoRpwNumber() {
        int before = Integer.parseInt(register("Pismo przed błędem").getString("rpwNumber").split("/")[1]);

        var withoutAccess = Ezd.post("kancelaria", "api/v1/incoming-items",
                Ezd.letter("Pismo bez jawności", "Jan Testowy").replace(",\"access\":\"PUBLIC\"", ""));
        assertThat(withoutAccess.status()).isEqualTo(400);
        assertThat(withoutAccess.object().getString("message")).contains("Dostęp");
        var badPostcode = Ezd.post("kancelaria", "api/v1/incoming-items",
                Ezd.letter("Pismo z błędnym kodem", "Jan Testowy").replace("87-720", "87720"));
        assertThat(badPostcode.status()).isEqualTo(400);
        assertThat(badPostcode.object().getString("message")).contains("00-000");
        var notJson = Ezd.post("kancelaria", "api/v1/incoming-items", "{\"title\": \"niedokończone");
        assertThat(notJson.status()).isEqualTo(400);

        int after = Integer.parseInt(register("Pismo po błędzie").getString("rpwNumber").split("/")[1]);
        assertThat(after).as("refused registrations take no RPW number").isEqualTo(before + 1);
    }

    @Test
    void theRegisterKeepsTheMinimalMetadataSet() {
        var item = register("Wniosek o wydanie zaświadczenia o przeznaczeniu działki");
        var stored = Ezd.get("kancelaria", "api/v1/incoming-items/" + item.getInt("id")).object().getJsonObject("metadata");
        assertThat(stored.getString("access")).isEqualTo("PUBLIC");
        assertThat(stored.getString("dcmiType")).isEqualTo("Text");
        assertThat(stored.getJsonObject("senderAddress").getString("town")).isEqualTo("Ciechocinek");
        assertThat(stored.getJsonObject("senderAddress").getString("country")).isEqualTo("PL");
    }

    @Test
    void concurrentRegistrationsGetConsecutiveUniqueRpwNumbers() throws Exception {
        int letters = 12;
        List<Callable<Integer>> registrations = IntStream.range(0, letters)
                .mapToObj(i -> (Callable<Integer>) () -> Integer.parseInt(
                        register("Pismo równoległe nr " + i).getString("rpwNumber").split("/")[1]))
                .toList();
        List<Integer> numbers;
        var pool = Executors.newFixedThreadPool(6);
        try {
            numbers = pool.invokeAll(registrations).stream().map(f -> {
                try {
                    return f.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).sorted().toList();
        } finally {
            pool.shutdownNow();
        }
        assertThat(numbers).doesNotHaveDuplicates().hasSize(letters);
        assertThat(numbers.get(letters - 1) - numbers.get(0)).as("no gaps between them").isEqualTo(letters - 1);
    }
}
