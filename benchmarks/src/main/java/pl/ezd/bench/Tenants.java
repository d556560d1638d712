package pl.ezd.bench;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The organisations of the benchmark, set up as a real region is: the regional administrator
 * creates each gmina with its first administrator (over the API, with a real TERC code of the
 * region's register), who then adds a registry clerk with a REGISTRY post. Returns one clerk per
 * organisation; the load spreads over all of them.
 */
final class Tenants {

    record Clerk(long organizationId, String username, String password) {
    }

    static final String ADMIN_PASSWORD = "Bench-Admin-2026!";
    static final String CLERK_PASSWORD = "Bench-Kanc-2026!";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Tenants() {
    }

    static List<Clerk> prepare(Server server, int organizations) throws Exception {
        List<Clerk> clerks = new ArrayList<>();
        if (organizations == 0) {
            clerks.add(new Clerk(0, "kancelaria", "Demo2026!"));
            return clerks;
        }
        List<String[]> gminy = gminy();
        for (int i = 0; i < organizations; i++) {
            String[] gmina = gminy.get(i % gminy.size());
            String name = "Urząd Gminy " + gmina[1] + (i < gminy.size() ? "" : " " + (i / gminy.size() + 1));
            String admin = "admin.g" + i;
            JsonObject created = send(server, Server.REGION_ADMIN, Server.REGION_ADMIN_PASSWORD, "POST", "api/v1/organizations",
                    Json.createObjectBuilder().add("kind", "GMINA").add("name", name).add("teryt", gmina[0])
                            .add("unitSymbol", "OR").add("unitName", "Referat Organizacyjny")
                            .add("admin", Json.createObjectBuilder().add("firstName", "Administrator").add("lastName", "Gminy")
                                    .add("username", admin).add("password", ADMIN_PASSWORD)).build(), 201).asJsonObject();
            long organizationId = created.getJsonNumber("id").longValue();
            JsonArray units = send(server, admin, ADMIN_PASSWORD, "GET", "api/v1/admin/units", null, 200).asJsonArray();
            long unitId = units.getJsonObject(0).getJsonNumber("id").longValue();
            String clerk = "kancelaria.g" + i;
            send(server, admin, ADMIN_PASSWORD, "POST", "api/v1/admin/employees",
                    Json.createObjectBuilder().add("firstName", "Kancelaria").add("lastName", "Gminy " + i)
                            .add("username", clerk).add("password", CLERK_PASSWORD)
                            .add("post", Json.createObjectBuilder().add("unitId", unitId).add("title", "Kancelaria")
                                    .add("roles", Json.createArrayBuilder().add("REGISTRY"))).build(), 201);
            clerks.add(new Clerk(organizationId, clerk, CLERK_PASSWORD));
        }
        System.out.println("[setup] " + organizations + " organisations, each with its own registry clerk");
        return clerks;
    }

    /** TERC code and name of every gmina of the region's register that the EZD ships. */
    private static List<String[]> gminy() throws IOException {
        Path register = Path.of(System.getProperty("bench.terc-file",
                "ezd-ejb/src/main/resources/teryt/teryt-terc-kujawsko-pomorskie-2024-01-01.csv"));
        List<String[]> gminy = new ArrayList<>();
        for (String line : Files.readAllLines(register, StandardCharsets.UTF_8)) {
            String[] columns = line.split(",", -1);
            // gminy miejskie, wiejskie and miejsko-wiejskie (RODZ 1-3), not their urban/rural parts
            if (columns[0].length() == 7 && List.of("1", "2", "3").contains(columns[4])) {
                gminy.add(new String[] {columns[0], columns[5]});
            }
        }
        return gminy;
    }

    private static JsonValue send(Server server, String user, String password, String method, String path, JsonObject body,
                                  int expected) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(server.url + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(60));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " as " + user + " answered " + response.statusCode() + ": " + response.body());
        }
        return Json.createReader(new StringReader(response.body())).readValue();
    }
}
