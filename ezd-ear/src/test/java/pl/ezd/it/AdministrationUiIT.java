package pl.ezd.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Administrators at work in the browser, through the screens only: an organisation's administrator
 * adds an employee, who then logs in and sees their inbox; the regional administrator creates an
 * organisation with its TERYT code picked from the TERC register; an administrator replaces the
 * routing table by uploading a file. Refusals appear next to the field and keep what was typed.
 */
class AdministrationUiIT {

    private static final String PASSWORD = "Jesienna-Mgla-2026";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Warsaw"));
    /**
     * Posts made in these tests start yesterday: between midnight in Warsaw and midnight UTC the
     * login realm (database CURRENT_DATE) and the office day disagree on a post starting today
     * (docs/architecture.md, known limits).
     */
    private static final LocalDate POSTS_FROM = TODAY.minusDays(1);

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** The text of the messages shown next to a field (inside its .ezd-field block). */
    private String messageAt(String fieldId) {
        return browser.waitFor(d -> {
            String text = d.findElement(By.xpath("//*[@id='" + fieldId + "']/ancestor::*[contains(@class,'ezd-field')][1]"))
                    .findElements(By.cssSelector(".ui-message")).stream().map(WebElement::getText)
                    .reduce("", (a, b) -> a + b);
            return text.isBlank() ? null : text;
        }, "message-" + fieldId.replace(':', '_'));
    }

    private String value(String id) {
        return browser.driver.findElement(By.id(id)).getDomProperty("value");
    }

    @Test
    void anAdministratorAddsAnEmployeeWhoThenLogsInAndSeesTheirInbox() {
        String suffix = Api.unique();
        String username = "b.nowacka." + suffix;
        browser.logIn("admin");
        browser.driver.findElement(By.id("nav-administration")).click();
        browser.find("units-form:units");
        browser.driver.findElement(By.linkText("Pracownicy")).click();
        browser.find("employees-form:employees");

        browser.type("employee-form:firstName", "Beata");
        browser.type("employee-form:lastName", "Nowacka");
        browser.type("employee-form:email", username + "@example.pl");
        browser.type("employee-form:username", username);
        browser.type("employee-form:password", "krotkie");
        browser.choose("employee-form:unitId", "GK – ");
        browser.type("employee-form:title", "Podinspektor");
        browser.type("employee-form:validFrom_input", POSTS_FROM.toString());
        browser.driver.findElement(By.xpath("//table[@id='employee-form:roles'] | //div[@id='employee-form:roles']"))
                .findElement(By.xpath(".//label[normalize-space(.)='Referent']")).click();
        browser.find("employee-form:add").click();

        assertThat(messageAt("employee-form:password")).as("the refusal is next to the password").contains("10");
        assertThat(value("employee-form:firstName")).as("nothing typed is lost").isEqualTo("Beata");
        assertThat(value("employee-form:username")).isEqualTo(username);
        assertThat(browser.driver.findElement(By.id("employee-form:unitId_label")).getText()).startsWith("GK");
        browser.screenshot("admin-employee-refused");

        browser.type("employee-form:password", PASSWORD);
        browser.find("employee-form:add").click();
        browser.waitForText("growl_container", "Dodano pracownika Beata Nowacka");
        browser.waitForText("employees-form:employees", username);
        assertThat(value("employee-form:firstName")).as("the form is empty for the next one").isEmpty();
        browser.screenshot("admin-employee-added");

        browser.logIn(username, PASSWORD);
        assertThat(browser.find("user-name").getText()).isEqualTo("Beata Nowacka");
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Skrzynka zadań");
        browser.find("inbox-form:tasks");
        assertThat(browser.driver.findElements(By.id("nav-administration"))).as("no administration for a clerk").isEmpty();
        browser.screenshot("admin-employee-inbox");
    }

    @Test
    void theRegionalAdministratorCreatesAnOrganisationWithItsTerytFromTheRegister() {
        String suffix = Api.unique();
        String name = "Urząd Gminy Bądkowo " + suffix;
        String username = "adm.badkowo." + suffix;
        browser.logIn("admin.regionu");
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).as("a regional administrator starts here")
                .isEqualTo("Organizacje regionu");
        assertThat(browser.driver.findElements(By.id("nav-inbox"))).as("no inbox for a regional administrator").isEmpty();

        browser.type("organization-form:name", name);
        browser.type("organization-form:unitSymbol", "OR");
        browser.type("organization-form:unitName", "Referat Organizacyjny");
        browser.type("organization-form:admin-firstName", "Bogdan");
        browser.type("organization-form:admin-lastName", "Bądkowski");
        browser.type("organization-form:admin-username", username);
        browser.type("organization-form:admin-password", PASSWORD);
        browser.find("organization-form:create").click();
        assertThat(messageAt("organization-form:teryt")).as("no TERYT code chosen").contains("TERYT");
        assertThat(value("organization-form:name")).isEqualTo(name);

        browser.chooseFiltered("organization-form:teryt", "Bądkowo");
        assertThat(browser.driver.findElement(By.id("organization-form:teryt_label")).getText()).startsWith("0401052 Bądkowo");
        browser.type("organization-form:admin-password", PASSWORD);
        browser.screenshot("admin-organization-form");
        browser.find("organization-form:create").click();
        browser.waitForText("growl_container", "Założono organizację " + name);
        browser.waitForText("organizations-form:organizations", name);
        browser.screenshot("admin-organization-created");

