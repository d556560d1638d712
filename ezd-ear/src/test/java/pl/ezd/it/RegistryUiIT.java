package pl.ezd.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The registry office in headless Chromium, through the screens only: a letter with a PDF is
 * registered (previewed first), gets its RPW number and label and is found in the incoming register;
 * a refused registration keeps everything typed; the register filters in the database; a signed
 * letter of a case is dispatched from the queue into the outgoing register and the postal book.
 */
class RegistryUiIT {

    private static final String TODAY = LocalDate.now(ZoneId.of("Europe/Warsaw")).toString();
    private Browser person;
    private ChromeDriver browser;
    private WebDriverWait wait;
    private RegistryDeskPage desk;

    @BeforeAll
    static void theOfficeHasASeal() throws Exception {
        // the dispatch queue needs a signed letter: the head seals it with the office's seal (as CaseCirculationIT does)
        long organizationId = Ezd.get("kierownik", "api/v1/me").object().getJsonNumber("organizationId").longValue();
        Path sealDir = Files.createDirectories(Path.of(System.getProperty("ezd.seal-dir", "target/it-seals")));
        Path seal = sealDir.resolve("seal-" + organizationId + ".p12");
        if (!Files.exists(seal)) {
            var ca = OfficePki.ca("CN=Centrum Certyfikacji Urzędu (test kancelarii), O=EZD, C=PL");
            var issued = OfficePki.issue(ca, "CN=Urząd Miejski w Ciechocinku, O=Urząd Miejski w Ciechocinku, C=PL");
            Files.write(seal, OfficePki.pkcs12(issued, ca, "seal-test-only".toCharArray()));
        }
    }

    @BeforeEach
    void openBrowser() {
        person = new Browser();
        browser = person.driver;
        wait = person.waiting();
        desk = new RegistryDeskPage(person);
    }

    /** A failed test leaves the page it was on (screenshot and HTML) in target/screenshots. */
    @RegisterExtension
    final AfterTestExecutionCallback keepThePageOfAFailure = context -> {
        if (context.getExecutionException().isPresent() && browser != null) {
            String name = "failed-" + context.getRequiredTestMethod().getName();
            screenshot(name);
            Files.writeString(Browser.SCREENSHOTS.resolve(name + ".html"), browser.getPageSource());
        }
    };

    @AfterEach
    void closeBrowser() {
        if (person != null) {
            person.close();
        }
    }

    private void screenshot(String name) {
        person.screenshot(name);
    }

    /** Keeps what the browser showed when a step did not happen. */
    private <T> T waitFor(java.util.function.Function<org.openqa.selenium.WebDriver, T> condition, String what) {
        return person.waitFor(condition, what);
    }

    private static Path pdfFile(String name, String line) throws Exception {
        Path dir = Files.createDirectories(Path.of("target/it-uploads"));
        return Files.write(dir.resolve(name), OfficePki.pdf(line));
    }

