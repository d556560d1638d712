package pl.ezd.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
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
 * A person's headless Chromium (Debian's chromium and chromium-driver) for the browser tests: logs
 * in through the form, waits as a person would, and keeps screenshots (and, when a wait fails, the
 * page source) in target/screenshots.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of(System.getProperty("ezd.screenshots", "target/screenshots"));

    final ChromeDriver driver;
    private final WebDriverWait wait;

    Browser() {
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver")).toFile())
                .build();
        var options = new ChromeOptions();
        options.setBinary(System.getProperty("ezd.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--lang=pl-PL", "--window-size=1400,900");
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1400, 900));
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
                Files.writeString(SCREENSHOTS.resolve("failed-" + what + ".html"), driver.getPageSource());
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
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
