package pl.ezd.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The case folder and "my cases" in the browser: a clerk opens a case from "my cases" with the JRWA
 * tree picker, adds a note, finds the printouts; a clerk of another organisation who changes the id
 * in the address gets a plain "not found" page that shows nothing of the case, and so does a task
 * id of another organisation.
 */
class CaseFolderUiIT {

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser("case-folder");
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aClerkOpensACaseFromMyCasesAddsANoteAndFindsThePrintouts() {
        String title = "Teczka-" + UUID.randomUUID().toString().substring(0, 6) + " zajęcie pasa drogowego";
        browser.logIn("referent");
        browser.click(By.id("nav-my-cases"), "nav-my-cases");
        browser.visible(By.id("mine-form:cases"), "my-cases");
        browser.click(By.id("mine-form:open-case"), "open-case");
        browser.visible(By.id("open-dialog"), "open-dialog");
        // without a class, nothing is opened and the reason is shown
        browser.type(By.id("open-form:open-title"), title, "title");
        browser.click(By.id("open-form:open-submit"), "open-without-class");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "Wybierz klasę końcową JRWA"), "no-class");
        browser.click(By.xpath("//*[@id='open-form:jrwa-tree']//span[contains(@class,'ui-treenode-label')][starts-with(normalize-space(.),'6100 ')]"),
                "jrwa-6100");
        browser.screenshot("01-open-case");
        browser.click(By.id("open-form:open-submit"), "open-submit");

        String znak = browser.visible(By.id("case-znak"), "case-folder").getText();
        assertThat(znak).matches("GK\\.6100\\.\\d+\\.\\d{4}");
        assertThat(browser.driver.findElement(By.id("case-title")).getText()).isEqualTo(title);
        assertThat(browser.driver.findElement(By.id("case-status")).getText()).isEqualTo("w toku");
        assertThat(browser.driver.findElement(By.id("case-deadline")).getText()).isNotBlank();

        browser.type(By.id("note-form:note-text"), "Rozmowa telefoniczna z wnioskodawcą: uzupełni mapę.", "note");
        browser.click(By.id("note-form:note-submit"), "note-submit");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("notes"), "uzupełni mapę"), "note-listed");
        assertThat(browser.driver.findElement(By.id("metryka")).getText()).contains("Wszczęcie sprawy", "Notatka służbowa");
        browser.screenshot("02-case-folder");

        // the printouts are the existing PDFs of the API
        String metrykaHref = browser.driver.findElement(By.id("print-metryka")).getAttribute("href");
        String spisHref = browser.driver.findElement(By.id("print-spis")).getAttribute("href");
        for (String href : new String[] {metrykaHref, spisHref}) {
            var pdf = Ezd.download("referent", href.substring(href.indexOf("api/v1/")));
            assertThat(pdf.status()).as(href).isEqualTo(200);
            assertThat(pdf.contentType()).startsWith("application/pdf");
        }

        // the case is on the clerk's list
        browser.click(By.id("nav-my-cases"), "back-to-mine");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("mine-form:cases"), znak), "listed");
    }

    @Test
    void aClerkOfAnotherOrganisationChangingTheIdInTheAddressSeesOnlyNotFound() {
        var theCase = Ezd.post("referent", "api/v1/cases", "{\"jrwaSymbol\":\"6100\",\"title\":\"Sprawa poufna Ciechocinka\"}");
        assertThat(theCase.status()).as(theCase.body()).isEqualTo(201);
        long caseId = theCase.object().getInt("id");
        String letter = "Pismo poufne " + UUID.randomUUID().toString().substring(0, 6);
        assertThat(Ezd.post("kancelaria", "api/v1/incoming-items", Ezd.letter(letter, "Jan Poufny")).status()).isEqualTo(201);
        String taskId = Ezd.get("kierownik", "api/v1/tasks?max=1&q=" + letter.replace(' ', '+')).object().getJsonArray("tasks")
                .getJsonObject(0).getString("id");

        browser.logIn("referent.nieszawa");
        browser.open("cases/case.xhtml?id=" + caseId);
        browser.waitFor(ExpectedConditions.textToBe(By.tagName("h1"), "Nie znaleziono sprawy"), "case-not-found");
        String page = browser.driver.findElement(By.id("content")).getText();
        assertThat(page).doesNotContain("Sprawa poufna", "GK.6100", "Metryka");
        assertThat(browser.driver.findElements(By.id("case-page"))).isEmpty();
        browser.screenshot("03-not-found");

        browser.open("workflow/task.xhtml?id=" + taskId);
        browser.waitFor(ExpectedConditions.textToBe(By.tagName("h1"), "Nie znaleziono zadania"), "task-not-found");
        assertThat(browser.driver.findElements(By.id("task-page"))).isEmpty();

        // no id, or not a number, is "not found" too
        browser.open("cases/case.xhtml?id=abc");
        browser.waitFor(ExpectedConditions.textToBe(By.tagName("h1"), "Nie znaleziono sprawy"), "case-bad-id");

        // the owner sees it
        browser.logIn("referent");
        browser.open("cases/case.xhtml?id=" + caseId);
        browser.waitFor(ExpectedConditions.textToBe(By.id("case-title"), "Sprawa poufna Ciechocinka"), "own-case");
    }
}