    private static String marker(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    private List<WebElement> registerRows() {
        return browser.findElements(By.cssSelector("#incoming-form\\:items_data tr[data-ri]"));
    }

    private static JsonObject onlyItem(String text) {
        var page = Ezd.get("kancelaria", "api/v1/incoming-items?text=" + java.net.URLEncoder.encode(text, StandardCharsets.UTF_8)).object();
        assertThat(page.getJsonNumber("total").longValue()).as("items with " + text).isEqualTo(1);
        return page.getJsonArray("items").getJsonObject(0);
    }

    @Test
    void theRegistryClerkRegistersALetterWithAPdfAndFindsItInTheRegisterWithItsNumberAndLabel() throws Exception {
        String title = marker("Wniosek o wycinkę lipy");
        Path scan = pdfFile("wniosek-wycinka.pdf", "Wniosek o wycinke lipy przy ul. Zdrojowej");
        person.logIn("kancelaria");

        desk.open();
        screenshot("10-registry-register-empty");
        desk.type("title", title).type("date-on-letter", TODAY).type("sender-reference", "ZN/12/2026")
                .sender("Zofia Nowicka").type("sender-street", "Zdrojowa").type("sender-building", "7")
                .type("sender-postcode", "87-720").type("sender-town", "Ciechocinek")
                .attach(scan);
        assertThat(desk.pendingFiles()).containsExactly("wniosek-wycinka.pdf");
        String preview = desk.preview(0);
        assertThat(preview).contains("/registry/preview/");
        screenshot("11-registry-register-filled");

        desk.register();
        String rpw = desk.registeredRpw();
        assertThat(rpw).matches("RPW/\\d+/\\d{4}");
        assertThat(desk.formErrors()).isEmpty();
        assertThat(browser.findElement(By.id("growl_container")).getText()).contains("zarejestrowana pod numerem " + rpw);
        screenshot("12-registry-registered");

        // the label in one click: the label's PDF goes to the printer
        String label = desk.printLabel();
        JsonObject item = onlyItem(rpw);
        assertThat(label).endsWith("/api/v1/incoming-items/" + item.getInt("id") + "/label");
        var pdf = Ezd.download("kancelaria", "api/v1/incoming-items/" + item.getInt("id") + "/label");
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        // all of it saved together: the metadata and the letter's file
        assertThat(item.getString("title")).isEqualTo(title);
        assertThat(item.getJsonObject("metadata").getString("senderReference")).isEqualTo("ZN/12/2026");
        var files = Ezd.get("kancelaria", "api/v1/incoming-items/" + item.getInt("id") + "/documents").json().asJsonArray();
        assertThat(files).hasSize(1);
        assertThat(files.getJsonObject(0).getString("kind")).isEqualTo("LETTER");

        // in the incoming register with its number, and its detail page shows the file and the status
        browser.findElement(By.id("nav-incoming")).click();
        browser.findElement(By.id("incoming-form:filter-text")).sendKeys(title);
        browser.findElement(By.id("incoming-form:apply-filter")).click();
        WebElement row = waitFor(d -> registerRows().size() == 1 && registerRows().get(0).getText().contains(title)
                ? registerRows().get(0) : null, "register-" + rpw);
        assertThat(row.getText()).contains(rpw, "Zofia Nowicka", "Ciechocinek", "list zwykły");
        screenshot("13-registry-incoming-register");
        row.findElement(By.linkText(rpw)).click();
        waitFor(ExpectedConditions.textToBe(By.id("item-rpw"), rpw), "item-" + rpw);
        assertThat(browser.findElement(By.id("item-title")).getText()).isEqualTo(title);
        assertThat(browser.findElement(By.id("item-files")).getText()).contains("wniosek-wycinka.pdf");
        assertThat(browser.findElement(By.id("item-sender")).getText()).contains("Zofia Nowicka", "Zdrojowa 7", "87-720 Ciechocinek");
        screenshot("14-registry-item");

        // the next letter from the same sender: picked from earlier senders, the address comes with it
        desk.open().pickEarlierSender("Zofia Now", "Zofia Nowicka");
        waitFor(d -> "Ciechocinek".equals(desk.value("sender-town")), "earlier-sender-address");
        assertThat(desk.value("sender-street")).isEqualTo("Zdrojowa");
        assertThat(desk.value("sender-postcode")).isEqualTo("87-720");
    }

    @Test
    void aRefusedRegistrationKeepsEverythingTypedAndShowsEachErrorBesideItsField() throws Exception {
        String title = marker("Skarga na hałas");
        Path scan = pdfFile("skarga.pdf", "Skarga na halas z budowy");
        person.logIn("kancelaria");

        desk.open().type("title", title).sender("Wspólnota Mieszkaniowa Lipowa 5").type("date-on-letter", "jutro")
                .type("sender-postcode", "87720").type("notes", "Pilne – dzwonili dwa razy").attach(scan);
        desk.register();

        assertThat(desk.errorAt("sender-town")).contains("Miejscowość nadawcy jest wymagana");
        assertThat(desk.errorAt("date-on-letter")).contains("Nieprawidłowa data „jutro”");
        assertThat(desk.errorAt("sender-postcode")).contains("00-000");
        assertThat(desk.errorAt("title")).isEmpty();
        assertThat(browser.findElement(RegistryDeskPage.field("sender-town")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(desk.formErrors()).contains("nie została zarejestrowana");
        // nothing typed is lost, the file is still there, and nothing was stored
        assertThat(desk.value("title")).isEqualTo(title);
        assertThat(desk.value("sender_input")).isEqualTo("Wspólnota Mieszkaniowa Lipowa 5");
        assertThat(desk.value("date-on-letter")).isEqualTo("jutro");
        assertThat(desk.value("notes")).isEqualTo("Pilne – dzwonili dwa razy");
        assertThat(desk.pendingFiles()).containsExactly("skarga.pdf");
        assertThat(browser.findElements(By.id("registered-rpw"))).isEmpty();
        assertThat(Ezd.get("kancelaria", "api/v1/incoming-items?text=" + java.net.URLEncoder.encode(title, StandardCharsets.UTF_8))
                .object().getJsonNumber("total").longValue()).isZero();
        screenshot("15-registry-validation-errors");

        // corrected where it was wrong: registered with the file
        desk.type("date-on-letter", TODAY).type("sender-postcode", "87-720").type("sender-town", "Ciechocinek").register();
        String rpw = desk.registeredRpw();
        assertThat(onlyItem(title).getString("rpwNumber")).isEqualTo(rpw);
        assertThat(Ezd.get("kancelaria", "api/v1/incoming-items/" + onlyItem(title).getInt("id") + "/documents").json().asJsonArray())
                .hasSize(1);
    }

    @Test
    void theRegisterFiltersByTextChannelAndDateAndPrintsWhatItShows() throws Exception {
        String marker = marker("Filtr");
        assertThat(Ezd.post("kancelaria", "api/v1/incoming-items", Ezd.letter(marker + " zwykły list", "Adam Zwykły")).status()).isEqualTo(201);
        assertThat(Ezd.post("kancelaria", "api/v1/incoming-items", Ezd.letter(marker + " polecony", "Beata Polecona")
                .replace("ORDINARY_LETTER", "REGISTERED_LETTER")).status()).isEqualTo(201);
        person.logIn("kancelaria");
        browser.findElement(By.id("nav-incoming")).click();

        browser.findElement(By.id("incoming-form:filter-text")).sendKeys(marker);
        browser.findElement(By.id("incoming-form:apply-filter")).click();
        waitFor(d -> registerRows().size() == 2 && registerRows().stream().allMatch(r -> r.getText().contains(marker)), "filter-text");

        // by keyboard: all, ordinary letter, registered letter
        browser.findElement(By.id("incoming-form:filter-channel_label")).sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
        waitFor(ExpectedConditions.textToBe(By.id("incoming-form:filter-channel_label"), "list polecony"), "channel-chosen");
        browser.findElement(By.id("incoming-form:apply-filter")).click();
        waitFor(d -> registerRows().size() == 1 && registerRows().get(0).getText().contains("Beata Polecona"), "filter-channel");
        screenshot("16-registry-register-filtered");

        // received tomorrow: nothing (the filter runs in the database, with the dates)
        String tomorrow = LocalDate.parse(TODAY).plusDays(1).toString();
        browser.findElement(By.id("incoming-form:filter-from")).sendKeys(tomorrow);
        browser.findElement(By.id("incoming-form:apply-filter")).click();
        waitFor(d -> !d.findElements(By.cssSelector("#incoming-form\\:items_data tr.ui-datatable-empty-message")).isEmpty(), "filter-date");

        // the same filters print as PDF through the API the screen's button uses
        var pdf = Ezd.download("kancelaria", "api/v1/incoming-items/export.pdf?text=" + marker + "&channel=REGISTERED_LETTER", "application/pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(Ezd.download("referent", "api/v1/incoming-items/export.pdf", "application/pdf").status())
                .as("a clerk does not print the register").isEqualTo(403);
    }

    @Test
    void anotherOfficeReachesNoneOfItByChangingTheIdInTheAddress() throws Exception {
        String sender = marker("Nadawca Ciechocinka");
        var registered = Ezd.post("kancelaria", "api/v1/incoming-items", Ezd.letter(marker("Pismo tylko dla Ciechocinka"), sender));
        assertThat(registered.status()).isEqualTo(201);
        long id = registered.object().getInt("id");

        person.logIn("kancelaria.nieszawa");
        browser.get(Ezd.URL + "registry/item.xhtml?id=" + id);
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("item-not-found")), "foreign-item");
        assertThat(browser.getPageSource()).doesNotContain(registered.object().getString("rpwNumber"), sender);
        // nor among the senders the registration form suggests
        String query = "api/v1/incoming-items/senders?q=" + java.net.URLEncoder.encode(sender, StandardCharsets.UTF_8);
        assertThat(Ezd.get("kancelaria.nieszawa", query).json().asJsonArray()).isEmpty();
        assertThat(Ezd.get("kancelaria", query).json().asJsonArray()).singleElement()
                .satisfies(found -> assertThat(found.asJsonObject().getString("name")).isEqualTo(sender));
    }

    @Test
    void theRegistryDispatchesASignedLetterFromTheQueueIntoTheOutgoingRegisterAndThePostalBook() throws Exception {
        // the author is referent: the office's chain names referent2 as an approver, and nobody approves their own draft
        String title = marker("Decyzja w sprawie wycinki");
        var opened = Ezd.post("referent", "api/v1/cases", "{\"jrwaSymbol\":\"6100\",\"title\":" + Ezd.quote(title) + "}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        long caseId = opened.object().getInt("id");
        String znak = opened.object().getString("znak");
        long draftId = Ezd.upload("referent", "api/v1/documents?title=Decyzja&kind=DRAFT", "decyzja.pdf",
                OfficePki.pdf("Decyzja: zezwala sie na wycinke")).object().getInt("id");
        Ezd.post("referent", "api/v1/cases/" + caseId + "/documents", "{\"documentId\":" + draftId + ",\"role\":\"DRAFT\"}");
        assertThat(Ezd.post("referent", "api/v1/cases/" + caseId + "/approval", "{\"documentId\":" + draftId + "}").status()).isEqualTo(200);
        JsonObject step = caseTasks("referent", caseId).get(0);
        if (step.getString("taskKey").equals("Task_AkceptacjaWstepna")) {
            assertThat(Ezd.post(step.getString("assignee"), "api/v1/case-tasks/" + step.getString("id") + "/approve", "{}").status()).isEqualTo(204);
        }
        JsonObject last = caseTasks("kierownik", caseId).get(0);
        var sealed = Ezd.post("kierownik", "api/v1/case-tasks/" + last.getString("id") + "/sign-with-seal", "{}");
        assertThat(sealed.status()).as(sealed.body()).isEqualTo(200);

        person.logIn("kancelaria");
        browser.findElement(By.id("nav-dispatch")).click();
        browser.findElement(By.id("queue-form:filter-text")).sendKeys(znak);
        browser.findElement(By.id("queue-form:apply-filter")).click();
        waitFor(d -> {
            var found = d.findElements(By.cssSelector("#queue-form\\:queue_data tr[data-ri]"));
            return found.size() == 1 && found.get(0).getText().contains(title) ? found : null;
        }, "queue-" + znak);
        screenshot("17-registry-dispatch-queue");
        // the row is read again if the table re-rendered meanwhile
        wait.until(d -> {
            d.findElement(By.cssSelector("#queue-form\\:queue_data tr[data-ri] .ezd-dispatch-button")).click();
            return true;
        });
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("dispatch-dialog")), "dispatch-dialog");

        // without a channel nothing is sent and the dialog says why
        browser.findElement(By.id("dispatch-form:addressee")).sendKeys("Zofia Nowicka", Keys.ENTER);
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("dispatch-form:dispatch-messages"), "Sposób wysyłki jest wymagany"),
                "dispatch-no-channel");
        assertThat(browser.findElement(By.id("dispatch-form:addressee")).getDomProperty("value")).isEqualTo("Zofia Nowicka");

