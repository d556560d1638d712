package pl.ezd.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Form login through Elytron against the EZD's own users (bcrypt hashes in our tables). */
class LoginIT {

    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(Ezd.URL + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> logIn(String user, String password) throws Exception {
        String form = "j_username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&j_password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return browser.send(HttpRequest.newBuilder(URI.create(Ezd.URL + "j_security_check"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void aClerkLogsInWithTheFormAndLandsInTheirInbox() throws Exception {
        var loginPage = get("workflow/inbox.xhtml");
        assertThat(loginPage.body()).contains("j_security_check").doesNotContain("Jan Kowalski");

        var inbox = logIn("referent", Ezd.DEMO_PASSWORD);

        assertThat(inbox.statusCode()).isEqualTo(200);
        assertThat(inbox.body()).contains("Skrzynka zadań", "Jan Kowalski", "Urząd Miejski w Ciechocinku");
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessageAndNoSession() throws Exception {
        var refused = logIn("referent", "not-the-password");

        assertThat(refused.body()).contains("Nieprawidłowa nazwa użytkownika lub hasło");
        assertThat(get("workflow/inbox.xhtml").body()).contains("j_security_check").doesNotContain("Jan Kowalski");
    }

    @Test
    void theApiRefusesWrongCredentials() throws Exception {
        var reply = browser.send(HttpRequest.newBuilder(URI.create(Ezd.URL + "api/v1/me"))
                        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("referent:zle-haslo".getBytes(StandardCharsets.UTF_8)))
                        .GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(reply.statusCode()).isEqualTo(401);
    }
}
