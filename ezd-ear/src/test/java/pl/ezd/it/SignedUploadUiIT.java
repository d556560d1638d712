package pl.ezd.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Final approval with the approver's own qualified signature, on the signing task's screen: the
 * head downloads the draft, signs it outside EZD (here: a PAdES signature made in the test with
 * a certificate of a CA the test server trusts, its CRL at hand) and uploads the signed file. The
 * screen refuses, in Polish and with the dialog kept open, a missing file, another document signed,
 * the draft signed with a certificate no trusted CA issued, and the draft validly signed by someone
 * else than the approver; nothing of a refused upload is stored. The accepted upload shows the verdict and summary, and the metryka records the signing.
 */
class SignedUploadUiIT {

    private static final Path TRUST = Path.of(System.getProperty("ezd.trust-dir", "target/it-trust"));
    private static OfficePki.Issued trustedCa;
    private static OfficePki.Issued head;

    private Browser browser;

    @BeforeAll
    static void theOfficeTrustsTheHeadsCertificateAuthority() throws Exception {
        trustedCa = OfficePki.ca("CN=Kwalifikowane Centrum Certyfikacji (test " + UUID.randomUUID().toString().substring(0, 6) + "), O=EZD, C=PL");
        head = OfficePki.person(trustedCa, "CN=Maria Wiśniewska, SERIALNUMBER=PNOPL-80010112345, C=PL");
        String name = "signed-upload-" + trustedCa.certificate().getSerialNumber();
        Files.write(Files.createDirectories(TRUST.resolve("anchors")).resolve(name + ".cer"), trustedCa.certificate().getEncoded());
        Files.write(Files.createDirectories(TRUST.resolve("crls")).resolve(name + ".crl"), OfficePki.crl(trustedCa));
        Thread.sleep(4000); // the server reads its trust again 3 s after it last did (ezd.signature.rebuild-interval in the pom)
    }

