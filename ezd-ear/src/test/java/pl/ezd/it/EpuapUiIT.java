package pl.ezd.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.selenium.AxeBuilder;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The ePUAP screens in the browser, against the application's own ePUAP simulator: a letter queued
 * in the demo gmina's inbox is registered on its own and read on the item's page and in the head's
 * task (rendering in the page, transport data, attachments; no serious accessibility violation); a
 * hostile document waits in "needs attention" with its Polish reason and the registry office sets
 * it aside; the administrators see the counts; an export package is imported through the screen;
 * another organisation's received document is "not found".
 */
class EpuapUiIT {

    private static Browser browser;

    @BeforeAll
    static void openBrowserAndPullOften() {
        JsonObject inbox = Ezd.get("admin", "api/v1/epuap/inbox").object();
        var form = Json.createObjectBuilder(inbox).add("pollIntervalSeconds", 5).build();
        var reply = Ezd.send("admin", HttpRequest.newBuilder(URI.create(Ezd.URL + "api/v1/epuap/inbox"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(form.toString())));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        browser = new Browser("epuap");
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aLetterFromEpuapIsRegisteredAndReadableOnTheItemPageAndInTheTask() throws Exception {
        String title = "Wniosek o przycięcie gałęzi " + Api.unique();
        String sender = "Nadawca z ePUAP " + Api.unique();
        EpuapImportIT.seed(sender, EpuapImportIT.letter(title), Instant.now().truncatedTo(ChronoUnit.SECONDS), "");
        JsonObject task = EpuapImportIT.await(() -> EpuapImportIT.tasks("kierownik", title).stream().findFirst().orElse(null));
        long itemId = task.getJsonNumber("itemId").longValue();

        browser.logIn("kancelaria");
        browser.open("registry/item.xhtml?id=" + itemId);
        WebElement rendering = browser.find("epuap-rendering");
        assertThat(rendering.findElement(By.tagName("h4")).getText()).as("the letter's own title, under the page's headings").isEqualTo(title);
        assertThat(rendering.getText()).contains("Nadawca", "Adresat", "Treść", "Załączniki");
        String markup = rendering.getDomProperty("innerHTML");
        assertThat(markup).doesNotContain("<script", "<style", "<main", "<a ", "onclick", "class=");
        assertThat(browser.find("epuap-inbox").getText()).isEqualTo(EpuapImportIT.ADRES);
        assertThat(browser.find("epuap-sender").getText()).isEqualTo(sender);
        assertThat(browser.find("epuap-data-nadania").getText()).isNotBlank();
        assertThat(browser.find("epuap-original-link").getDomProperty("href")).contains("/api/v1/documents/");
        assertThat(browser.find("epuap-upp").getText()).as("the pull service passes no UPP").contains("Brak UPP");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "document.getElementById('epuap-letter').scrollIntoView({block: 'start'})");
        browser.screenshot("item-letter");
        assertNoSeriousViolation("item page with an ePUAP letter");

        browser.logIn("kierownik");
        browser.open("workflow/task.xhtml?id=" + task.getString("id"));
        assertThat(browser.find("epuap-rendering").findElement(By.tagName("h4")).getText()).isEqualTo(title);
        assertThat(browser.find("epuap-inbox").getText()).isEqualTo(EpuapImportIT.ADRES);
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "document.getElementById('epuap-letter').scrollIntoView({block: 'start'})");
        browser.screenshot("task-letter");
        assertNoSeriousViolation("task view with an ePUAP letter");
    }

