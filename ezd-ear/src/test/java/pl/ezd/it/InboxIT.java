package pl.ezd.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The inbox over the REST API on the real server: paging, sorting and filtering read from the
 * read model the engine keeps, and claiming, releasing and a head's bulk assignment change it
 * at once, audited, all or nothing. Each test registers its own letters under a unique marker.
 */
class InboxIT {

    private static String marker() {
        return "Skrzynka-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static JsonObject register(String title) {
        var reply = Ezd.post("kancelaria", "api/v1/incoming-items", Ezd.letter(title, "Jan Testowy"));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.object();
    }

    private static Ezd.Reply inbox(String user, String query) {
        return Ezd.get(user, "api/v1/tasks?" + query);
    }

    private static List<JsonObject> tasks(String user, String query) {
        var reply = inbox(user, query);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.object().getJsonArray("tasks").getValuesAs(JsonObject.class);
    }

    private static List<String> titles(String user, String query) {
        return tasks(user, query).stream().map(t -> t.getString("title")).toList();
    }

    private static String q(String text) {
        return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String assigneeOf(JsonObject task) {
        return !task.containsKey("assignee") || task.isNull("assignee") ? null : task.getString("assignee");
    }

    @Test
    void theInboxPagesSortsAndFiltersWithTheTotal() {
        String marker = marker();
        register(marker + " B wniosek o dowód");
        register(marker + " A skarga na drogę");
        register(marker + " C podanie o zaświadczenie");

        assertThat(titles("kierownik", q(marker) + "&sort=title&order=asc"))
                .containsExactly(marker + " A skarga na drogę", marker + " B wniosek o dowód", marker + " C podanie o zaświadczenie");
        assertThat(titles("kierownik", q(marker) + "&sort=rpwNumber&order=desc")).as("registration order, newest first")
                .containsExactly(marker + " C podanie o zaświadczenie", marker + " A skarga na drogę", marker + " B wniosek o dowód");
        assertThat(titles("kierownik", q(marker))).as("newest task first by default")
                .containsExactly(marker + " C podanie o zaświadczenie", marker + " A skarga na drogę", marker + " B wniosek o dowód");

        var first = inbox("kierownik", q(marker) + "&sort=title&order=asc&first=0&max=2").object();
        assertThat(first.getJsonNumber("total").longValue()).isEqualTo(3);
        assertThat(first.getJsonArray("tasks")).hasSize(2);
        var second = inbox("kierownik", q(marker) + "&sort=title&order=asc&first=2&max=2").object();
        assertThat(second.getJsonNumber("total").longValue()).isEqualTo(3);
        assertThat(second.getJsonArray("tasks").getJsonObject(0).getString("title")).isEqualTo(marker + " C podanie o zaświadczenie");

        assertThat(titles("kierownik", q(marker.toUpperCase() + " a skarga"))).as("any case").hasSize(1);
        assertThat(tasks("kierownik", q(marker) + "&process=incomingItem&task=Task_Dekretacja")).hasSize(3);
        assertThat(tasks("kierownik", q(marker) + "&task=Task_Przyjecie")).isEmpty();
        assertThat(tasks("kierownik", q(marker) + "&overdue=true")).as("no deadline, so not overdue").isEmpty();
        assertThat(tasks("kierownik", q(marker) + "&overdue=false")).hasSize(3);
        var task = tasks("kierownik", q(marker)).get(0);
        assertThat(task.getString("processKey")).isEqualTo("incomingItem");
        assertThat(task.getBoolean("overdue")).isFalse();
        assertThat(task.getBoolean("offered")).isTrue();
        assertThat(task.getString("sender")).isEqualTo("Jan Testowy");
        assertThat(tasks("referent", q(marker))).as("a clerk does not see the head's tasks").isEmpty();

        var badSort = inbox("kierownik", "sort=priority");
        assertThat(badSort.status()).isEqualTo(400);
        assertThat(badSort.object().getString("message")).contains("Nie można sortować według „priority”");
        assertThat(inbox("kierownik", "max=500").status()).isEqualTo(400);
        assertThat(inbox("kierownik", "order=sideways").status()).isEqualTo(400);
    }

    @Test
    void aHeadClaimsAndReleasesATaskAndTheAuditTrailSaysSo() {
        String marker = marker();
        var item = register(marker + " pismo do pobrania");
        var task = tasks("kierownik", q(marker)).get(0);
        assertThat(assigneeOf(task)).isNull();

        var claimed = Ezd.post("kierownik", "api/v1/tasks/" + task.getString("id") + "/claim", "{}");
        assertThat(claimed.status()).as(claimed.body()).isEqualTo(200);
        assertThat(claimed.object().getString("assignee")).isEqualTo("kierownik");
        assertThat(assigneeOf(tasks("kierownik", q(marker)).get(0))).as("the list shows it at once").isEqualTo("kierownik");

        assertThat(Ezd.post("referent", "api/v1/tasks/" + task.getString("id") + "/release", "{}").status())
                .as("not in the clerk's inbox").isEqualTo(404);
        var released = Ezd.post("kierownik", "api/v1/tasks/" + task.getString("id") + "/release", "{}");
        assertThat(released.status()).as(released.body()).isEqualTo(204);
        assertThat(assigneeOf(tasks("kierownik", q(marker)).get(0))).isNull();

        var audit = Ezd.get("kierownik", "api/v1/audit?subjectType=IncomingItem&subjectId=" + item.getInt("id"));
        assertThat(audit.json().asJsonArray().getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("action") + " by " + e.getString("actor"))
                .containsExactly("INCOMING_ITEM_REGISTERED by kancelaria", "TASK_CLAIMED by kierownik", "TASK_RELEASED by kierownik");
    }

    @Test
    void aHeadAssignsSeveralTasksToAClerkAllOrNothing() {
        String marker = marker();
        var first = register(marker + " pierwsze");
        register(marker + " drugie");
        register(marker + " trzecie");
        var ids = tasks("kierownik", q(marker) + "&sort=title&order=asc").stream().map(t -> t.getString("id")).toList();
        assertThat(ids).hasSize(3);

        var byClerk = Ezd.post("referent", "api/v1/tasks/assignment",
                "{\"taskIds\":[\"" + ids.get(0) + "\"],\"assignee\":\"referent\"}");
        assertThat(byClerk.status()).as("only heads assign").isEqualTo(403);
        var toOutsider = Ezd.post("kierownik", "api/v1/tasks/assignment",
                "{\"taskIds\":[\"" + ids.get(0) + "\"],\"assignee\":\"admin.regionu\"}");
        assertThat(toOutsider.status()).isEqualTo(409);
        assertThat(toOutsider.object().getString("message")).contains("referenta ze swojej komórki");
        var withUnknownTask = Ezd.post("kierownik", "api/v1/tasks/assignment",
                "{\"taskIds\":[\"" + ids.get(0) + "\",\"no-such-task\"],\"assignee\":\"referent\"}");
        assertThat(withUnknownTask.status()).isEqualTo(404);
        assertThat(tasks("kierownik", q(marker))).as("nothing half done").allSatisfy(t -> assertThat(assigneeOf(t)).isNull());
        var none = Ezd.post("kierownik", "api/v1/tasks/assignment", "{\"taskIds\":[],\"assignee\":\"referent\"}");
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.object().getString("message")).contains("co najmniej jedno zadanie");

        var assigned = Ezd.post("kierownik", "api/v1/tasks/assignment",
                "{\"taskIds\":[\"" + ids.get(0) + "\",\"" + ids.get(1) + "\"],\"assignee\":\"referent\"}");
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        assertThat(assigned.object().getInt("assigned")).isEqualTo(2);

        assertThat(titles("referent", q(marker) + "&sort=title&order=asc")).containsExactly(marker + " drugie", marker + " pierwsze");
        assertThat(tasks("kierownik", q(marker) + "&sort=title&order=asc")).extracting(InboxIT::assigneeOf)
                .as("still the head's group's tasks, now with the clerk").containsExactly("referent", "referent", null);

        var released = Ezd.post("referent", "api/v1/tasks/" + ids.get(0) + "/release", "{}");
        assertThat(released.status()).as(released.body()).isEqualTo(204);
        assertThat(titles("referent", q(marker))).containsExactly(marker + " pierwsze");
        assertThat(Ezd.post("referent", "api/v1/tasks/" + ids.get(1) + "/release", "{}").status())
                .as("given back, so other tests see a clerk's inbox as the demo made it").isEqualTo(204);

        var audit = Ezd.get("kierownik", "api/v1/audit?subjectType=IncomingItem&subjectId=" + first.getInt("id"));
        assertThat(audit.json().asJsonArray().getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("action") + " by " + e.getString("actor"))
                .contains("TASK_ASSIGNED by kierownik");
    }
}
