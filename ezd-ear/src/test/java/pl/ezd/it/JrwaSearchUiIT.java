package pl.ezd.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The JRWA tree has a search box: in the picker of "open a case" a clerk types words of the title
 * (without Polish letters, as people do) and sees only the matching branch, opened; Enter does not
 * submit the dialog; the administrator's JRWA screen filters a version's tree by a symbol.
 */
class JrwaSearchUiIT {

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser("jrwa-search");
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    private static By treeNode(String tree, String symbol) {
        return By.xpath("//*[@id='" + tree + "']//span[contains(@class,'ui-treenode-label')][starts-with(normalize-space(.),'" + symbol + " ')]");
    }

    @Test
    void aClerkFindsTheClassByWordsOfItsTitleAndOpensTheCaseInIt() {
        String title = "Szukanie-" + UUID.randomUUID().toString().substring(0, 6) + " zajęcie pasa na kontenery";
        browser.logIn("referent");
        browser.click(By.id("nav-my-cases"), "nav-my-cases");
        browser.click(By.id("mine-form:open-case"), "open-case");
        browser.visible(By.id("open-dialog"), "open-dialog");
        browser.visible(treeNode("open-form:jrwa-tree", "6100"), "whole-tree");

        var search = browser.visible(By.id("open-form:jrwa-search"), "jrwa-search");
        search.sendKeys("zajecie pasa", Keys.ENTER);
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(treeNode("open-form:jrwa-tree", "6100")), "filtered");
        browser.visible(treeNode("open-form:jrwa-tree", "7201"), "found-7201");
        assertThat(browser.driver.findElement(By.id("open-form:jrwa-found")).getText()).isEqualTo("Pasujące klasy z gałęziami: 4");
        assertThat(browser.driver.findElement(By.id("open-dialog")).isDisplayed()).as("Enter searched, it did not submit").isTrue();
        assertThat(browser.driver.findElements(By.id("case-znak"))).isEmpty();
        browser.screenshot("01-found");

        search.clear();
        search.sendKeys("cmentarze wojskowe");
        browser.waitFor(ExpectedConditions.textToBe(By.id("open-form:jrwa-found"), "Żadna klasa nie pasuje do wyszukiwania."), "none");
        search.clear();
        search.sendKeys("7201");
        browser.click(treeNode("open-form:jrwa-tree", "7201"), "pick-7201");
        browser.type(By.id("open-form:open-title"), title, "title");
        browser.click(By.id("open-form:open-submit"), "open-submit");
        assertThat(browser.visible(By.id("case-znak"), "case-folder").getText()).matches("GK\\.7201\\.\\d+\\.\\d{4}");
    }

    @Test
    void theAdministratorFiltersAVersionsTreeBySymbol() {
        browser.logIn("admin");
        browser.open("admin/jrwa.xhtml");
        browser.click(By.xpath("//*[@id='jrwa-form:versions']//button[starts-with(@aria-label,'Pokaż klasy')]"), "show-classes");
        browser.visible(By.id("classes-form:classes"), "classes");
        var search = browser.visible(By.id("classes-form:classes-search"), "classes-search");
        search.sendKeys("6100");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("classes-form:classes-found"), "Pasujące klasy z gałęziami"),
                "found");
        String tree = browser.driver.findElement(By.id("classes-form:classes")).getText();
        assertThat(tree).contains("6100", "Zezwolenia na usunięcie drzew i krzewów").doesNotContain("7201");
        browser.screenshot("02-admin");
    }
}
