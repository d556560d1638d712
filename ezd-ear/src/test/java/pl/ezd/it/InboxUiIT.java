package pl.ezd.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person in headless Chromium (Debian's chromium and chromium-driver): logs in through the form
 * and works in the inbox. Screenshots are kept in target/screenshots.
 */
class InboxUiIT {

    private Browser person;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        person = new Browser();
        browser = person.driver;
        // a row read while the table re-renders after an AJAX update is simply read again
        wait = person.waiting();
    }

    @AfterEach
    void closeBrowser() {
        if (person != null) {
            person.close();
        }
    }

    private void logIn(String user) {
        person.logIn(user);
    }

    /** Waits like a person would; if it never happens, keeps what the browser showed for the report. */
    private <T> T waitFor(java.util.function.Function<org.openqa.selenium.WebDriver, T> condition, String what) {
        return person.waitFor(condition, what);
    }

    private void screenshot(String name) {
        person.screenshot(name);
    }

    private List<WebElement> taskRows() {
        return browser.findElements(By.cssSelector("#inbox-form\\:tasks_data tr[data-ri]"));
    }

    @Test
    void aClerkLogsInAndSeesTheirInbox() throws IOException {
        browser.get(Ezd.URL);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        screenshot("01-login");

        logIn("referent");

        assertThat(browser.findElement(By.id("user-name")).getText()).isEqualTo("Jan Kowalski");
        assertThat(browser.findElement(By.id("user-organization")).getText()).isEqualTo("Urząd Miejski w Ciechocinku");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Skrzynka zadań");
        waitFor(d -> !taskRows().isEmpty(), "inbox-referent");
        // the demo's letters decreed to this clerk wait for acceptance (other tests on the same server
        // may have left the clerk further steps of their cases, so not every row is one)
        assertThat(taskRows()).anySatisfy(row -> assertThat(row.getText())
                .contains("Przyjęcie przesyłki przez referenta").containsPattern("RPW/\\d+/\\d{4}"));
        screenshot("02-inbox-referent");
    }

    @Test
    void aHeadAssignsALetterToAClerkInTheBrowser() throws IOException {
        String rpw = Ezd.post("kancelaria", "api/v1/incoming-items",
                Ezd.letter("Wniosek o wycinkę topoli przy ul. Lipowej", "Zofia Nowicka")).object().getString("rpwNumber");
        logIn("kierownik");
        WebElement row = waitFor(d -> taskRows().stream().filter(r -> r.getText().contains(rpw)).findFirst().orElse(null), "row-" + rpw);
        screenshot("03-inbox-kierownik");

        row.findElement(By.xpath(".//button[.//span[text()='Dekretuj']]")).click();
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("decree-dialog")), "decree-dialog");
        // by keyboard, as a clerk would: the list is ordered by surname (Kowalski, Zieliński)
        browser.findElement(By.id("decree-form:clerk_label")).sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
        waitFor(ExpectedConditions.textToBe(By.id("decree-form:clerk_label"), "Piotr Zieliński (GK, Inspektor)"), "clerk-chosen");
        assertThat(browser.findElement(By.id("decree-form:clerk_label")).getText()).isEqualTo("Piotr Zieliński (GK, Inspektor)");
        browser.findElement(By.id("decree-form:instructions")).sendKeys("Proszę o pilne rozpatrzenie.");
        screenshot("04-dekretacja");
        browser.findElement(By.xpath("//form[@id='decree-form']//button[.//span[text()='Dekretuj']]")).click();

        waitFor(d -> taskRows().stream().noneMatch(r -> r.getText().contains(rpw)), "decreed-" + rpw);
        assertThat(browser.findElement(By.id("growl_container")).getText()).contains("Przesyłka zadekretowana");
        var clerksTasks = Ezd.get("referent2", "api/v1/tasks?max=200").object().getJsonArray("tasks").toString();
        assertThat(clerksTasks).contains(rpw);
    }

    @Test
    void aHeadFindsSortsAndAssignsLettersInBulkByKeyboard() throws IOException {
        String marker = "Przegląd-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        for (String title : List.of(marker + " B prośba o wgląd", marker + " A wniosek o odpis")) {
            assertThat(Ezd.post("kancelaria", "api/v1/incoming-items", Ezd.letter(title, "Ewa Testowa")).status()).isEqualTo(201);
        }
        logIn("kierownik");
        waitFor(d -> !taskRows().isEmpty(), "inbox-kierownik");

        var search = browser.findElement(By.id("inbox-form:filter-text"));
        search.sendKeys(marker, Keys.ENTER);
        waitFor(d -> taskRows().size() == 2 && taskRows().stream().allMatch(r -> r.getText().contains(marker)), "filtered-" + marker);
        // newest first by default: B was registered first, so A comes first
        assertThat(taskRows().get(0).getText()).contains(marker + " A");

        browser.findElement(By.id("inbox-form:sort_label")).sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
        waitFor(ExpectedConditions.textToBe(By.id("inbox-form:sort_label"), "tytułu"), "sort-title");
        assertThat(browser.findElement(By.id("inbox-form:order_label")).getText()).isEqualTo("malejąco");
        browser.findElement(By.id("inbox-form:apply-filter")).click();
        waitFor(d -> taskRows().size() == 2 && taskRows().get(0).getText().contains(marker + " B"), "sorted-" + marker);
        screenshot("05-inbox-filtered-sorted");

        for (int i = 0; i < 2; i++) {
            int row = i;
            waitFor(d -> taskRows().get(row).findElement(By.cssSelector("td.ui-selection-column .ui-chkbox-box")), "checkbox-" + i).click();
        }
        browser.findElement(By.id("inbox-form:assign-chosen")).click();
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("assign-dialog")), "assign-dialog");
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("assign-dialog"), "Zaznaczonych zadań: 2"), "assign-count");
        browser.findElement(By.id("assign-form:assignee_label")).sendKeys(Keys.ARROW_DOWN);
        waitFor(ExpectedConditions.textToBe(By.id("assign-form:assignee_label"), "Jan Kowalski (GK, Podinspektor)"), "assignee-chosen");
        screenshot("06-bulk-assignment");
        browser.findElement(By.id("assign-form:assign-submit")).click();

        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "Przydzielono zadań: 2"), "assigned");
        var clerksTasks = Ezd.get("referent", "api/v1/tasks?max=50&q=" + marker).object();
        assertThat(clerksTasks.getJsonNumber("total").longValue()).isEqualTo(2);
        // the clerk gives them back, so other tests see a clerk's inbox as the demo made it
        for (var task : clerksTasks.getJsonArray("tasks").getValuesAs(jakarta.json.JsonObject.class)) {
            assertThat(Ezd.post("referent", "api/v1/tasks/" + task.getString("id") + "/release", "{}").status()).isEqualTo(204);
        }
    }
}
