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
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A server killed (SIGKILL) after it stored ePUAP documents but before it registered and
 * acknowledged them: after the restart every document is registered exactly once and acknowledged.
 * The crash point is made certain by the import's fault-injection switch
 * ({@code ezd.epuap.fault.stop-after-store}: each pull stops right after storing a new document),
 * which is on only for the first run. A server of its own (demo data on H2, simulator on).
 */
class EpuapCrashIT {

    private static final String ADRES = "/umciechocinek/SkrytkaESP";
    private static final String NAME = "epuap-crash-server";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final int offset = Integer.getInteger("ezd.bootstrap-port-offset", 500);
    private ServerProcess server;

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aCrashBetweenStoringAndAcknowledgingLosesNothingAndRegistersNothingTwice() throws Exception {
        server = ServerProcess.start(NAME, offset, Map.of("EZD_DEMO_DATA", "true", "EZD_EPUAP_SIMULATOR_ENABLED", "true",
                "EZD_EPUAP_FAULT_STOP_AFTER_STORE", "true"), true);
        for (int i = 0; i < 3; i++) {
            seed("Nadawca po awarii " + i, EpuapImportIT.letterWithInlineAttachments("Pismo sprzed awarii " + i));
        }
        // the first pull stores one document and stops before registering or acknowledging it
        await(() -> counts().getJsonNumber("pending").longValue() >= 1);
        server.kill();
        server = null;

        server = ServerProcess.start(NAME, offset, Map.of("EZD_DEMO_DATA", "true", "EZD_EPUAP_SIMULATOR_ENABLED", "true"), false);
        await(() -> {
            JsonObject status = status();
            JsonObject counts = counts();
            return status.getInt("waiting") == 0 && counts.getJsonNumber("pending").longValue() == 0
                    && counts.getJsonNumber("imported").longValue() == status.getInt("queued");
        });
        JsonObject status = status();
        JsonObject counts = counts();
        assertThat(counts.getJsonNumber("imported").longValue()).as("every queued document registered once")
                .isEqualTo(status.getInt("queued")).isGreaterThanOrEqualTo(6);
        assertThat(counts.getJsonNumber("failed").longValue()).isZero();
        assertThat(status.getInt("redelivered")).as("the document stored before the crash came again").isGreaterThanOrEqualTo(1);
        JsonObject register = get("kancelaria", "api/v1/incoming-items?channel=EPUAP&max=200");
        assertThat(register.getJsonNumber("total").longValue()).as("RPW entries from ePUAP").isEqualTo(status.getInt("queued"));
    }

    private String url() {
        return "http://localhost:" + (8080 + offset) + "/";
    }

    private void seed(String sender, byte[] document) throws Exception {
        String query = "adresSkrytki=" + enc(ADRES) + "&senderId=" + enc("id-" + sender) + "&senderName=" + enc(sender)
                + "&fileName=pismo.xml";
        var reply = HTTP.send(HttpRequest.newBuilder(URI.create(url() + "epuap-sim/seed?" + query))
                .POST(HttpRequest.BodyPublishers.ofByteArray(document)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);
    }

    private JsonObject status() {
        return json(null, "epuap-sim/status?adresSkrytki=" + enc(ADRES));
    }

    private JsonObject counts() {
        return get("admin", "api/v1/epuap/counts");
    }

    private JsonObject get(String user, String path) {
        return json(user, path);
    }

    private JsonObject json(String user, String path) {
        try {
            var request = HttpRequest.newBuilder(URI.create(url() + path)).header("Accept", "application/json").GET();
            if (user != null) {
                request.header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + Ezd.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
            }
            var reply = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(reply.statusCode()).as(path + " → " + reply.body()).isEqualTo(200);
            return Json.createReader(new StringReader(reply.body())).readObject();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("not within 3 minutes");
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
