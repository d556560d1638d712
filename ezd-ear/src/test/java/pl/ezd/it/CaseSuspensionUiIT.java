package pl.ezd.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Suspending and resuming a case's proceeding (KPA art. 97, 98) from the case folder: the dialog
 * refuses a suspension without grounds and stays open; with them the deadline panel shows since
 * when and why, and the metryka the step; another clerk, who does not handle the case, is refused
 * by the business layer in the language of their screen (English here); the handler resumes, the
 * panel shows the moved deadline and the metryka the resumption.
 */
class CaseSuspensionUiIT {

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser("case-suspension");
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    private JsonObject deadline(long caseId) {
        var reply = Ezd.get("referent", "api/v1/cases/" + caseId + "/deadline");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.object();
    }

    private void confirm() {
        browser.click(By.id("confirm-yes"), "confirm-yes");
    }

    @Test
    void theHandlerSuspendsWithGroundsAndResumesTheDeadlineMovesAndTheMetrykaShowsBoth() {
        String today = LocalDate.now(ZoneId.of("Europe/Warsaw")).toString();
        String title = "Zawieszenie-" + UUID.randomUUID().toString().substring(0, 6) + " rozgraniczenie działki";
        var opened = Ezd.post("referent", "api/v1/cases", "{\"jrwaSymbol\":\"6100\",\"title\":" + Ezd.quote(title) + "}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        long caseId = opened.object().getInt("id");
        String deadlineBefore = deadline(caseId).getString("deadline");

        browser.logIn("referent");
        browser.open("cases/case.xhtml?id=" + caseId);
        browser.waitFor(ExpectedConditions.textToBe(By.id("case-title"), title), "case-folder");
        browser.click(By.id("deadline-form:open-suspend"), "open-suspend");
        browser.visible(By.id("suspend-dialog"), "suspend-dialog");
        assertThat(browser.driver.findElement(By.id("suspend-examples")).getText()).contains("art. 97 § 1 pkt 4 KPA", "art. 98 § 1 KPA");
        // the case folder with the dialog open meets WCAG 2.1 AA as the main pages do (AccessibilityUiIT)
        var axe = new com.deque.html.axecore.selenium.AxeBuilder().withTags(java.util.List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(browser.driver);
        assertThat(axe.getErrorMessage()).isNull();
        assertThat(axe.getViolations().stream().filter(rule -> java.util.Set.of("serious", "critical").contains(rule.getImpact()))
                .map(rule -> rule.getId() + ": " + rule.getHelp() + " " + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList()))
                .as("serious or critical WCAG violations on the case folder with the suspension dialog").isEmpty();

        // without grounds: refused next to the field, the dialog stays open
        browser.press(By.id("suspend-form:suspend-submit"), "suspend-empty");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("suspend-form"), "pole wymagane"), "reason-required");
        assertThat(browser.driver.findElement(By.id("suspend-dialog")).isDisplayed()).isTrue();

        String grounds = "art. 97 § 1 pkt 4 KPA – do czasu wyroku sądu w sprawie własności działki";
        browser.type(By.id("suspend-form:suspend-reason"), grounds, "reason");
        browser.screenshot("01-suspend-dialog");
        browser.press(By.id("suspend-form:suspend-submit"), "suspend-submit");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("case-suspension"), "wyroku sądu"), "suspended");
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("suspend-dialog")), "suspend-dialog-closed");
        assertThat(browser.driver.findElement(By.id("case-deadline")).getText()).contains("zawieszona od " + today);
        assertThat(browser.driver.findElement(By.id("metryka")).getText()).contains("Zawieszenie postępowania: " + grounds);
        browser.screenshot("02-suspended");
        JsonObject suspended = deadline(caseId);
        assertThat(suspended.getBoolean("suspended")).isTrue();
        assertThat(suspended.getString("suspensionReason")).isEqualTo(grounds);

        // a clerk who does not handle the case is refused by the business layer, in English on an English screen
        browser.logIn("referent2");
        browser.open("cases/case.xhtml?id=" + caseId);
        browser.waitFor(ExpectedConditions.textToBe(By.id("case-title"), title), "case-folder-referent2");
        // the header's language menu: its select changed as PrimeFaces changes it when an item is picked
        browser.driver.executeScript("var s = document.getElementById('session-form:language_input'); s.value = 'en';"
                + " s.dispatchEvent(new Event('change'));");
        browser.waitFor(ExpectedConditions.textToBe(By.id("deadline-form:resume"), "Resume the proceeding"), "english");
        browser.click(By.id("deadline-form:resume"), "resume-not-handler");
        confirm();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"),
                "Only the case handler or a head of unit suspends and resumes the proceeding"), "refused-in-english");
        assertThat(deadline(caseId).getBoolean("suspended")).as("the refusal changed nothing").isTrue();

        // the handler resumes: the deadline runs again, moved by the days suspended
        browser.logIn("referent");
        browser.open("cases/case.xhtml?id=" + caseId);
        browser.click(By.id("deadline-form:resume"), "resume");
        confirm();
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("case-deadline-moved")), "moved");
        assertThat(browser.driver.findElement(By.id("case-deadline-moved")).getText()).contains("był " + deadlineBefore);
        assertThat(browser.driver.findElements(By.id("case-suspension"))).isEmpty();
        assertThat(browser.driver.findElement(By.id("metryka")).getText()).contains("Podjęcie zawieszonego postępowania");
        browser.screenshot("03-resumed");
        JsonObject resumed = deadline(caseId);
        assertThat(resumed.getBoolean("suspended")).isFalse();
        assertThat(resumed.getString("movedFrom")).isEqualTo(deadlineBefore);
        assertThat(resumed.getString("deadline")).isGreaterThanOrEqualTo(deadlineBefore);
    }
}