    @Test
    void aHostileDocumentNeedsAttentionWithItsReasonAndTheOfficeSetsItAside() throws Exception {
        String sender = "XXE z ekranu " + Api.unique();
        EpuapImportIT.seed(sender, ("<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><p>&x;</p>")
                .getBytes(StandardCharsets.UTF_8), Instant.now().truncatedTo(ChronoUnit.SECONDS), "");
        long id = EpuapImportIT.await(() -> Ezd.get("kancelaria", "api/v1/epuap/attention").json().asJsonArray()
                .getValuesAs(JsonObject.class).stream().filter(d -> sender.equals(d.getString("senderName", "")))
                .map(d -> d.getJsonNumber("id").longValue()).findFirst().orElse(null));

        browser.logIn("kancelaria");
        browser.click(By.id("nav-epuap-attention"), "nav-attention");
        WebElement row = row(sender);
        assertThat(row.findElement(By.cssSelector(".ezd-attention-reason")).getText()).contains("DTD");
        assertThat(row.findElements(By.linkText("Pobierz dokument"))).hasSize(1);
        browser.screenshot("attention");

        row.findElement(By.cssSelector(".ezd-dismiss")).click();
        browser.visible(By.id("dismiss-form:reason"), "dismiss-dialog");
        browser.press(By.id("dismiss-form:dismiss"), "dismiss-without-reason");
        browser.waitForText("dismiss-form", "Podaj przyczynę");
        browser.type(By.id("dismiss-form:reason"), "Plik z deklaracją DTD, nadawca poproszony o ponowne wysłanie", "reason");
        browser.press(By.id("dismiss-form:dismiss"), "dismiss");
        browser.waitForText("attention-form:messages", "Dokument odłożono");
        browser.waitFor(d -> d.findElements(By.xpath("//*[@id='attention-form:documents_data']/tr[contains(., '" + sender + "')]")).isEmpty(),
                "row-gone");
        assertThat(Ezd.get("kancelaria", "api/v1/epuap/documents/" + id).object().getString("state")).isEqualTo("DISMISSED");

        // the same document for another organisation's registry office: not found
        browser.logIn("kancelaria.nieszawa");
        browser.open("epuap/document.xhtml?id=" + id);
        assertThat(browser.find("epuap-document-not-found").getText()).contains("Nie ma takiego dokumentu");
        assertThat(browser.driver.getPageSource()).doesNotContain(sender);
        browser.open("epuap/attention.xhtml");
        browser.find("attention-form:documents");
        assertThat(browser.driver.getPageSource()).doesNotContain(sender);
    }

    @Test
    void theAdministratorsSeeTheCounts() throws Exception {
        String title = "Pismo do liczników " + Api.unique();
        EpuapImportIT.seed("Licznik " + Api.unique(), EpuapImportIT.letter(title), Instant.now().truncatedTo(ChronoUnit.SECONDS), "");
        EpuapImportIT.await(() -> EpuapImportIT.tasks("kierownik", title).isEmpty() ? null : Boolean.TRUE);
        long before = Ezd.get("admin", "api/v1/epuap/counts").object().getJsonNumber("imported").longValue();

        browser.logIn("admin");
        browser.click(By.id("nav-epuap-inbox"), "nav-inbox");
        long shown = Long.parseLong(browser.find("count-imported").getText().strip());
        long after = Ezd.get("admin", "api/v1/epuap/counts").object().getJsonNumber("imported").longValue();
        assertThat(shown).isGreaterThanOrEqualTo(1).isBetween(before, after);
        assertThat(browser.find("counts").getText()).contains(EpuapImportIT.ADRES);
        assertThat(browser.find("certificate-state").getText()).startsWith("Wgrany certyfikat").doesNotContain("BEGIN");
        assertThat(browser.find("inbox-form:adresSkrytki").getDomProperty("value")).isEqualTo(EpuapImportIT.ADRES);
        browser.click(By.id("counts-form:pull-now"), "pull-now");
        browser.waitForText("counts-form:messages", "Pobieranie pism rozpoczęto");
        assertThat(browser.find("last-poll").getText()).doesNotContain("jeszcze nie pobierano");
        browser.screenshot("inbox-admin");

        browser.logIn("admin.regionu");
        browser.click(By.id("nav-epuap-region"), "nav-region");
        WebElement row = browser.waitFor(d -> d.findElements(By.cssSelector("#region-form\\:organizations_data tr")).stream()
                .filter(r -> r.getText().contains("Ciechocink")).findFirst().orElse(null), "region-row");
        assertThat(Long.parseLong(row.findElement(By.cssSelector(".ezd-count-imported")).getText())).isGreaterThanOrEqualTo(shown);
        assertThat(row.getText()).contains(EpuapImportIT.ADRES);
        browser.screenshot("region");
    }

