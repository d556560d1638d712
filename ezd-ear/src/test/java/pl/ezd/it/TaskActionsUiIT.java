package pl.ezd.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The task view's other paths through the screens: dekretacja on a unit with a unit for
 * information, an instruction and a deadline; the informed unit's head confirms reading; the lead
 * unit's head hands it to a clerk of the unit; the clerk returns it with a reason, which reaches
 * the head.
 */
class TaskActionsUiIT {

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser("task-actions");
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aLetterDecreedToAUnitIsReadForInformationHandedDownAndReturnedWithAReason() throws Exception {
        String marker = "Ścieżka-" + UUID.randomUUID().toString().substring(0, 6);
        // the registry office registers it on its screen
        java.nio.file.Path scan = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "journey-files")).resolve("galezie.pdf");
        java.nio.file.Files.write(scan, OfficePki.pdf("Prosba o przyciecie galezi"));
        browser.logIn("kancelaria");
        new RegistryDeskPage(browser).registerLetter(marker + " prośba o przycięcie gałęzi", "Ewa Ogrodowa",
                "Ciechocinek", scan);
        String deadline = LocalDate.now(ZoneId.of("Europe/Warsaw")).plusDays(14).toString();

        // the head decrees it to unit GK, FN for information, with an instruction and a deadline
        browser.logIn("kierownik");
        browser.openTask(marker, "Dekretacja przesyłki");
        browser.click(By.id("actions:open-decree"), "open-decree");
        browser.visible(By.id("decree-dialog"), "decree-dialog");
        browser.click(By.xpath("//*[@id='decree-form:lead-tree']//span[contains(@class,'ui-treenode-label')][normalize-space(.)='Komórka GK']"),
                "tree-unit");
        browser.click(By.id("decree-form:for-information"), "for-information");
        browser.click(By.xpath("//*[@id='decree-form:for-information_panel']//li[.//label[normalize-space(.)='FN']]//div[contains(@class,'ui-chkbox-box')]"),
                "for-information-FN");
        // a click outside the list closes it, as a person would
        browser.click(By.cssSelector("#decree-dialog .ui-dialog-title"), "close-for-information");
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("decree-form:for-information_panel")), "for-information-closed");
        assertThat(browser.driver.findElement(By.id("decree-form:for-information")).getText()).contains("FN");
        browser.type(By.id("decree-form:instructions"), "Do rozpatrzenia przez GK; FN do wiadomości.", "instructions");
        browser.type(By.id("decree-form:deadline_input"), deadline, "deadline");
        browser.screenshot("01-decree-unit");
        browser.click(By.id("decree-form:decree-submit"), "decree-submit");
        browser.taskDone("decree");

        // the informed unit's head confirms reading
        browser.logIn("skarbnik");
        browser.openTask(marker, "Zapoznanie się z przesyłką (do wiadomości)");
        browser.click(By.id("actions:confirm-read"), "confirm-read");
        browser.taskDone("read");

        // the lead unit's head hands it to a clerk of the unit, by keyboard
        browser.logIn("kierownik");
        browser.openTask(marker, "Dekretacja w komórce wiodącej");
        browser.click(By.id("actions:open-decree-unit"), "open-decree-unit");
        browser.visible(By.id("unit-dialog"), "unit-dialog");
        browser.driver.findElement(By.id("unit-form:clerk_label")).sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
        browser.waitFor(ExpectedConditions.textToBe(By.id("unit-form:clerk_label"), "Piotr Zieliński (GK, Inspektor)"), "clerk-chosen");
        browser.click(By.id("unit-form:unit-submit"), "unit-submit");
        browser.taskDone("decree-in-unit");

        // the clerk returns it with a reason; a return without one is refused next to the field and
        // the dialog stays open with it
        browser.logIn("referent2");
        browser.openTask(marker, "Przyjęcie przesyłki przez referenta");
        assertThat(browser.driver.findElement(By.id("task-metadata")).getText()).contains(deadline);
        browser.click(By.id("actions:open-return"), "open-return");
        browser.visible(By.id("return-dialog"), "return-dialog");
        browser.press(By.id("return-form:return-submit"), "return-empty");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("return-form"), "pole wymagane"), "reason-required");
        assertThat(browser.driver.findElement(By.id("return-dialog")).isDisplayed()).isTrue();
        browser.type(By.id("return-form:reason"), "Sprawa dotyczy drzew w pasie drogi powiatowej.", "reason");
        browser.click(By.id("return-form:return-submit"), "return-submit");
        browser.taskDone("return");

        var back = Ezd.get("kierownik", "api/v1/tasks?q=" + URLEncoder.encode(marker, StandardCharsets.UTF_8)).object()
                .getJsonArray("tasks").getValuesAs(JsonObject.class);
        assertThat(back).singleElement().satisfies(task -> assertThat(task.getString("returnReason")).contains("drogi powiatowej"));
    }
}
