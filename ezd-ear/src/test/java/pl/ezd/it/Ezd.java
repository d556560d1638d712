package pl.ezd.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** The EZD under test, as the in-container tests reach it: over real HTTP on the provisioned server. */
final class Ezd {

    static final String URL = System.getProperty("ezd.url", "http://localhost:8180/");
    static final String MANAGEMENT_URL = System.getProperty("ezd.management-url", "http://localhost:10090/");
    /** The demo users' password (README). */
    static final String DEMO_PASSWORD = "Demo2026!";

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private Ezd() {
    }

    /** A JSON response: status and parsed body (null when empty). */
    record Reply(int status, JsonStructure json, String body) {
        JsonObject object() {
            return (JsonObject) json;
        }
    }

    static Reply get(String user, String path) {
        return send(user, HttpRequest.newBuilder(URI.create(URL + path)).GET());
    }

    static Reply post(String user, String path, String json) {
        return send(user, HttpRequest.newBuilder(URI.create(URL + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    static Reply put(String user, String path, String contentType, byte[] content) {
        return send(user, HttpRequest.newBuilder(URI.create(URL + path))
                .header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    /** Uploads {@code content} as the raw request body, named by Content-Disposition. */
    static Reply upload(String user, String path, String fileName, byte[] content) {
        return send(user, HttpRequest.newBuilder(URI.create(URL + path))
                .header("Content-Type", "application/octet-stream")
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + java.net.URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    /** A binary response: status, Content-Type and body. */
    record Download(int status, String contentType, byte[] body) {
    }

    static Download download(String user, String path) {
        return download(user, path, "*/*");
    }

    /** A binary response to a GET that asks for {@code accept}. */
    static Download download(String user, String path, String accept) {
        String credentials = user + ":" + DEMO_PASSWORD;
        var request = HttpRequest.newBuilder(URI.create(URL + path)).GET()
                .header("Accept", accept)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(30)).build();
        try {
            HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("EZD at " + URL + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Reply management(String path) {
        return send(null, HttpRequest.newBuilder(URI.create(MANAGEMENT_URL + path)).GET());
    }

    static Reply send(String user, HttpRequest.Builder request) {
        if (user != null) {
            String credentials = user + ":" + DEMO_PASSWORD;
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        request.header("Accept", "application/json").timeout(Duration.ofSeconds(30));
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String body = response.body();
            boolean json = response.headers().firstValue("Content-Type").orElse("").contains("json") && !body.isBlank();
            return new Reply(response.statusCode(), json ? Json.createReader(new StringReader(body)).read() : null, body);
        } catch (IOException e) {
            throw new IllegalStateException("EZD at " + URL + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A complete registration of an ordinary letter received today, as the registry enters it. */
    static String letter(String title, String sender) {
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Warsaw")).toString();
        return "{\"title\":" + quote(title) + ",\"sender\":" + quote(sender)
                + ",\"senderAddress\":{\"postcode\":\"87-720\",\"town\":\"Ciechocinek\",\"street\":\"Zdrojowa\",\"building\":\"1\"}"
                + ",\"dateOnLetter\":\"" + today + "\",\"receivedOn\":\"" + today + "\""
                + ",\"access\":\"PUBLIC\",\"dcmiType\":\"Text\",\"deliveryMethod\":\"ORDINARY_LETTER\",\"attachmentsCount\":0}";
    }

    static String quote(String text) {
        return Json.createValue(text).toString();
    }
}
