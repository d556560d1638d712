package pl.ezd.it;

import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The registry office's registration screen ({@code /registry/register.xhtml}) as a person uses it,
 * for browser tests: log in, fill the fields, drop files, preview, register, read the RPW number.
 * Fields are named by their component ids in {@code register-form} (e.g. {@code title},
 * {@code sender-town}, {@code date-on-letter}); see {@link #registerLetter} for the usual case.
 *
 * <pre>{@code
 * browser.logIn("kancelaria");
 * var desk = new RegistryDeskPage(browser);
 * String rpw = desk.registerLetter("Wniosek o wycinkę", "Zofia Nowicka", "Ciechocinek", pdfFile);
 * }</pre>
 */
final class RegistryDeskPage {

    private final WebDriver browser;
    private final WebDriverWait wait;

    RegistryDeskPage(Browser person) {
        this.browser = person.driver;
        this.wait = person.waiting();
    }

    /** Opens an empty registration form through the navigation, as a clerk would. */
    RegistryDeskPage open() {
        browser.findElement(By.id("nav-register")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("register-form:title")));
        return this;
    }

    /** Registers an ordinary letter received today with one file: the whole form by the screen only. */
    String registerLetter(String title, String sender, String town, Path file) {
        open();
        type("title", title);
        type("date-on-letter", java.time.LocalDate.now(java.time.ZoneId.of("Europe/Warsaw")).toString());
        sender(sender);
        type("sender-town", town);
        attach(file);
        register();
        return registeredRpw();
    }

    static By field(String id) {
        return By.id("register-form:" + id);
    }

    /** Replaces the text of a field. */
    RegistryDeskPage type(String id, String text) {
        WebElement input = browser.findElement(field(id));
        input.clear();
        input.sendKeys(text);
        return this;
    }

    /** Types the sender's name (the autocomplete may offer earlier senders; this keeps what was typed). */
    RegistryDeskPage sender(String name) {
        WebElement input = browser.findElement(field("sender_input"));
        input.clear();
        input.sendKeys(name);
        input.sendKeys(Keys.TAB);
        return this;
    }

    /** Types the start of a sender's name and picks the offered earlier sender whose name is {@code name}. */
    RegistryDeskPage pickEarlierSender(String typed, String name) {
        WebElement input = browser.findElement(field("sender_input"));
        input.clear();
        input.sendKeys(typed);
        By offered = By.cssSelector("#register-form\\:sender_panel li[data-item-label='" + name + "']");
        wait.until(ExpectedConditions.elementToBeClickable(offered)).click();
        return this;
    }

    String value(String id) {
        return browser.findElement(field(id)).getDomProperty("value");
    }

    /** The error shown beside a field (empty when none). */
    String errorAt(String id) {
        List<WebElement> message = browser.findElements(By.id("register-form:" + id + "-msg"));
        return message.isEmpty() ? "" : message.get(0).getText();
    }

    /** Drops a file on the upload (as the file chooser would) and waits until it is listed for preview. */
    RegistryDeskPage attach(Path file) {
        int before = pendingFiles().size();
        WebElement input = browser.findElement(By.cssSelector("#register-form\\:files input[type=file]"));
        input.sendKeys(file.toAbsolutePath().toString());
        wait.until(d -> pendingFiles().size() == before + 1);
        return this;
    }

    /** Names of the files waiting on the form, the letter first. */
    List<String> pendingFiles() {
        return browser.findElements(By.cssSelector("#register-form\\:pending_data .ezd-file-name")).stream()
                .map(WebElement::getText).toList();
    }

    /** Opens the preview of a waiting file (0 = the letter); returns the address the preview shows. */
    String preview(int index) {
        browser.findElements(By.cssSelector("#register-form\\:pending_data .ezd-preview-button")).get(index).click();
        WebElement frame = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("preview-frame")));
        String source = frame.getDomProperty("src");
        browser.findElement(By.cssSelector("#preview-dialog .ui-dialog-titlebar-close")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("preview-dialog")));
        return source;
    }

    /** Sends the form; waits for either the RPW number or the form's errors. */
    RegistryDeskPage register() {
        String before = browser.findElements(By.id("registered-rpw")).isEmpty() ? "" : browser.findElement(By.id("registered-rpw")).getText();
        browser.findElement(field("register")).click();
        wait.until(d -> !d.findElements(By.cssSelector("#register-form\\:form-messages .ui-messages-error")).isEmpty()
                || (!d.findElements(By.id("registered-rpw")).isEmpty() && !d.findElement(By.id("registered-rpw")).getText().equals(before)));
        return this;
    }

    /** The RPW number the last registration got (as the screen shows it). */
    String registeredRpw() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("registered-rpw"))).getText();
    }

    /** The form's general error summary (empty when none). */
    String formErrors() {
        return browser.findElements(By.cssSelector("#register-form\\:form-messages .ui-messages-error")).stream()
                .map(WebElement::getText).reduce("", String::concat);
    }

    /**
     * Prints the label in one click; returns the address of the label that was loaded and sent to the
     * printer. A headless browser has no printer, so the page's printer hook only records the call.
     */
    String printLabel() {
        var js = (JavascriptExecutor) browser;
        js.executeScript("window.ezdPrinted = null; window.ezdPrinter = function (target, url) { window.ezdPrinted = url; };");
        browser.findElement(By.id("print-label")).click();
        return wait.until(d -> (String) ((JavascriptExecutor) d).executeScript("return window.ezdPrinted;"));
    }
}
