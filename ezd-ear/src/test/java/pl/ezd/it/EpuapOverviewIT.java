package pl.ezd.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The API behind the ePUAP screens' overview: counts per inbox of the caller's organisation only,
 * the regional administrator's table of every organisation (counts and the last pull, no letter
 * data, nobody else may read it), and a pull started by hand by the organisation's administrator.
 */
class EpuapOverviewIT {

    @Test
    void countsPerInboxAreTheCallersOrganisationsOnly() {
        var mine = Ezd.get("kancelaria", "api/v1/epuap/counts/inboxes");
        assertThat(mine.status()).as(mine.body()).isEqualTo(200);
        var theirs = Ezd.get("kancelaria.nieszawa", "api/v1/epuap/counts/inboxes");
        assertThat(theirs.status()).as(theirs.body()).isEqualTo(200);
        assertThat(theirs.body()).doesNotContain(EpuapImportIT.ADRES);
        assertThat(Ezd.get("referent", "api/v1/epuap/counts/inboxes").status()).as("a clerk does not count the inbox").isEqualTo(403);
    }

    @Test
    void theRegionalAdministratorSeesEveryOrganisationsCountsAndNoLetter() {
        long ciechocinek = Ezd.get("admin.regionu", "api/v1/organizations").json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(o -> "0401021".equals(o.getString("teryt"))).findFirst().orElseThrow().getJsonNumber("id").longValue();
        var reply = Ezd.get("admin.regionu", "api/v1/epuap/region");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonObject row = reply.json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getJsonNumber("organizationId").longValue() == ciechocinek).findFirst().orElseThrow();
        assertThat(row.getString("adresSkrytki")).isEqualTo(EpuapImportIT.ADRES);
        assertThat(row.getBoolean("enabled")).isTrue();
        assertThat(row.keySet()).as("counts and the pull, never a letter").isSubsetOf("organizationId", "adresSkrytki", "enabled", "certificateStored", "lastPollAt",
                "lastPollError", "imported", "failed", "pending", "dismissed", "unacknowledged");
        for (String user : List.of("admin", "kancelaria", "kancelaria.nieszawa")) {
            assertThat(Ezd.get(user, "api/v1/epuap/region").status()).as(user).isEqualTo(403);
        }
    }

    @Test
    void theAdministratorStartsAPullByHand() throws Exception {
        JsonObject before = Ezd.get("admin", "api/v1/epuap/inbox").object();
        // the scheduler would not pull for a day: only the hand can
        assertThat(configure(jakarta.json.Json.createObjectBuilder(before).add("pollIntervalSeconds", 86_400).build()).status()).isEqualTo(200);
        try {
            Thread.sleep(6000); // a scheduled pull under way ends
            String last = lastPoll();
            var reply = Ezd.post("admin", "api/v1/epuap/inbox/pull", "");
            assertThat(reply.status()).as(reply.body()).isEqualTo(202);
            EpuapImportIT.await(() -> java.util.Objects.equals(last, lastPoll()) ? null : Boolean.TRUE);
            for (String user : List.of("kancelaria", "admin.regionu", "kancelaria.nieszawa")) {
                assertThat(Ezd.post(user, "api/v1/epuap/inbox/pull", "").status()).as(user).isEqualTo(403);
            }
        } finally {
            configure(before);
        }
    }

    private static String lastPoll() {
        JsonObject inbox = Ezd.get("admin", "api/v1/epuap/inbox").object();
        return inbox.containsKey("lastPollAt") && !inbox.isNull("lastPollAt") ? inbox.getString("lastPollAt") : null;
    }

    private static Ezd.Reply configure(JsonObject form) {
        return Ezd.send("admin", java.net.http.HttpRequest.newBuilder(java.net.URI.create(Ezd.URL + "api/v1/epuap/inbox"))
                .header("Content-Type", "application/json").PUT(java.net.http.HttpRequest.BodyPublishers.ofString(form.toString())));
    }
}
