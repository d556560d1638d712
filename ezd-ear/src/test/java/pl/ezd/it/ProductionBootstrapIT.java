package pl.ezd.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A production first start: no demo data, and the first regional administrator created from the
 * environment, who can then log in; nobody else can.
 */
class ProductionBootstrapIT {

    private static final String ADMIN = "operator.regionu";
    private static final String PASSWORD = "Pierwsze-Haslo-2026";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static ServerProcess server;

    @BeforeAll
    static void firstStart() throws Exception {
        server = ServerProcess.start("bootstrap-server", Integer.getInteger("ezd.bootstrap-port-offset", 500), Map.of(
                "EZD_DEMO_DATA", "false",
                "EZD_BOOTSTRAP_ADMIN_USERNAME", ADMIN,
                "EZD_BOOTSTRAP_ADMIN_PASSWORD", PASSWORD,
                "EZD_BOOTSTRAP_REGION_NAME", "Urząd Marszałkowski Województwa Kujawsko-Pomorskiego"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private static HttpResponse<String> me(String user, String password) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.url + "api/v1/me"))
                        .header("Authorization", "Basic " + Base64.getEncoder()
                                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                        .GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void theFirstRegionalAdministratorComesFromTheEnvironment() throws Exception {
        var reply = me(ADMIN, PASSWORD);
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        var me = Json.createReader(new StringReader(reply.body())).readObject();
        assertThat(me.getJsonArray("roles").getString(0)).isEqualTo("REGION_ADMIN");
        assertThat(me.getString("organizationName")).isEqualTo("Urząd Marszałkowski Województwa Kujawsko-Pomorskiego");
    }

    @Test
    void thereIsNoDemoDataInProduction() throws Exception {
        assertThat(me("kancelaria", Ezd.DEMO_PASSWORD).statusCode()).isEqualTo(401);
        assertThat(me(ADMIN, "zle-haslo").statusCode()).isEqualTo(401);
    }
}