    @BeforeEach
    void openBrowser() {
        browser = new Browser("signed-upload");
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    private static JsonObject document(long id) {
        return Ezd.get("referent", "api/v1/documents/" + id).object();
    }

    private void upload(byte[] content, String fileName) throws Exception {
        Path file = Files.createDirectories(Path.of("target", "signed-upload-files")).resolve(fileName);
        Files.write(file, content);
        browser.visible(By.id("sign-upload-dialog"), "sign-upload-dialog-" + fileName);
        browser.driver.findElement(By.cssSelector("#sign-upload-form input[type=file]")).sendKeys(file.toAbsolutePath().toString());
        browser.click(By.id("sign-upload-form:sign-upload-submit"), "sign-upload-submit-" + fileName);
    }

    private void refusedWith(String text, String what) {
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("sign-upload-form"), text), what);
        assertThat(browser.driver.findElement(By.id("sign-upload-dialog")).isDisplayed()).as("the dialog stays open").isTrue();
        assertThat(browser.driver.findElements(By.id("task-done"))).isEmpty();
    }

    @Test
    void theHeadSignsTheDraftOutsideAndUploadsItOnlyAValidSignatureOnTheDraftIsAccepted() throws Exception {
        var chain = Ezd.put("admin", "api/v1/approval-chains/units/GK", "application/json",
                "{\"steps\":[{\"unitSymbol\":\"GK\",\"role\":\"HEAD\",\"finalStep\":true}]}".getBytes(StandardCharsets.UTF_8));
        assertThat(chain.status()).as(chain.body()).isEqualTo(200);
        String marker = "Podpis-" + UUID.randomUUID().toString().substring(0, 6);
        var opened = Ezd.post("referent", "api/v1/cases", "{\"jrwaSymbol\":\"6100\",\"title\":" + Ezd.quote(marker + " zezwolenie na wycinkę") + "}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        long caseId = opened.object().getInt("id");
        byte[] draftPdf = OfficePki.pdf("Decyzja: zezwala sie na usuniecie klonu przy ul. Lesnej 5");
        var uploaded = Ezd.upload("referent", "api/v1/documents?title=" + URLEncoder.encode(marker + " decyzja", StandardCharsets.UTF_8)
                + "&kind=DRAFT", "decyzja.pdf", draftPdf);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        long draftId = uploaded.object().getInt("id");
        assertThat(Ezd.post("referent", "api/v1/cases/" + caseId + "/documents", "{\"documentId\":" + draftId + ",\"role\":\"DRAFT\"}")
                .status()).isEqualTo(200);
        var sent = Ezd.post("referent", "api/v1/cases/" + caseId + "/approval", "{\"documentId\":" + draftId + "}");
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);

        browser.logIn("kierownik");
        browser.openTask(marker, "Akceptacja końcowa i podpisanie");
        browser.click(By.id("actions:open-sign-upload"), "open-sign-upload");
        browser.visible(By.id("sign-upload-dialog"), "sign-upload-dialog");

        // 1. the draft to sign is the stored file itself
        String href = browser.visible(By.id("sign-upload-form:draft-download"), "draft-download").getAttribute("href");
        assertThat(href).endsWith("api/v1/documents/" + draftId + "/versions/1/content");
        var downloaded = Ezd.download("kierownik", href.substring(href.indexOf("api/v1/")));
        assertThat(downloaded.status()).isEqualTo(200);
        assertThat(downloaded.body()).isEqualTo(draftPdf);
        browser.screenshot("01-dialog");

        // no file: refused, nothing sent
        browser.click(By.id("sign-upload-form:sign-upload-submit"), "submit-without-file");
        refusedWith("Wybierz podpisany plik", "no-file");

        // another document, even validly signed: refused
        upload(OfficePki.padesSigned(OfficePki.pdf("Decyzja w zupelnie innej sprawie"), head, trustedCa), "inny-dokument.pdf");
        refusedWith("nie jest podpisanym projektem", "another-document");

        // the draft signed with a certificate of a CA nobody trusts: not VALID, refused
        var strangerCa = OfficePki.ca("CN=Nieznane Centrum, O=Nieznane, C=PL");
        upload(OfficePki.padesSigned(downloaded.body(), OfficePki.person(strangerCa, "CN=Maria Wiśniewska, C=PL"), strangerCa),
                "obcy-podpis.pdf");
        refusedWith("Podpis w przesłanym pliku nie jest ważny", "untrusted-signature");
        browser.screenshot("02-refused");

        // the draft validly signed, but by someone else than the approver: refused
        upload(OfficePki.padesSigned(downloaded.body(), OfficePki.person(trustedCa, "CN=Jan Kowalski, C=PL"), trustedCa),
                "podpis-kogos-innego.pdf");
        refusedWith("Plik podpisał(a) Jan Kowalski, a akceptację końcową składa Maria Wiśniewska", "another-signer");
        assertThat(document(draftId).getInt("currentVersion")).as("no refused upload stored anything").isEqualTo(1);

        // the draft signed by the head with a certificate of the trusted CA: accepted, verdict shown
        upload(OfficePki.padesSigned(downloaded.body(), head, trustedCa), "decyzja-podpisana.pdf");
        browser.taskDone("signed-upload");
        assertThat(browser.driver.findElement(By.id("signed-verdict")).getText()).isEqualTo("podpis ważny");
        assertThat(browser.driver.findElement(By.id("signed-summary")).getText()).isNotBlank();
        browser.screenshot("03-signed");

        JsonObject signed = document(draftId);
        assertThat(signed.getInt("currentVersion")).isEqualTo(2);
        assertThat(signed.getString("signatureVerdict")).isEqualTo("VALID");
        String metryka = Ezd.get("referent", "api/v1/cases/" + caseId + "/metryka").body();
        assertThat(metryka).contains("Podpisanie pisma (podpis kwalifikowany akceptującego)");
    }
}
