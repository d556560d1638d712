package pl.ezd.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * WCAG 2.1 AA in the browser: axe-core checks every main page ({@link MainPages}) as the user who
 * works on it and the test fails on any serious or critical violation, listing each with the
 * elements it concerns; and the keyboard works: a skip link first, focus always visible, dialogs
 * that close with Escape. Each page's screenshot is kept in target/screenshots.
 */
class AccessibilityUiIT {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

    private static Browser browser;

    @BeforeAll
    static void openBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void noMainPageHasASeriousOrCriticalWcagViolation() {
        List<String> problems = new ArrayList<>();
        String loggedIn = null;
        for (MainPages.Page page : MainPages.ALL) {
            if (page.user() == null) {
                browser.driver.manage().deleteAllCookies();
                loggedIn = null;
            } else if (!page.user().equals(loggedIn)) {
                browser.logIn(page.user());
                loggedIn = page.user();
            }
            browser.open(page.path());
            browser.find(page.readyId());
            browser.screenshot("page-" + page.name());
            var results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser.driver);
            assertThat(results.getErrorMessage()).as("axe-core ran on " + page.name()).isNull();
            if (results.getViolations().stream().anyMatch(rule -> FAILING_IMPACTS.contains(rule.getImpact()))) {
                problems.add(page.name() + " (" + page.path() + "):\n" + elements());
            }
        }
        assertThat(problems).as("serious or critical WCAG 2.1 AA violations (axe-core):\n" + String.join("\n", problems)).isEmpty();
    }

    /**
     * The serious and critical violations with the elements they concern, as axe-core reports them
     * in the page (the rule, its help, and per element its selector, markup and what to fix).
     */
    private static String elements() {
        browser.driver.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(60));
        Object text = browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}}).then(r => done(r.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => '  - ' + v.impact + ' ' + v.id + ': ' + v.help + ' <' + v.helpUrl + '>' + v.nodes.map(n =>
                        '\\n      at ' + n.target.join(' ') + ': ' + n.html.substring(0, 200)
                        + '\\n         ' + (n.failureSummary || '').replace(/\\n/g, ' ')).join('')).join('\\n')))
                  .catch(e => done('axe-core failed: ' + e));""", WCAG_21_AA);
        return String.valueOf(text);
    }

    @Test
    void theKeyboardReachesTheContentFirstAndFocusIsAlwaysVisible() {
        browser.logIn("referent");
        browser.open("workflow/inbox.xhtml");
        browser.find("inbox-form:tasks");
        browser.driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement first = browser.driver.switchTo().activeElement();
        assertThat(first.getAttribute("class")).as("the first Tab stop is the skip link").contains("ezd-skip-link");
        assertThat(first.isDisplayed()).as("the focused skip link is shown").isTrue();
        assertThat(focusIndicated(first)).as("the skip link shows its focus").isTrue();
        first.sendKeys(Keys.ENTER);
        browser.waitFor(d -> "content".equals(d.switchTo().activeElement().getAttribute("id")), "skip-to-content");

        // every control the keyboard reaches next shows where the focus is
        for (int i = 0; i < 12; i++) {
            WebElement focused = browser.driver.switchTo().activeElement();
            focused.sendKeys(Keys.TAB);
            WebElement next = browser.driver.switchTo().activeElement();
            if (!"body".equals(next.getTagName())) {
                assertThat(focusIndicated(next)).as("focus visible on " + next.getTagName() + "#" + next.getAttribute("id")).isTrue();
            }
        }
        browser.screenshot("keyboard-focus");
    }

    @Test
    void aDialogKeepsTheFocusInsideAndClosesWithEscape() {
        browser.logIn("admin");
        browser.open("admin/employees.xhtml");
        browser.find("employees-form:employees");
        WebElement reset = browser.driver.findElement(By.xpath("//button[@aria-label='Nadaj nowe hasło: referent2']"));
        reset.sendKeys(Keys.ENTER);
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("password-dialog")), "password-dialog");
        browser.waitFor(d -> isInDialog(d.switchTo().activeElement()), "focus-in-dialog");
        for (int i = 0; i < 8; i++) {
            browser.driver.switchTo().activeElement().sendKeys(Keys.TAB);
            assertThat(isInDialog(browser.driver.switchTo().activeElement())).as("Tab stays in the modal dialog").isTrue();
        }
        browser.screenshot("keyboard-dialog");
        browser.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("password-dialog")), "dialog-closed");
        // and the page is usable by keyboard again
        browser.driver.switchTo().activeElement().sendKeys(Keys.TAB);
        assertThat(isInDialog(browser.driver.switchTo().activeElement())).isFalse();
    }

    private static boolean isInDialog(WebElement element) {
        return Boolean.TRUE.equals(browser.driver.executeScript("return !!arguments[0].closest('#password-dialog')", element));
    }

    /**
     * An outline or a focus ring (box-shadow) is drawn around the focused element, or around the
     * widget it belongs to (PrimeFaces focuses a hidden input inside a menu or check box and
     * draws the ring on the widget).
     */
    private static boolean focusIndicated(WebElement element) {
        Object shown = browser.driver.executeScript("""
                for (let e = arguments[0], i = 0; e && i < 4; e = e.parentElement, i++) {
                    const s = getComputedStyle(e);
                    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
                    const ring = s.boxShadow && s.boxShadow !== 'none';
                    if (outline || ring) return true;
                }
                return false;""", element);
        return Boolean.TRUE.equals(shown);
    }
}