        var listed = regionAdmin().get("api/v1/organizations").json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("name").equals(name)).findFirst().orElseThrow();
        assertThat(listed.getString("teryt")).isEqualTo("0401052");
        assertThat(listed.getString("kind")).isEqualTo("GMINA");
        if (LocalDate.now(ZoneOffset.UTC).equals(TODAY)) {
            // the first administrator's post starts today: see POSTS_FROM for the hour after midnight in Warsaw
            var units = new Api(username, PASSWORD).get("api/v1/admin/units");
            assertThat(units.status()).as("its administrator works in it").isEqualTo(200);
            assertThat(units.body()).contains("\"OR\"");
        }
    }

    @Test
    void anAdministratorReplacesTheRoutingTableThroughTheScreen() throws IOException {
        // a new organisation's first administrator holds a post from today, which the login realm
        // sees only once the database's date has caught up with Warsaw's (POSTS_FROM)
        Assumptions.assumeTrue(LocalDate.now(ZoneOffset.UTC).equals(TODAY),
                "in the hour after midnight in Warsaw a new organisation's administrator cannot log in yet");
        String suffix = Api.unique();
        var regionAdmin = regionAdmin();
        regionAdmin.expect(201, regionAdmin.post("api/v1/organizations", """
                {"kind":"GMINA","name":"Urząd Gminy Raciążek %s","teryt":"0401072","unitSymbol":"OR","unitName":"Referat Organizacyjny",
                 "admin":{"firstName":"Renata","lastName":"Raciążek","username":"adm.raciazek.%s","password":"%s"}}"""
                .formatted(suffix, suffix, PASSWORD)));
        var admin = new Api("adm.raciazek." + suffix, PASSWORD);
        JsonObject gk = admin.expect(201, admin.post("api/v1/admin/units",
                "{\"symbol\":\"GK\",\"name\":\"Referat Gospodarki Komunalnej\",\"validFrom\":\"" + POSTS_FROM.withDayOfYear(1) + "\"}"));
        admin.expect(201, admin.post("api/v1/admin/employees", """
                {"firstName":"Gabriela","lastName":"Kierownik","username":"kier.raciazek.%s","password":"%s",
                 "post":{"unitId":%d,"title":"Kierownik referatu","roles":["HEAD"],"validFrom":"%s"}}"""
                .formatted(suffix, PASSWORD, gk.getJsonNumber("id").longValue(), POSTS_FROM)));

        Path dir = Files.createTempDirectory("routing");
        Path good = dir.resolve("tabela-gminy.dmn");
        Files.writeString(good, table("GK"), StandardCharsets.UTF_8);
        Path wrong = dir.resolve("tabela-bledna.dmn");
        Files.writeString(wrong, table("XYZ"), StandardCharsets.UTF_8);

        browser.logIn("adm.raciazek." + suffix, PASSWORD);
        browser.open("admin/routing.xhtml");
        browser.find("rules");
        assertThat(browser.find("routing-state").getText()).startsWith("Wspólna tabela EZD");

        browser.driver.findElement(By.cssSelector("#upload-form input[type=file]")).sendKeys(wrong.toString());
        browser.find("upload-form:upload").click();
        assertThat(messageAt("upload-form:file")).as("the refusal names the unit").contains("XYZ");
        assertThat(browser.find("routing-state").getText()).startsWith("Wspólna tabela EZD");
        browser.screenshot("admin-routing-refused");

        browser.driver.findElement(By.cssSelector("#upload-form input[type=file]")).sendKeys(good.toString());
        browser.find("upload-form:upload").click();
        browser.waitForText("growl_container", "Wczytano tabelę kierowania");
        assertThat(browser.find("routing-state").getText()).startsWith("Własna tabela urzędu");
        String rules = browser.find("rules").getText();
        assertThat(rules).contains("wycinka").contains("GK").contains("Tytuł");
        browser.screenshot("admin-routing-replaced");

        var current = admin.get("api/v1/workflow/routing-table");
        assertThat(current.object().getBoolean("own")).as("the API sees the same table").isTrue();
        assertThat(current.object().getString("dmn")).contains("wycinka");
    }

    private static Api regionAdmin() {
        return Api.demo("admin.regionu");
    }

    private static String table(String unit) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="gmina" name="Tabela gminy" namespace="http://ezd.example/gmina">
                  <decision id="routing" name="Kierowanie przesyłek gminy">
                    <decisionTable id="table" hitPolicy="FIRST">
                      <input id="in_title" label="Tytuł"><inputExpression id="e_title" typeRef="string"><text>title</text></inputExpression></input>
                      <output id="out" name="unitSymbol" typeRef="string"/>
                      <rule id="r_trees">
                        <description>Wycinka drzew do gospodarki komunalnej</description>
                        <inputEntry id="r_trees_t"><text>contains(lower case(?), "wycinka")</text></inputEntry>
                        <outputEntry id="r_trees_o"><text>"%s"</text></outputEntry>
                      </rule>
                    </decisionTable>
                  </decision>
                </definitions>""".formatted(unit);
    }
}
