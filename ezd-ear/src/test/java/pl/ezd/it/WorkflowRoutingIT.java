package pl.ezd.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The circulation of an incoming letter through the REST API with the real engine, delegates and
 * transactions: routing by the organisation's own table, dekretacja on a lead unit with a unit for
 * information, re-assignment inside the unit, one return, acceptance, a new case, and the case's
 * statutory deadline with suspension. Each test registers its own letters.
 */
class WorkflowRoutingIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Warsaw"));

    private static final String OWN_TABLE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="gmina" name="Tabela gminy" namespace="http://ezd.example/gmina">
              <decision id="routing" name="Kierowanie przesyłek gminy">
                <decisionTable id="table" hitPolicy="FIRST">
                  <input id="in_title" label="Tytuł"><inputExpression id="e_title" typeRef="string"><text>title</text></inputExpression></input>
                  <input id="in_channel" label="Sposób doręczenia"><inputExpression id="e_channel" typeRef="string"><text>channel</text></inputExpression></input>
                  <output id="out" name="unitSymbol" typeRef="string"/>
                  <rule id="r_trees">
                    <inputEntry id="r_trees_t"><text>contains(lower case(?), "wycinka")</text></inputEntry>
                    <inputEntry id="r_trees_c"><text></text></inputEntry>
                    <outputEntry id="r_trees_o"><text>"GK"</text></outputEntry>
                  </rule>
                </decisionTable>
              </decision>
            </definitions>""";

    private static JsonObject register(String title) {
        var reply = Ezd.post("kancelaria", "api/v1/incoming-items", Ezd.letter(title, "Jan Testowy"));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.object();
    }

    private static Optional<JsonObject> taskFor(String user, String rpwNumber) {
        var reply = Ezd.get(user, "api/v1/tasks?max=200");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.object().getJsonArray("tasks").getValuesAs(JsonObject.class).stream()
                .filter(t -> rpwNumber.equals(t.getString("rpwNumber", null))).findFirst();
    }

    private static String taskId(String user, String rpwNumber, String taskKey) {
        JsonObject task = taskFor(user, rpwNumber).orElseThrow(() -> new AssertionError(user + " has no task for " + rpwNumber));
        assertThat(task.getString("taskKey")).isEqualTo(taskKey);
        return task.getString("id");
    }

    private static Ezd.Reply uploadTable(String user, String dmn) {
        return Ezd.put(user, "api/v1/workflow/routing-table", "application/xml", dmn.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void organisationsOwnRoutingTableSendsMatchingLettersToTheUnitsHeadAfterChecking() {
        assertThat(uploadTable("referent", OWN_TABLE).status()).as("only the organisation administrator").isEqualTo(403);
        var unknownUnit = uploadTable("admin", OWN_TABLE.replace("\"GK\"", "\"XYZ\""));
        assertThat(unknownUnit.status()).isEqualTo(400);
        assertThat(unknownUnit.object().getString("message")).contains("XYZ");
        var badInput = uploadTable("admin", OWN_TABLE.replace("<text>channel</text>", "<text>pesel</text>"));
        assertThat(badInput.status()).isEqualTo(400);
        assertThat(badInput.object().getString("message")).contains("pesel");
        assertThat(uploadTable("admin", "<definitions>nie DMN").status()).isEqualTo(400);

        var uploaded = uploadTable("admin", OWN_TABLE);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(200);
        assertThat(uploaded.object().getBoolean("own")).isTrue();
        var current = Ezd.get("kierownik", "api/v1/workflow/routing-table");
        assertThat(current.status()).isEqualTo(200);
        assertThat(current.object().getBoolean("own")).isTrue();
        assertThat(current.object().getString("dmn")).contains("wycinka");

        String routed = register("Wniosek: wycinka drzewa przy ul. Polnej").getString("rpwNumber");
        taskId("kierownik", routed, "Task_DekretacjaWKomorce");
        assertThat(taskFor("skarbnik", routed)).as("not offered to the heads of other units").isEmpty();

        String notRouted = register("Wniosek o informację publiczną").getString("rpwNumber");
        taskId("skarbnik", notRouted, "Task_Dekretacja");

        long organizationId = Ezd.get("admin", "api/v1/me").object().getJsonNumber("organizationId").longValue();
        var audit = Ezd.get("admin", "api/v1/audit?subjectType=RoutingTable&subjectId=" + organizationId);
        assertThat(audit.status()).as(audit.body()).isEqualTo(200);
        assertThat(audit.json().asJsonArray().getValuesAs(JsonObject.class)).extracting(e -> e.getString("action"))
                .contains("ROUTING_TABLE_DEPLOYED");
    }

    @Test
    void letterTravelsFromDekretacjaThroughReassignmentAndOneReturnIntoANewCaseWithItsStatutoryDeadline() {
        var item = register("Wniosek o wydanie decyzji o warunkach zabudowy");
        String rpw = item.getString("rpwNumber");
        LocalDate firstDeadline = TODAY.plusDays(20);

        // dekretacja by a head of the office: lead unit GK, FN for information
        String dekretacja = taskId("kierownik", rpw, "Task_Dekretacja");
        var both = Ezd.post("kierownik", "api/v1/tasks/" + dekretacja + "/dekretacja", "{\"leadUnit\":\"GK\",\"clerk\":\"referent\"}");
        assertThat(both.status()).isEqualTo(400);
        var decreed = Ezd.post("kierownik", "api/v1/tasks/" + dekretacja + "/dekretacja",
                "{\"leadUnit\":\"GK\",\"forInformation\":[\"FN\"],\"instructions\":\"Zgodnie z właściwością\",\"deadline\":\""
                        + firstDeadline + "\"}");
        assertThat(decreed.status()).as(decreed.body()).isEqualTo(204);

        // FN reads it for information
        String forInformation = taskId("skarbnik", rpw, "Task_DoWiadomosci");
        assertThat(Ezd.post("referent", "api/v1/tasks/" + forInformation + "/read-confirmation", "{}").status())
                .as("GK's clerk is not FN").isEqualTo(404);
        assertThat(Ezd.post("skarbnik", "api/v1/tasks/" + forInformation + "/read-confirmation", "{}").status()).isEqualTo(204);
        assertThat(taskFor("skarbnik", rpw)).isEmpty();

        // the head of GK re-assigns downward: never past the first deadline, only to a clerk of GK
        String inUnit = taskId("kierownik", rpw, "Task_DekretacjaWKomorce");
        var extended = Ezd.post("kierownik", "api/v1/tasks/" + inUnit + "/dekretacja-w-komorce",
                "{\"clerk\":\"referent\",\"deadline\":\"" + firstDeadline.plusDays(1) + "\"}");
        assertThat(extended.status()).isEqualTo(400);
        assertThat(extended.object().getString("message")).contains("przedłużyć");
        var outsideUnit = Ezd.post("kierownik", "api/v1/tasks/" + inUnit + "/dekretacja-w-komorce", "{\"clerk\":\"kancelaria\"}");
        assertThat(outsideUnit.status()).isEqualTo(400);
        var reassigned = Ezd.post("kierownik", "api/v1/tasks/" + inUnit + "/dekretacja-w-komorce",
                "{\"clerk\":\"referent\",\"instructions\":\"Proszę o oględziny\",\"deadline\":\"" + firstDeadline.minusDays(5) + "\"}");
        assertThat(reassigned.status()).as(reassigned.body()).isEqualTo(204);

        // the clerk returns it once: back to the head who decreed inside the unit
        String acceptance = taskId("referent", rpw, "Task_Przyjecie");
        assertThat(taskFor("referent", rpw).orElseThrow().getString("due")).startsWith(firstDeadline.minusDays(5).toString());
        assertThat(Ezd.post("referent", "api/v1/tasks/" + acceptance + "/acceptance",
                "{\"accepted\":false,\"returnReason\":\"Jestem na urlopie od jutra\"}").status()).isEqualTo(204);
        JsonObject back = taskFor("kierownik", rpw).orElseThrow();
        assertThat(back.getString("taskKey")).isEqualTo("Task_DekretacjaWKomorce");
        assertThat(back.getString("returnReason")).isEqualTo("Jestem na urlopie od jutra");
        assertThat(Ezd.post("kierownik", "api/v1/tasks/" + back.getString("id") + "/dekretacja-w-komorce",
                "{\"clerk\":\"referent2\"}").status()).isEqualTo(204);

        // accepted, then a new case initiated by the letter, two months as a complicated case
        assertThat(Ezd.post("referent2", "api/v1/tasks/" + taskId("referent2", rpw, "Task_Przyjecie") + "/acceptance",
                "{\"accepted\":true}").status()).isEqualTo(204);
        var filed = Ezd.post("referent2", "api/v1/tasks/" + taskId("referent2", rpw, "Task_Sprawa") + "/case",
                "{\"jrwaSymbol\":\"6100\",\"termin\":\"DWA_MIESIACE\"}");
        assertThat(filed.status()).as(filed.body()).isEqualTo(200);
        long caseId = filed.object().getJsonNumber("id").longValue();
        assertThat(filed.object().getString("title")).isEqualTo("Wniosek o wydanie decyzji o warunkach zabudowy");
        assertThat(taskFor("referent2", rpw)).isEmpty();
        var items = Ezd.get("referent2", "api/v1/cases/" + caseId + "/items");
        assertThat(items.body()).contains(rpw);

        // the statutory deadline: two months from receipt, on a working day
        var deadline = Ezd.get("referent2", "api/v1/cases/" + caseId + "/deadline");
        assertThat(deadline.status()).as(deadline.body()).isEqualTo(200);
        LocalDate due = LocalDate.parse(deadline.object().getString("deadline"));
        assertThat(due).isBetween(TODAY.plusMonths(2), TODAY.plusMonths(2).plusDays(4));
        assertThat(deadline.object().getString("kind")).isEqualTo("DWA_MIESIACE");
        assertThat(deadline.object().getBoolean("suspended")).isFalse();
        assertThat(Ezd.get("kierownik", "api/v1/cases/" + caseId + "/deadline").status()).isEqualTo(200);
        assertThat(Ezd.get("admin.regionu", "api/v1/cases/" + caseId + "/deadline").status()).isIn(403, 404);

        var suspended = Ezd.post("referent2", "api/v1/cases/" + caseId + "/deadline/suspension",
                "{\"reason\":\"Art. 97 § 1 pkt 4 KPA: zagadnienie wstępne\"}");
        assertThat(suspended.status()).as(suspended.body()).isEqualTo(200);
        assertThat(suspended.object().getBoolean("suspended")).isTrue();
        assertThat(Ezd.post("referent2", "api/v1/cases/" + caseId + "/deadline/suspension", "{\"reason\":\"znowu\"}").status())
                .isEqualTo(400);
        var resumed = Ezd.post("referent2", "api/v1/cases/" + caseId + "/deadline/resumption", "{}");
        assertThat(resumed.status()).as(resumed.body()).isEqualTo(200);
        assertThat(resumed.object().getBoolean("suspended")).isFalse();
        assertThat(resumed.object().getString("deadline")).as("suspended for no whole day").isEqualTo(due.toString());

        var metryka = Ezd.get("referent2", "api/v1/cases/" + caseId + "/metryka");
        assertThat(metryka.body()).contains("Zawieszenie postępowania", "Podjęcie zawieszonego postępowania");

        var audit = Ezd.get("kierownik", "api/v1/audit?subjectType=IncomingItem&subjectId=" + item.getInt("id"));
        assertThat(audit.json().asJsonArray().getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("action") + " by " + e.getString("actor"))
                .containsExactly("INCOMING_ITEM_REGISTERED by kancelaria", "DEKRETACJA by kierownik", "ITEM_READ by skarbnik",
                        "DEKRETACJA by kierownik", "ITEM_RETURNED by referent", "DEKRETACJA by kierownik",
                        "ITEM_ACCEPTED by referent2", "ITEM_FILED by referent2");

        assertThat(Ezd.post("referent2", "api/v1/cases/" + caseId + "/close", "{}").status()).isEqualTo(200);
        var ended = Ezd.get("referent2", "api/v1/cases/" + caseId + "/deadline");
        assertThat(ended.object().getBoolean("running")).as("closing the case ends the deadline watch").isFalse();
    }
}
