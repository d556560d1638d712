package pl.ezd.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Nothing typed is lost and long operations show that they run (docs/screens.md, "Sessions and
 * long operations"), in headless Chromium through the screens: a registration typed, the session
 * gone (its cookie deleted, as after half an hour away from the desk), "Zarejestruj" → the page
 * says the session expired and keeps the text → log in → back on the form with everything typed;
 * a post to an expired page comes back to the same page with a Polish message; the warning before
 * the session expires extends it; a field error is shown once, beside its field (not repeated by
 * the growl) while general errors still show; the CSV export of
 * the register shows its progress, cannot be started twice and delivers the file.
 */
class SessionUiIT {

    private static final String TODAY = LocalDate.now(ZoneId.of("Europe/Warsaw")).toString();

    private Browser person;
    private ChromeDriver browser;
    private RegistryDeskPage desk;

    @BeforeEach
    void openBrowser() {
        person = new Browser("session");
        browser = person.driver;
        desk = new RegistryDeskPage(person);
    }

    @RegisterExtension
    final AfterTestExecutionCallback keepThePageOfAFailure = context -> {
        if (context.getExecutionException().isPresent() && browser != null) {
            String name = "failed-" + context.getRequiredTestMethod().getName();
            person.screenshot(name);
            Files.writeString(Browser.SCREENSHOTS.resolve("session-" + name + ".html"), browser.getPageSource());
        }
    };

    @AfterEach
    void closeBrowser() {
        if (person != null) {
            person.close();
        }
    }

    @Test
    void aRegistrationTypedWhenTheSessionExpiredComesBackAfterTheLogin() throws Exception {
        String title = marker("Wniosek o przydział lokalu socjalnego");
        String notes = "Wnioskodawczyni prosi o kontakt telefoniczny po 15:00; oryginał w segregatorze B.";
        person.logIn("kancelaria");
        desk.open().type("title", title).type("date-on-letter", TODAY).sender("Halina Przykładowa")
                .type("sender-street", "Zdrojowa").type("sender-town", "Ciechocinek").type("notes", notes);
        person.choose("register-form:delivery-method", "list polecony");
        // kept in this tab's session storage while typed (no password or file is ever kept)
        person.waitFor(d -> title.equals(keptValue("register-form:title")) && notes.equals(keptValue("register-form:notes"))
                && "REGISTERED_LETTER".equals(keptValue("register-form:delivery-method_input")), "typed-values-kept");

        // half an hour away from the desk: the server no longer knows the session
        browser.manage().deleteCookieNamed("JSESSIONID");
        browser.findElement(RegistryDeskPage.field("register")).click();

        WebElement expired = person.visible(By.id("ezd-session-expired"), "session-expired-dialog");
        assertThat(expired.getText()).contains("Sesja wygasła").contains("zachowane w tej przeglądarce");
        assertThat(desk.value("title")).as("nothing typed is lost on the page").isEqualTo(title);
        assertThat(browser.findElements(By.id("registered-rpw"))).isEmpty();
        person.screenshot("expired-dialog");

        browser.findElement(By.id("ezd-session-login")).click();
        logInOnTheShownForm("kancelaria");

        // back on the same form, with what was typed
        person.waitFor(ExpectedConditions.urlContains("registry/register.xhtml"), "back-on-the-form");
        WebElement restored = person.visible(By.id("register-form-restored"), "restored-notice");
        assertThat(restored.getText()).contains("Przywrócono niezapisane dane");
        assertThat(desk.value("title")).isEqualTo(title);
        assertThat(desk.value("notes")).isEqualTo(notes);
        assertThat(desk.value("sender_input")).isEqualTo("Halina Przykładowa");
        assertThat(desk.value("sender-street")).isEqualTo("Zdrojowa");
        assertThat(desk.value("sender-town")).isEqualTo("Ciechocinek");
        assertThat(browser.findElement(By.id("register-form:delivery-method_label")).getText()).isEqualTo("list polecony");
        assertThat(Ezd.get("kancelaria", "api/v1/incoming-items?text=" + encode(title)).object().getJsonNumber("total").longValue())
                .as("nothing was registered while the session was gone").isZero();
        person.screenshot("restored-after-login");

        // the files waited in the old session: added again, and saved
        desk.attach(pdfFile("wniosek-lokal.pdf", "Wniosek o przydzial lokalu")).register();
        String rpw = desk.registeredRpw();
        assertThat(rpw).isNotBlank();
        var page = Ezd.get("kancelaria", "api/v1/incoming-items?text=" + encode(title)).object();
        assertThat(page.getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(page.getJsonArray("items").getJsonObject(0).getJsonObject("metadata").getString("deliveryMethod")).isEqualTo("REGISTERED_LETTER");

        // saved: nothing is kept any more, the next letter starts on an empty form
        person.waitFor(d -> browser.executeScript("return ezdSession.draft('register-form')") == null, "kept-values-dropped");
        desk.open();
        assertThat(desk.value("title")).isEmpty();
        assertThat(browser.findElements(By.id("register-form-restored"))).isEmpty();
    }

    @Test
    void aPostToAnExpiredPageComesBackToTheSamePageWithAPolishMessageAndTheTypedValues() {
        String title = marker("Skarga na oświetlenie ulicy");
        person.logIn("kancelaria");
        desk.open().type("title", title).type("sender-town", "Ciechocinek");
        person.waitFor(d -> title.equals(keptValue("register-form:title")), "typed-values-kept");
        // the server no longer holds this page's view (open too long, or the server restarted)
        browser.executeScript("document.querySelectorAll('input[name=\"jakarta.faces.ViewState\"]')"
                + ".forEach(function (i) { i.value = '-1:-1'; });");
        browser.findElement(RegistryDeskPage.field("register")).click();

        person.waitFor(d -> d.findElement(By.tagName("main")).getText().contains("straciła ważność"), "view-expired-message");
        assertThat(browser.getCurrentUrl()).contains("registry/register.xhtml");
        person.visible(By.id("register-form-restored"), "restored-notice");
        assertThat(desk.value("title")).isEqualTo(title);
        assertThat(desk.value("sender-town")).isEqualTo("Ciechocinek");
        assertThat(shownMessages()).as("a message, not an error page").anyMatch(m -> m.startsWith("Strona była otwarta zbyt długo"));
        person.screenshot("view-expired");

        // dropping what was restored leaves the form as the server showed it
        person.press(By.id("register-form-discard-restored"), "discard-restored");
        assertThat(desk.value("title")).isEmpty();
        assertThat(browser.executeScript("return ezdSession.draft('register-form')")).isNull();
    }

    @Test
    void aDialogsTextTypedWhenTheSessionExpiredIsInTheDialogAgainAfterTheLogin() {
        String title = marker("Sprawa o wycinkę drzew przy ul. Lipowej");
        String description = "Opis: trzy lipy, wniosek wspólnoty, oględziny w przyszłym tygodniu.";
        person.logIn("referent");
        person.open("cases/mine.xhtml");
        person.find("mine-form:cases");
        browser.findElement(By.id("mine-form:open-case")).click();
        person.type("open-form:open-title", title);
        person.type("open-form:open-description", description);
        person.waitFor(d -> description.equals(browser.executeScript(
                "var d = ezdSession.draft('open-form'); return d ? d.values['open-form:open-description'] : null;")), "dialog-text-kept");

        browser.manage().deleteCookieNamed("JSESSIONID");
        browser.findElement(By.id("open-form:open-submit")).click();
        person.visible(By.id("ezd-session-expired"), "session-expired-dialog");
        browser.findElement(By.id("ezd-session-login")).click();
        logInOnTheShownForm("referent");
        person.waitFor(ExpectedConditions.urlContains("cases/mine.xhtml"), "back-on-my-cases");

        // the dialog is filled by the server when it opens; what was typed is put back into it
        browser.findElement(By.id("mine-form:open-case")).click();
        person.visible(By.id("open-form-restored"), "restored-in-dialog");
        assertThat(browser.findElement(By.id("open-form:open-title")).getDomProperty("value")).isEqualTo(title);
        assertThat(browser.findElement(By.id("open-form:open-description")).getDomProperty("value")).isEqualTo(description);
        person.screenshot("dialog-restored");

        // logging out drops everything kept: the next person at this desk sees nothing of it
        browser.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ESCAPE);
        person.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("open-dialog")), "dialog-closed");
        person.click(By.id("session-form:logout"), "logout");
        person.visible(By.id("j_username"), "logged-out");
        assertThat(browser.executeScript("return Object.keys(sessionStorage).filter(function (k) {"
                + " return k.indexOf('ezd.typed|referent|') === 0; }).length")).isEqualTo(0L);
    }

    @Test
    void theWarningBeforeTheSessionExpiresExtendsItAndAnEndedSessionIsSaidSo() {
        person.logIn("referent");
        person.open("cases/mine.xhtml");
        person.find("mine-form:cases");
        long timeout = Long.parseLong(browser.findElement(By.id("ezd-session")).getDomAttribute("data-timeout"));
        assertThat(timeout).as("the session's inactivity limit (web.xml)").isEqualTo(1800);

        // a minute before the end, nobody at the desk
        browser.executeScript("ezdSession.idleFor(arguments[0])", timeout - 60);
        WebElement warning = person.visible(By.id("ezd-session-warning"), "session-warning");
        assertThat(warning.getText()).contains("Sesja wkrótce wygaśnie").contains("za około 1 min");
        assertThat(browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo("ezd-session-extend");
        person.screenshot("session-warning");
        browser.switchTo().activeElement().click();
        person.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("ezd-session-warning")), "warning-closed");
        person.waitFor(ExpectedConditions.textToBe(By.id("ezd-announcer"), "Sesja przedłużona."), "extended-announced");

        // the server has ended it: the page says so instead of failing on the next click
        browser.manage().deleteCookieNamed("JSESSIONID");
        browser.executeScript("ezdSession.idleFor(arguments[0])", timeout - 60);
        person.visible(By.id("ezd-session-warning"), "session-warning-again");
        browser.findElement(By.id("ezd-session-extend")).click();
        person.visible(By.id("ezd-session-expired"), "session-expired-dialog");
    }

    @Test
    void aFieldErrorIsShownOnceBesideItsFieldAndAGeneralErrorStillShows() {
        person.logIn("kancelaria");
        desk.open().type("title", marker("Pismo bez miejscowości")).type("date-on-letter", TODAY).sender("Jan Bezadresowy");
        desk.register();

        String townError = desk.errorAt("sender-town");
        assertThat(townError).contains("Miejscowość nadawcy jest wymagana");
        assertThat(person.growl()).as("the growl does not repeat field errors").doesNotContain("Miejscowość nadawcy");
        assertThat(desk.formErrors()).as("the general error of the form").contains("nie została zarejestrowana");
        List<String> messages = shownMessages();
        assertThat(messages.stream().filter(m -> m.contains("Miejscowość nadawcy jest wymagana"))).hasSize(1);
        assertThat(messages.stream().filter(m -> m.contains("nie została zarejestrowana"))).isNotEmpty();
        person.screenshot("field-error-once");

        // a general error on a page whose form has no message list of its own is shown by the growl
        person.logIn("referent");
        person.open("cases/mine.xhtml");
        person.find("mine-form:cases");
        browser.findElement(By.id("mine-form:open-case")).click();
        person.type("open-form:open-title", marker("Sprawa bez klasy JRWA"));
        browser.findElement(By.id("open-form:open-submit")).click();
        person.waitForText("growl_container", "Wybierz klasę końcową JRWA");
        assertThat(shownMessages().stream().filter(m -> m.contains("Wybierz klasę końcową JRWA"))).hasSize(1);
    }

    @Test
    void theRegisterExportShowsItsProgressCannotRunTwiceAndDeliversTheFile() throws Exception {
        Path downloads = Files.createDirectories(Path.of("target/downloads-session"));
        try (Stream<Path> old = Files.list(downloads)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        person.logIn("kancelaria");
        browser.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
        person.open("registry/incoming.xhtml");
        person.find("incoming-form:items");

        WebElement csv = browser.findElement(By.id("incoming-form:export-csv"));
        csv.click();
        person.waitFor(d -> d.findElement(By.id("ezd-busy")).isDisplayed(), "busy-overlay");
        assertThat(browser.findElement(By.id("ezd-busy-text")).getText()).contains("Trwa przygotowywanie pliku");
        person.waitFor(d -> "true".equals(csv.getDomProperty("disabled")), "export-button-disabled");
        person.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("ezd-announcer"), "Trwa przygotowywanie pliku"),
                "busy-announced");
        // a second press while it runs starts nothing
        browser.executeScript("arguments[0].click();", csv);

        person.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("ezd-busy")), "busy-overlay-gone");
        person.waitFor(ExpectedConditions.textToBe(By.id("ezd-announcer"), "Plik jest gotowy."), "done-announced");
        assertThat(csv.getDomProperty("disabled")).isEqualTo("false");
        person.waitFor(d -> csvFiles(downloads).size() == 1, "csv-downloaded");
        Thread.sleep(1500);
        List<Path> files = csvFiles(downloads);
        assertThat(files).as("one export, not two").hasSize(1);
        String content = Files.readString(files.get(0), StandardCharsets.UTF_8);
        assertThat(content).startsWith("\uFEFF").contains(";");
    }

    private static List<Path> csvFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".csv")).toList();
        } catch (java.io.IOException e) {
            return List.of();
        }
    }

    /** The texts of every message the page shows: growl, message lists, messages beside fields. */
    private List<String> shownMessages() {
        List<String> texts = new ArrayList<>();
        for (WebElement message : browser.findElements(By.cssSelector(
                ".ui-growl-item .ui-growl-title, .ui-messages li, .ui-message"))) {
            if (message.isDisplayed() && !message.getText().isBlank()) {
                texts.add(message.getText().trim());
            }
        }
        return texts;
    }

    private String keptValue(String field) {
        Object value = browser.executeScript(
                "var d = ezdSession.draft('register-form'); return d ? d.values[arguments[0]] : null;", field);
        return value == null ? null : value.toString();
    }

    /** Logs in on the login form the application is showing now (not a fresh start as {@link Browser#logIn}). */
    private void logInOnTheShownForm(String user) {
        person.visible(By.id("j_username"), "login-form-again").sendKeys(user);
        browser.findElement(By.id("j_password")).sendKeys(Ezd.DEMO_PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        person.visible(By.id("user-name"), "logged-in-again");
    }

    private static Path pdfFile(String name, String line) throws Exception {
        Path dir = Files.createDirectories(Path.of("target/it-uploads"));
        return Files.write(dir.resolve(name), OfficePki.pdf(line));
    }

    private static String marker(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