        // by keyboard: "choose", then registered post first
        browser.findElement(By.id("dispatch-form:channel_label")).sendKeys(Keys.ARROW_DOWN);
        waitFor(ExpectedConditions.textToBe(By.id("dispatch-form:channel_label"), "list polecony"), "dispatch-channel-chosen");
        browser.findElement(By.id("dispatch-form:street")).sendKeys("ul. Zdrojowa 7");
        browser.findElement(By.id("dispatch-form:postal-code")).sendKeys("87-720");
        browser.findElement(By.id("dispatch-form:city")).sendKeys("Ciechocinek");
        screenshot("18-registry-dispatch-dialog");
        // Enter in the last field sends it, as a clerk at the keyboard would
        browser.findElement(By.id("dispatch-form:city")).sendKeys(Keys.ENTER);
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "Wysłano:"), "dispatched");
        String growl = browser.findElement(By.id("growl_container")).getText();
        assertThat(growl).contains("Zofia Nowicka");
        waitFor(d -> d.findElements(By.cssSelector("#queue-form\\:queue_data tr[data-ri]")).isEmpty(), "queue-emptied");
        assertThat(caseTasks("referent2", caseId)).extracting(t -> t.getString("taskKey")).containsExactly("Task_PoWysylce");

        // in the outgoing register and in today's postal book
        browser.findElement(By.id("nav-outgoing")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("outgoing-form:outgoing"), znak), "outgoing-register");
        browser.findElement(By.id("book-form:show-book")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("book-form:book"), "Zofia Nowicka"), "postal-book");
        assertThat(browser.findElement(By.id("book-form:book")).getText()).contains("polecona", znak, "87-720 Ciechocinek");
        screenshot("19-registry-outgoing-and-postal-book");
        var csv = Ezd.download("kancelaria", "api/v1/outgoing-items/postal-book?date=" + TODAY, "text/csv");
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains(znak, "Zofia Nowicka");
    }

    private static List<JsonObject> caseTasks(String user, long caseId) {
        var reply = Ezd.get(user, "api/v1/cases/" + caseId + "/tasks");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().asJsonArray().getValuesAs(JsonObject.class);
    }
}