    @Test
    void anExportPackageIsImportedThroughTheScreen() throws Exception {
        String tag = Api.unique();
        String title = "Pismo z paczki na ekranie " + tag;
        var files = new java.util.LinkedHashMap<String, byte[]>();
        files.put("Deskryptor.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Dokumenty>" + descriptorEntry("u" + tag, "pismo.xml",
                "dokumenty/1/pismo.xml") + descriptorEntry("v" + tag, "zly.xml", "dokumenty/2/zly.xml") + "</Dokumenty>")
                .getBytes(StandardCharsets.UTF_8));
        files.put("dokumenty/1/pismo.xml", EpuapImportIT.letter(title));
        files.put("dokumenty/2/zly.xml", "<Dokument>bez końca".getBytes(StandardCharsets.UTF_8));
        Path zip = Files.createTempFile("epuap-paczka-", ".zip");
        Files.write(zip, EpuapImportIT.zip(files));

        browser.logIn("kancelaria");
        browser.click(By.id("nav-epuap-attention"), "nav-attention");
        browser.click(By.id("subnav-import"), "subnav-import");
        upload(zip);
        browser.waitForText("import-summary", "Zarejestrowano: 1, pominięto jako już odebrane: 0, wymaga uwagi lub odrzucono: 1");
        WebElement results = browser.find("import-results");
        assertThat(results.getText()).contains("dokumenty/1/pismo.xml", "zarejestrowano", "dokumenty/2/zly.xml", "wymaga uwagi", "XML");
        browser.screenshot("import");
        assertThat(EpuapImportIT.tasks("kierownik", title)).hasSize(1);

        browser.open("epuap/import.xhtml");
        upload(zip);
        browser.waitForText("import-summary", "Zarejestrowano: 0, pominięto jako już odebrane: 2");
        assertThat(EpuapImportIT.tasks("kierownik", title)).as("registered once").hasSize(1);
        Files.delete(zip);
    }

    /** Chooses the file in PrimeFaces' upload and sends it with its upload button (the progress bar shows meanwhile). */
    private static void upload(Path file) {
        WebElement input = browser.waitFor(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#import-form\\:package input[type=file]")), "upload-input");
        input.sendKeys(file.toAbsolutePath().toString());
        browser.click(By.cssSelector("#import-form\\:package .ui-fileupload-upload"), "upload-button");
    }

    private static WebElement row(String text) {
        return browser.waitFor(d -> {
            List<WebElement> rows = d.findElements(By.cssSelector("#attention-form\\:documents_data tr"));
            return rows.stream().filter(r -> r.getText().contains(text)).findFirst().orElse(null);
        }, "attention-row");
    }

    private static void assertNoSeriousViolation(String page) {
        var results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(browser.driver);
        assertThat(results.getViolations())
                .filteredOn(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .as(page + ": serious or critical WCAG 2.1 AA violations")
                .extracting(rule -> rule.getId() + ": " + rule.getHelp() + " " + rule.getNodes().stream().map(n -> n.getTarget().toString()).toList())
                .isEmpty();
    }

    private static String descriptorEntry(String id, String fileName, String path) {
        return """
                <Dokument>
                  <DanePodmiotu><Identyfikator>%s</Identyfikator><TypOsoby>OSOBA</TypOsoby><ImieSkrot>Ewa</ImieSkrot>
                    <NazwiskoNazwa>Ekranowa</NazwiskoNazwa><Zgoda>true</Zgoda></DanePodmiotu>
                  <DaneNadawcy><Uzytkownik>%s</Uzytkownik><System>ePUAP</System></DaneNadawcy>
                  <DataNadania>25.11.2026T15:04:05.678</DataNadania>
                  <NazwaSkrytki>SkrytkaESP</NazwaSkrytki>
                  <AdresSkrytki>/umciechocinek/SkrytkaESP</AdresSkrytki>
                  <AdresOdpowiedzi>/%s/domyslna</AdresOdpowiedzi>
                  <NazwaPliku>%s</NazwaPliku>
                  <SciezkaWArchiwum>%s</SciezkaWArchiwum>
                </Dokument>
                """.formatted(id, id, id, fileName, path);
    }
}
