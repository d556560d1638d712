package pl.ezd.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Substitutions in the inbox, over HTTP on the provisioned server: while a substitution is in
 * force, the substitute sees the absent colleague's task, takes it over (recorded for whom) and
 * handles it; before it and after it is cancelled, they see nothing of the colleague's.
 */
class SubstitutionInboxIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Warsaw"));

    private static Optional<JsonObject> taskFor(String user, String rpwNumber) {
        var reply = Ezd.get(user, "api/v1/tasks?max=200&q=" + rpwNumber.replace("/", "%2F"));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.object().getJsonArray("tasks").getValuesAs(JsonObject.class).stream()
                .filter(t -> rpwNumber.equals(t.getString("rpwNumber", null))).findFirst();
    }

    @Test
    void aSubstituteSeesTakesOverAndHandlesTheAbsentColleaguesTask() {
        // a letter decreed to referent2
        var item = Ezd.post("kancelaria", "api/v1/incoming-items",
                Ezd.letter("Prośba o kopię mapy zasadniczej (zastępstwo " + Api.unique() + ")", "Jan Testowy"));
        assertThat(item.status()).as(item.body()).isEqualTo(201);
        String rpw = item.object().getString("rpwNumber");
        JsonObject dekretacja = taskFor("kierownik", rpw).orElseThrow();
        String step = "Task_Dekretacja".equals(dekretacja.getString("taskKey")) ? "dekretacja" : "dekretacja-w-komorce";
        var decreed = Ezd.post("kierownik", "api/v1/tasks/" + dekretacja.getString("id") + "/" + step, "{\"clerk\":\"referent2\"}");
        assertThat(decreed.status()).as(decreed.body()).isEqualTo(204);
        JsonObject absentsTask = taskFor("referent2", rpw).orElseThrow();
        assertThat(absentsTask.getString("taskKey")).isEqualTo("Task_Przyjecie");
        assertThat(taskFor("referent", rpw)).as("no substitution yet: not referent's business").isEmpty();
        assertThat(Ezd.post("referent", "api/v1/tasks/" + absentsTask.getString("id") + "/claim", "{}").status())
                .as("nor can they take it").isIn(404, 409);

        // referent stands in for referent2 from today
        var admin = Api.demo("admin");
        var employees = admin.get("api/v1/admin/employees").json().asJsonArray().getValuesAs(JsonObject.class);
        long absentId = employees.stream().filter(e -> "referent2".equals(e.getString("username", null))).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        long substituteId = employees.stream().filter(e -> "referent".equals(e.getString("username", null))).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        JsonObject substitution = admin.expect(201, admin.post("api/v1/admin/substitutions",
                "{\"absentEmployeeId\":%d,\"substituteEmployeeId\":%d,\"validFrom\":\"%s\",\"validTo\":\"%s\",\"reason\":\"urlop\"}"
                        .formatted(absentId, substituteId, TODAY, TODAY.plusDays(3))));
        try {
            JsonObject seen = taskFor("referent", rpw).orElseThrow(() -> new AssertionError("the substitute sees the absent colleague's task"));
            assertThat(seen.getString("assignee")).isEqualTo("referent2");

            var takenOver = Ezd.post("referent", "api/v1/tasks/" + seen.getString("id") + "/claim", "{}");
            assertThat(takenOver.status()).as(takenOver.body()).isEqualTo(200);
            assertThat(takenOver.object().getString("assignee")).isEqualTo("referent");
            assertThat(taskFor("referent2", rpw)).as("gone from the absent colleague's own list").isEmpty();

            var accepted = Ezd.post("referent", "api/v1/tasks/" + seen.getString("id") + "/acceptance", "{\"accepted\":true}");
            assertThat(accepted.status()).as(accepted.body()).isEqualTo(204);

            var trail = Ezd.get("admin", "api/v1/audit?subjectType=IncomingItem&subjectId=" + item.object().getJsonNumber("id"));
            assertThat(trail.status()).as(trail.body()).isEqualTo(200);
            assertThat(trail.json().asJsonArray().getValuesAs(JsonObject.class))
                    .anySatisfy(e -> {
                        assertThat(e.getString("action")).isEqualTo("TASK_TAKEN_OVER");
                        assertThat(e.getString("actor")).isEqualTo("referent");
                        assertThat(e.getString("detail")).contains("w zastępstwie za referent2");
                    })
                    .anySatisfy(e -> assertThat(e.getString("action")).isEqualTo("ITEM_ACCEPTED"));
        } finally {
            admin.expect(200, admin.delete("api/v1/admin/substitutions/" + substitution.getJsonNumber("id")));
        }
    }
}
