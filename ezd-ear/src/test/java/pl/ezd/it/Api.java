package pl.ezd.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

/** A caller of the JSON API with their own credentials (users made by the tests, not the demo users). */
record Api(String user, String password) {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    static Api demo(String user) {
        return new Api(user, Ezd.DEMO_PASSWORD);
    }

    /** A short random suffix so names and logins made by one run never clash with another's. */
    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    Ezd.Reply get(String path) {
        return send("GET", path, null);
    }

    Ezd.Reply post(String path, String json) {
        return send("POST", path, json);
    }

    Ezd.Reply put(String path, String json) {
        return send("PUT", path, json);
    }

    Ezd.Reply delete(String path) {
        return send("DELETE", path, null);
    }

    /** The JSON object of a reply that must have the expected status. */
    JsonObject expect(int status, Ezd.Reply reply) {
        if (reply.status() != status) {
            throw new AssertionError("expected " + status + " but got " + reply.status() + ": " + reply.body());
        }
        return reply.json() instanceof JsonObject object ? object : null;
    }

    /** Uploads raw bytes named by Content-Disposition (documents and their versions). */
    Ezd.Reply upload(String path, String fileName, byte[] content) {
        var request = HttpRequest.newBuilder(URI.create(Ezd.URL + path))
                .header("Accept", "application/json")
                .header("Content-Type", "application/octet-stream")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .POST(HttpRequest.BodyPublishers.ofByteArray(content));
        return exchange(request);
    }

    Ezd.Reply send(String method, String path, String json) {
        var request = HttpRequest.newBuilder(URI.create(Ezd.URL + path))
                .header("Accept", "application/json, */*;q=0.5")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return exchange(request);
    }

    private Ezd.Reply exchange(HttpRequest.Builder request) {
        request.timeout(Duration.ofSeconds(30));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String body = response.body();
            boolean isJson = response.headers().firstValue("Content-Type").orElse("").contains("json") && !body.isBlank();
            return new Ezd.Reply(response.statusCode(), isJson ? Json.createReader(new StringReader(body)).read() : null, body);
        } catch (IOException e) {
            throw new IllegalStateException("EZD at " + Ezd.URL + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
