package pl.ezd.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person at headless Chromium (Debian's chromium and chromium-driver), the one browser of all
 * browser tests, working only through the screens: logs in with the form, opens tasks from the
 * inbox by keyboard, clicks and types, waits as a person would. Screenshots are kept in
 * target/screenshots, named with the test's prefix; when a wait fails, the screenshot and the page
 * source are kept there too. Page helpers of single screens (e.g. {@link RegistryDeskPage}) take it.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of(System.getProperty("ezd.screenshots", "target/screenshots"));

    final ChromeDriver driver;
    private final WebDriverWait wait;
    private final String prefix;

    /** A 1400×900 window (the size of the screenshots in docs/), files named without a prefix. */
    Browser() {
        this("", 900);
    }

    /** A 1400×1000 window, screenshots named {@code <prefix>-<name>.png}. */
    Browser(String prefix) {
        this(prefix, 1000);
    }

    private Browser(String prefix, int height) {
        this.prefix = prefix;
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver")).toFile())
                .build();
        var options = new ChromeOptions();
        options.setBinary(System.getProperty("ezd.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--lang=pl-PL", "--window-size=1400," + height);
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1400, height));
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    /** Logs in through the form (a fresh session: logs out whoever was logged in). */
    Browser logIn(String user, String password) {
        driver.manage().deleteAllCookies();
        driver.get(Ezd.URL);
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("j_username")), "login-form").sendKeys(user);
        driver.findElement(By.id("j_password")).sendKeys(password);
        driver.findElement(By.id("login-submit")).click();
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("user-name")), "logged-in-" + user);
        return this;
    }

    Browser logIn(String demoUser) {
        return logIn(demoUser, Ezd.DEMO_PASSWORD);
    }

    /** The browser's patient wait, for page helpers of single screens. */
    WebDriverWait waiting() {
        return wait;
    }

    /** Opens a page of the application, e.g. {@code admin/units.xhtml}. */
    void open(String path) {
        driver.get(Ezd.URL + path);
    }

    WebElement find(String id) {
        return waitFor(ExpectedConditions.visibilityOfElementLocated(By.id(id)), "find-" + id.replace(':', '_'));
    }

    void type(String id, String text) {
        WebElement field = find(id);
        field.clear();
        field.sendKeys(text);
    }

    /**
     * Chooses the first option whose text starts with {@code optionText} in a PrimeFaces
     * selectOneMenu by keyboard, as a keyboard user does: arrow down until it shows.
     */
    void choose(String menuId, String optionText) {
        WebElement label = find(menuId + "_label");
        for (int i = 0; i < 100 && !label.getText().startsWith(optionText); i++) {
            label.sendKeys(Keys.ARROW_DOWN);
        }
        waitFor(d -> d.findElement(By.id(menuId + "_label")).getText().startsWith(optionText), "chosen-" + menuId.replace(':', '_'));
    }

    /** Chooses the first option whose text contains {@code filterText}, typed into the menu's filter. */
    void chooseFiltered(String menuId, String filterText) {
        find(menuId).click();
        WebElement filter = waitFor(ExpectedConditions.visibilityOfElementLocated(By.id(menuId + "_filter")), "filter-" + menuId.replace(':', '_'));
        filter.sendKeys(filterText);
        By option = By.xpath("//*[@id='" + menuId + "_items']//li[contains(., " + xpathLiteral(filterText) + ") and not(contains(@style,'display: none'))]");
        waitFor(ExpectedConditions.elementToBeClickable(option), "filtered-" + menuId.replace(':', '_')).click();
        waitFor(d -> d.findElement(By.id(menuId + "_label")).getText().contains(filterText), "chosen-" + menuId.replace(':', '_'));
    }

    private static String xpathLiteral(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }

    /** Waits like a person would; if it never happens, keeps what the browser showed for the report. */
    <T> T waitFor(Function<WebDriver, T> condition, String what) {
        try {
            return wait.until(condition);
        } catch (RuntimeException e) {
            try {
                screenshot("failed-" + what);
                Files.writeString(SCREENSHOTS.resolve(named("failed-" + what) + ".html"), driver.getPageSource());
            } catch (RuntimeException | IOException io) {
                e.addSuppressed(io);
            }
            throw e;
        }
    }

    void waitForText(String id, String text) {
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text), "text-" + id.replace(':', '_'));
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(named(name) + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String named(String name) {
        return prefix.isEmpty() ? name : prefix + "-" + name;
    }

    WebElement visible(By by, String what) {
        return waitFor(ExpectedConditions.visibilityOfElementLocated(by), what);
    }

    void click(By by, String what) {
        WebElement element = waitFor(ExpectedConditions.elementToBeClickable(by), what);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", element);
        element.click();
    }

    /** Presses Enter on a button, as a keyboard user does (no pointer, so no click on a dialog still moving). */
    void press(By by, String what) {
        waitFor(ExpectedConditions.elementToBeClickable(by), what).sendKeys(Keys.ENTER);
    }

    void type(By by, String text, String what) {
        WebElement field = visible(by, what);
        field.clear();
        field.sendKeys(text);
    }

    List<WebElement> inboxRows() {
        return driver.findElements(By.cssSelector("#inbox-form\\:tasks_data tr[data-ri]"));
    }

    /**
     * In the inbox, searches for {@code text}, waits for the task named {@code taskName} and opens it
     * by keyboard: focus on its link and Enter.
     */
    void openTask(String text, String taskName) {
        open("workflow/inbox.xhtml");
        WebElement search = visible(By.id("inbox-form:filter-text"), "inbox-" + taskName);
        search.clear();
        search.sendKeys(text, Keys.ENTER);
        // the table re-renders when the filter applies: wait until it shows only matching rows, then
        // press Enter on the task's link (read again if the table was re-rendered in between)
        waitFor(d -> {
            List<WebElement> rows = inboxRows();
            if (rows.isEmpty() || !rows.stream().allMatch(row -> row.getText().contains(text))) {
                return false;
            }
            WebElement row = rows.stream().filter(r -> r.getText().contains(taskName)).findFirst().orElse(null);
            if (row == null) {
                return false;
            }
            WebElement link = row.findElement(By.cssSelector("a.ezd-task-link"));
            try {
                link.sendKeys(Keys.ENTER);
            } catch (org.openqa.selenium.ElementNotInteractableException notYet) {
                // the table is still being re-rendered: read it again
                return false;
            }
            return true;
        }, "row-" + taskName.replace(' ', '-'));
        waitFor(ExpectedConditions.textToBe(By.id("task-name"), taskName), "task-" + taskName.replace(' ', '-'));
    }

    /** Waits until the task page says the task is done. */
    void taskDone(String what) {
        visible(By.id("task-done"), "done-" + what);
    }

    String growl() {
        return driver.findElement(By.id("growl_container")).getText();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
