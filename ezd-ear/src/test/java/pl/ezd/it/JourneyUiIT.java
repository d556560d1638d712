package pl.ezd.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * THE JOURNEY, in the browser, one user per role, each step through the screens: a letter with a
 * PDF is registered, the head decrees it to a clerk on the unit/people tree, the clerk accepts it
 * and opens a case for it with the JRWA tree picker, drafts a reply in the case folder and sends it
 * for approval; the first approver returns it with a comment, the clerk uploads a revised version
 * and re-sends it, the first approver approves, the head approves and applies the office seal, the
 * registry office dispatches it, the clerk closes the case, and the case folder's metryka shows
 * every step.
 */
class JourneyUiIT {

    private static final String SEAL_PASSWORD = "seal-test-only";
    private static Browser browser;
    private static Path pdf;
    private static Path revisedPdf;
    private static Path scan;

    @BeforeAll
    static void theOfficeHasASealAndATwoLevelChain() throws Exception {
        // set-up by the office's administrator, not a journey step: the seal file the server reads
        // (as CaseCirculationIT) and GK's approval chain: a named clerk first, then GK's head signs
        long organizationId = Ezd.get("kierownik", "api/v1/me").object().getJsonNumber("organizationId").longValue();
        var officeCa = OfficePki.ca("CN=Centrum Certyfikacji Urzędu (test podróży), O=EZD, C=PL");
        var seal = OfficePki.issue(officeCa, "CN=Urząd Miejski w Ciechocinku, O=Urząd Miejski w Ciechocinku, C=PL");
        Path sealDir = Files.createDirectories(Path.of(System.getProperty("ezd.seal-dir", "target/it-seals")));
        Files.write(sealDir.resolve("seal-" + organizationId + ".p12"), OfficePki.pkcs12(seal, officeCa, SEAL_PASSWORD.toCharArray()));
        var chain = Ezd.put("admin", "api/v1/approval-chains/units/GK", "application/json",
                "{\"steps\":[{\"username\":\"referent2\"},{\"unitSymbol\":\"GK\",\"role\":\"HEAD\",\"finalStep\":true}]}"
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(chain.status()).as(chain.body()).isEqualTo(200);

        Path dir = Files.createDirectories(Path.of("target", "journey-files"));
        pdf = dir.resolve("odpowiedz.pdf");
        Files.write(pdf, OfficePki.pdf("Odpowiedz: zezwala sie na usuniecie drzewa"));
        scan = dir.resolve("wniosek.pdf");
        Files.write(scan, OfficePki.pdf("Wniosek o wycinke lipy, ul. Lipowa 3"));
        revisedPdf = dir.resolve("odpowiedz-poprawiona.pdf");
        Files.write(revisedPdf, OfficePki.pdf("Odpowiedz (art. 83 u.o.p.): zezwala sie na usuniecie drzewa"));
        browser = new Browser("journey");
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aLetterTravelsFromRegistrationToAClosedCaseInTheBrowser() throws Exception {
        String marker = "Podróż-" + UUID.randomUUID().toString().substring(0, 6);
        String letterTitle = marker + " wniosek o wycinkę lipy";

        // 1. the registry office registers a letter with its PDF scan on its registration screen
        browser.logIn("kancelaria");
        String rpw = new RegistryDeskPage(browser).registerLetter(letterTitle, "Zofia Nowicka", "Ciechocinek", scan);
        assertThat(rpw).matches("RPW/\\d+/\\d{4}");

        // 2. the head decrees it to a clerk on the unit/people tree, with an instruction
        browser.logIn("kierownik");
        browser.openTask(marker, "Dekretacja przesyłki");
        WebElement viewer = browser.visible(By.id("document-viewer"), "pdf-viewer");
        assertThat(viewer.getAttribute("data")).contains("/content?inline=true");
        assertThat(browser.driver.findElement(By.id("task-metadata")).getText()).contains(rpw, "Zofia Nowicka");
        browser.screenshot("01-task-dekretacja");
        browser.click(By.id("actions:open-decree"), "open-decree");
        browser.visible(By.id("decree-dialog"), "decree-dialog");
        browser.click(By.xpath("//*[@id='decree-form:lead-tree']//span[contains(@class,'ui-treenode-label')][contains(.,'Jan Kowalski')]"),
                "tree-person");
        browser.type(By.id("decree-form:instructions"), "Proszę przygotować zezwolenie.", "instructions");
        browser.screenshot("02-dekretacja-tree");
        browser.click(By.id("decree-form:decree-submit"), "decree-submit");
        browser.taskDone("decree");
        assertThat(browser.growl()).contains("Przesyłka zadekretowana");

        // 3. the clerk accepts it
        browser.logIn("referent");
        browser.openTask(marker, "Przyjęcie przesyłki przez referenta");
        browser.click(By.id("actions:accept"), "accept");
        browser.taskDone("accept");

        // 4. and opens a case for it, picking the class on the JRWA tree
        browser.openTask(marker, "Dołączenie przesyłki do sprawy");
        browser.click(By.id("actions:open-file"), "open-file");
        browser.visible(By.id("file-dialog"), "file-dialog");
        browser.click(By.xpath("//*[@id='file-form:jrwa-tree']//span[contains(@class,'ui-treenode-label')][starts-with(normalize-space(.),'6100 ')]"),
                "jrwa-6100");
        browser.type(By.id("file-form:case-title"), marker + " zezwolenie na usunięcie lipy", "case-title");
        browser.screenshot("03-open-case-jrwa");
        browser.click(By.id("file-form:file-submit"), "file-submit");
        browser.taskDone("file");
        browser.click(By.id("go-to-case"), "go-to-case");
        String znak = browser.visible(By.id("case-znak"), "case-folder").getText();
        assertThat(znak).matches("GK\\.6100\\.\\d+\\.\\d{4}");
        assertThat(browser.driver.findElement(By.id("items")).getText()).contains(rpw);

        // 5. drafts the reply in the case folder and sends it for approval
        browser.click(By.id("docs-form:add-draft"), "add-draft");
        browser.visible(By.id("draft-dialog"), "draft-dialog");
        browser.type(By.id("draft-form:draft-title"), "Zezwolenie – projekt", "draft-title");
        browser.driver.findElement(By.cssSelector("#draft-form input[type=file]")).sendKeys(pdf.toAbsolutePath().toString());
        browser.click(By.id("draft-form:draft-submit"), "draft-submit");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("docs-form:documents"), "Zezwolenie – projekt"), "draft-listed");
        browser.click(By.cssSelector("button.ezd-send-approval"), "send-approval");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("case-steps"), "Akceptacja wstępna projektu"), "sent");
        browser.screenshot("04-case-folder-sent");

        // 6. the first approver returns it with a comment
        browser.logIn("referent2");
        browser.openTask(marker, "Akceptacja wstępna projektu");
        browser.visible(By.id("document-viewer"), "draft-viewer");
        browser.click(By.id("actions:open-return-draft"), "open-return-draft");
        browser.type(By.id("review-return-form:review-comment"), "Proszę powołać podstawę prawną (art. 83 u.o.p.)", "review-comment");
        browser.click(By.id("review-return-form:review-return-submit"), "review-return-submit");
        browser.taskDone("return-draft");

        // 7. the clerk uploads a revised version and sends it again
        browser.logIn("referent");
        browser.openTask(marker, "Przygotowanie albo poprawa projektu pisma");
        assertThat(browser.driver.findElement(By.id("task-metadata")).getText()).contains(znak);
        browser.click(By.id("actions:open-version"), "open-version");
        browser.visible(By.id("version-dialog"), "version-dialog");
        browser.driver.findElement(By.cssSelector("#version-form input[type=file]")).sendKeys(revisedPdf.toAbsolutePath().toString());
        browser.click(By.id("version-form:version-submit"), "version-submit");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("document-shown"), "wersja 2"), "version-2");
        browser.click(By.id("actions:resend"), "resend");
        browser.taskDone("resend");

        // 8. the first approver approves
        browser.logIn("referent2");
        browser.openTask(marker, "Akceptacja wstępna projektu");
        browser.click(By.id("actions:open-approve"), "open-approve");
        browser.visible(By.id("approve-dialog"), "approve-dialog");
        browser.click(By.id("approve-form:approve-submit"), "approve-submit");
        browser.taskDone("approve");

        // 9. the head approves and applies the office seal
        browser.logIn("kierownik");
        browser.openTask(marker, "Akceptacja końcowa i podpisanie");
        browser.click(By.id("actions:open-sign"), "open-sign");
        browser.visible(By.id("sign-dialog"), "sign-dialog");
        browser.type(By.id("sign-form:sign-comment"), "Zatwierdzam", "sign-comment");
        browser.click(By.id("sign-form:sign-submit"), "sign-submit");
        browser.taskDone("sign");
        assertThat(browser.driver.findElement(By.id("signature-report")).getText()).isNotBlank();

        // 10. the registry office dispatches it by registered post from its dispatch queue
        browser.logIn("kancelaria");
        browser.click(By.id("nav-dispatch"), "nav-dispatch");
        browser.type(By.id("queue-form:filter-text"), znak, "queue-filter");
        browser.click(By.id("queue-form:apply-filter"), "queue-apply");
        browser.waitFor(d -> {
            var rows = d.findElements(By.cssSelector("#queue-form\\:queue_data tr[data-ri]"));
            if (rows.size() != 1 || !rows.get(0).getText().contains(marker)) {
                return false;
            }
            rows.get(0).findElement(By.cssSelector(".ezd-dispatch-button")).click();
            return true;
        }, "queue-row");
        browser.visible(By.id("dispatch-dialog"), "dispatch-dialog");
        browser.driver.findElement(By.id("dispatch-form:channel_label")).sendKeys(Keys.ARROW_DOWN);
        browser.waitFor(ExpectedConditions.textToBe(By.id("dispatch-form:channel_label"), "list polecony"), "channel");
        browser.type(By.id("dispatch-form:addressee"), "Zofia Nowicka", "addressee");
        browser.type(By.id("dispatch-form:street"), "ul. Lipowa 3", "street");
        browser.type(By.id("dispatch-form:postal-code"), "87-720", "postcode");
        browser.type(By.id("dispatch-form:city"), "Ciechocinek", "city");
        browser.screenshot("05-dispatch");
        browser.click(By.id("dispatch-form:dispatch-submit"), "dispatch-submit");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "Wysłano"), "dispatched");

        // 11. the clerk closes the case
        browser.logIn("referent");
        browser.openTask(marker, "Zakończenie sprawy albo oczekiwanie na odpowiedź");
        browser.click(By.id("actions:open-close"), "open-close");
        browser.visible(By.id("close-dialog"), "close-dialog");
        browser.click(By.id("close-form:close-submit"), "close-submit");
        browser.taskDone("close");

        // 12. the case folder's metryka shows every step, with who did it
        browser.click(By.id("open-case-folder"), "open-case-folder");
        browser.waitFor(ExpectedConditions.textToBe(By.id("case-status"), "zakończona"), "closed");
        String metryka = browser.driver.findElement(By.id("metryka")).getText();
        browser.screenshot("06-case-folder-closed");
        assertThat(metryka).containsSubsequence(
                "Jan Kowalski", "Wszczęcie sprawy",
                "Jan Kowalski", "Dodanie projektu pisma",
                "Jan Kowalski", "Skierowanie projektu do akceptacji",
                "Piotr Zieliński", "zwrócony do poprawy",
                "Jan Kowalski", "Ponowne skierowanie projektu do akceptacji",
                "Piotr Zieliński", "Akceptacja wstępna projektu: zaakceptowany",
                "Maria Wiśniewska", "Akceptacja końcowa projektu: zaakceptowany",
                "Maria Wiśniewska", "Podpisanie pisma",
                "Anna Nowak", "Wysłanie pisma",
                "Jan Kowalski", "Zakończenie sprawy");
        assertThat(browser.driver.findElement(By.id("draft-comments")).getText()).contains("art. 83 u.o.p.", "zwrócony do poprawy");
        assertThat(browser.driver.findElement(By.id("docs-form:documents")).getText()).contains("wersja 3");
        // nothing of the journey is left in anyone's inbox
        for (String user : List.of("kierownik", "referent", "referent2", "kancelaria")) {
            assertThat(Ezd.get(user, "api/v1/tasks?max=50&q=" + java.net.URLEncoder.encode(marker, StandardCharsets.UTF_8))
                    .object().getJsonNumber("total").longValue()).as(user).isZero();
        }
    }
}
