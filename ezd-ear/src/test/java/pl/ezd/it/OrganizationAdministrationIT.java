package pl.ezd.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Administration over the API as an organisation's and a region's administrators do it: people who
 * are added can log in with the roles of their posts, blocked ones cannot, passwords change, and
 * a regional administrator sets up organisations without reading any of their records. The staff
 * tests work in an organisation of their own, so the demo gmina's clerks stay those the browser
 * tests expect.
 */
class OrganizationAdministrationIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Warsaw"));
    private static final String PASSWORD = "Zielona-Laka-2026";

    private static final Api regionAdmin = Api.demo("admin.regionu");
    /** The administrator of an organisation set up for these tests, so the demo gmina's staff stays as it was. */
    private static Api admin;
    private static String organizationName;

    @BeforeAll
    static void anOrganisationOfItsOwn() {
        String suffix = Api.unique();
        organizationName = "Urząd Gminy Waganiec " + suffix;
        regionAdmin.expect(201, regionAdmin.post("api/v1/organizations", """
                {"kind":"GMINA","name":"%s","teryt":"0401082","unitSymbol":"OR","unitName":"Referat Organizacyjny",
                 "admin":{"firstName":"Wanda","lastName":"Waganiecka","username":"adm.waganiec.%s","password":"%s"}}"""
                .formatted(organizationName, suffix, PASSWORD)));
        admin = new Api("adm.waganiec." + suffix, PASSWORD);
        for (String unit : new String[] {"GK", "USC"}) {
            admin.expect(201, admin.post("api/v1/admin/units",
                    "{\"symbol\":\"" + unit + "\",\"name\":\"Referat " + unit + "\",\"validFrom\":\"" + TODAY.withDayOfYear(1) + "\"}"));
        }
    }

    private long unitId(Api as, String symbol) {
        return as.get("api/v1/admin/units").json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getString("symbol").equals(symbol) && !u.containsKey("validTo"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private JsonObject addEmployee(Api as, String username, long unitId, String title, String roles) {
        return as.expect(201, as.post("api/v1/admin/employees", """
                {"firstName":"Halina","lastName":"Testowa","email":"%s@example.pl","username":"%s","password":"%s",
                 "post":{"unitId":%d,"title":"%s","roles":[%s]}}""".formatted(username, username, PASSWORD, unitId, title, roles)));
    }

    @Test
    void anUnauthenticatedApiCallGets401WithABasicChallengeWhileScreensKeepTheLoginForm() throws Exception {
        var reply = new Api(null, null).get("api/v1/me");
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.object().getString("code")).isEqualTo("NOT_AUTHENTICATED");
        var raw = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Ezd.URL + "api/v1/cases/1")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(raw.statusCode()).isEqualTo(401);
        assertThat(raw.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(challenge ->
                assertThat(challenge).startsWith("Basic realm=\"EZD\""));
        assertThat(raw.body()).doesNotContain("j_security_check");

        var screen = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()
                .send(HttpRequest.newBuilder(URI.create(Ezd.URL + "workflow/inbox.xhtml")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(screen.body()).as("screens still use the form").contains("j_security_check");

        assertThat(new Api("referent", "zle-haslo").get("api/v1/me").status()).as("wrong password").isEqualTo(401);
    }

    @Test
    void anEmployeeAddedWithAPostLogsInWithItsRolesAndLosesThemWhenThePostEnds() {
        String username = "halina." + Api.unique();
        var employee = addEmployee(admin, username, unitId(admin, "GK"), "Podinspektor", "\"CLERK\"");
        assertThat(employee.getBoolean("active")).isTrue();
        assertThat(employee.toString()).doesNotContain(PASSWORD);

        var halina = new Api(username, PASSWORD);
        var me = halina.expect(200, halina.get("api/v1/me"));
        assertThat(me.getString("organizationName")).isEqualTo(organizationName);
        assertThat(me.getJsonArray("roles").getValuesAs(JsonString.class)).extracting(JsonString::getString).containsExactly("CLERK");

        long employeeId = employee.getJsonNumber("id").longValue();
        var second = admin.expect(201, admin.post("api/v1/admin/posts", """
                {"employeeId":%d,"unitId":%d,"title":"Kierownik USC","roles":["HEAD"],"validFrom":"%s"}"""
                .formatted(employeeId, unitId(admin, "USC"), TODAY.withDayOfYear(1))));
        assertThat(halina.get("api/v1/me").object().getJsonArray("posts")).as("posts in two units").hasSize(2);
        var posts = admin.get("api/v1/admin/posts");
        assertThat(posts.status()).as(posts.body()).isEqualTo(200);
        assertThat(posts.json().asJsonArray().getValuesAs(JsonObject.class))
                .filteredOn(p -> p.getJsonNumber("employeeId").longValue() == employeeId)
                .extracting(p -> p.getString("unitSymbol") + " " + p.getString("title"))
                .containsExactlyInAnyOrder("GK Podinspektor", "USC Kierownik USC");
        assertThat(halina.get("api/v1/me").object().getJsonArray("roles").getValuesAs(JsonString.class))
                .extracting(JsonString::getString).containsExactlyInAnyOrder("CLERK", "HEAD");

        Assumptions.assumeTrue(TODAY.getDayOfYear() > 1, "the demo units start on 1 January");
        var beforeStart = admin.post("api/v1/admin/posts/" + second.getJsonNumber("id") + "/end",
                "{\"validTo\":\"" + TODAY.withDayOfYear(1).minusDays(1) + "\"}");
        assertThat(beforeStart.status()).isEqualTo(400);
        assertThat(beforeStart.object().getJsonArray("fields").getJsonObject(0).getString("field")).isEqualTo("validTo");
        admin.expect(200, admin.post("api/v1/admin/posts/" + second.getJsonNumber("id") + "/end",
                "{\"validTo\":\"" + TODAY.minusDays(1) + "\"}"));
        assertThat(halina.get("api/v1/me").object().getJsonArray("roles").getValuesAs(JsonString.class))
                .as("an ended post gives no role").extracting(JsonString::getString).containsExactly("CLERK");

        var audit = admin.get("api/v1/audit?subjectType=Employee&subjectId=" + employeeId);
        assertThat(audit.json().asJsonArray().getValuesAs(JsonObject.class)).extracting(e -> e.getString("action"))
                .contains("EMPLOYEE_ADDED");
    }

    @Test
    void aDeactivatedEmployeeCannotLogInAndAResetPasswordReplacesTheOldOne() {
        String username = "blokowany." + Api.unique();
        var employee = addEmployee(admin, username, unitId(admin, "OR"), "Referent", "\"CLERK\"");
        long id = employee.getJsonNumber("id").longValue();
        var user = new Api(username, PASSWORD);
        assertThat(user.get("api/v1/me").status()).isEqualTo(200);

        var weak = admin.post("api/v1/admin/employees/" + id + "/password", "{\"newPassword\":\"krotkie\"}");
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.object().getJsonArray("fields").getJsonObject(0).getString("field")).isEqualTo("newPassword");
        assertThat(weak.object().getString("message")).contains("od 10");

        assertThat(admin.post("api/v1/admin/employees/" + id + "/password", "{\"newPassword\":\"Nowe-Haslo-2027\"}").status()).isEqualTo(204);
        assertThat(user.get("api/v1/me").status()).as("old password").isEqualTo(401);
        var withNew = new Api(username, "Nowe-Haslo-2027");
        assertThat(withNew.get("api/v1/me").status()).isEqualTo(200);

        var blocked = admin.expect(200, admin.post("api/v1/admin/employees/" + id + "/deactivate", null));
        assertThat(blocked.getBoolean("active")).isFalse();
        assertThat(withNew.get("api/v1/me").status()).as("blocked account").isEqualTo(401);

        assertThat(admin.post("api/v1/admin/employees/" + id + "/activate", null).status()).isEqualTo(200);
        assertThat(withNew.get("api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void aUserChangesTheirOwnPasswordKnowingTheCurrentOne() {
        String username = "zmiana." + Api.unique();
        addEmployee(admin, username, unitId(admin, "OR"), "Referent", "\"REGISTRY\"");
        var user = new Api(username, PASSWORD);

        var wrongCurrent = user.post("api/v1/me/password", "{\"currentPassword\":\"nie-to-haslo\",\"newPassword\":\"Inne-Haslo-2027\"}");
        assertThat(wrongCurrent.status()).isEqualTo(400);
        assertThat(wrongCurrent.object().getJsonArray("fields").getJsonObject(0).getString("field")).isEqualTo("currentPassword");
        assertThat(wrongCurrent.object().getString("message")).isEqualTo("Obecne hasło jest nieprawidłowe");

        var containsLogin = user.post("api/v1/me/password", "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"X1" + username + "\"}");
        assertThat(containsLogin.status()).isEqualTo(400);
        assertThat(containsLogin.object().getString("message")).contains("loginu");

        assertThat(user.post("api/v1/me/password", "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"Inne-Haslo-2027\"}")
                .status()).isEqualTo(204);
        assertThat(user.get("api/v1/me").status()).isEqualTo(401);
        assertThat(new Api(username, "Inne-Haslo-2027").get("api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void unitSymbolsAreUniqueInAYearAndMayBeReusedAfterTheOldUnitEnded() {
        String symbol = "T" + (System.nanoTime() % 10_000_000);
        var old = admin.expect(201, admin.post("api/v1/admin/units", """
                {"symbol":"%s","name":"Zespół testowy","validFrom":"2020-01-01"}""".formatted(symbol)));

        var duplicate = admin.post("api/v1/admin/units", "{\"symbol\":\"" + symbol + "\",\"name\":\"Drugi zespół\"}");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.object().getString("message")).contains("Symbol " + symbol, "w jednym roku");

        admin.expect(200, admin.post("api/v1/admin/units/" + old.getJsonNumber("id") + "/end", "{\"validTo\":\"" + (TODAY.getYear() - 1) + "-12-31\"}"));
        var reused = admin.expect(201, admin.post("api/v1/admin/units", """
                {"symbol":"%s","name":"Nowy zespół","validFrom":"%d-01-01","parentId":%d}""".formatted(symbol, TODAY.getYear(), unitId(admin, "OR"))));
        assertThat(reused.getString("name")).isEqualTo("Nowy zespół");
        assertThat(reused.getString("parentSymbol")).isEqualTo("OR");

        var bad = admin.post("api/v1/admin/units", "{\"symbol\":\"zły symbol\",\"name\":\"x\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.object().getJsonArray("fields").getJsonObject(0).getString("field")).isEqualTo("symbol");
    }

    @Test
    void substitutionsRefuseSelfAndOverlapAndTellTheSubstituteWhomTheyStandInFor() {
        var jan = addEmployee(admin, "zast.a." + Api.unique(), unitId(admin, "GK"), "Referent", "\"CLERK\"");
        var piotr = addEmployee(admin, "zast.b." + Api.unique(), unitId(admin, "GK"), "Referent", "\"CLERK\"");
        var maria = addEmployee(admin, "zast.c." + Api.unique(), unitId(admin, "GK"), "Referent", "\"CLERK\"");
        long janId = jan.getJsonNumber("id").longValue();
        String body = "{\"absentEmployeeId\":%d,\"substituteEmployeeId\":%d,\"validFrom\":\"%s\",\"validTo\":\"%s\",\"reason\":\"urlop\"}";

        var self = admin.post("api/v1/admin/substitutions", body.formatted(janId, janId, TODAY, TODAY.plusDays(5)));
        assertThat(self.status()).isEqualTo(400);
        assertThat(self.object().getString("message")).contains("samego siebie");

        var created = admin.expect(201, admin.post("api/v1/admin/substitutions",
                body.formatted(janId, piotr.getJsonNumber("id").longValue(), TODAY, TODAY.plusDays(5))));
        var overlapping = admin.post("api/v1/admin/substitutions",
                body.formatted(janId, maria.getJsonNumber("id").longValue(), TODAY.plusDays(5), TODAY.plusDays(9)));
        assertThat(overlapping.status()).isEqualTo(409);
        assertThat(overlapping.object().getString("message")).contains("ma już w tym czasie zastępcę");

        var piotrApi = new Api(piotr.getString("username"), PASSWORD);
        var absentees = piotrApi.get("api/v1/me/substituting").json().asJsonArray().getValuesAs(JsonObject.class);
        assertThat(absentees).extracting(a -> a.getString("username")).containsExactly(jan.getString("username"));
        assertThat(piotrApi.get("api/v1/me/substituting?on=" + TODAY.plusDays(6)).json().asJsonArray()).isEmpty();

        admin.expect(200, admin.delete("api/v1/admin/substitutions/" + created.getJsonNumber("id")));
        assertThat(piotrApi.get("api/v1/me/substituting").json().asJsonArray()).isEmpty();
        admin.expect(201, admin.post("api/v1/admin/substitutions",
                body.formatted(janId, maria.getJsonNumber("id").longValue(), TODAY.plusDays(5), TODAY.plusDays(9))));
    }

    @Test
    void aRegionAdministratorCreatesAnOrganisationWhoseAdministratorSetsItUp() {
        String suffix = Api.unique();
        String adminLogin = "adm.badkowo." + suffix;
        var created = regionAdmin.expect(201, regionAdmin.post("api/v1/organizations", """
                {"kind":"GMINA","name":"Urząd Gminy Bądkowo %s","teryt":"0401052","unitSymbol":"OR","unitName":"Referat Organizacyjny",
                 "admin":{"firstName":"Adam","lastName":"Bądkowski","username":"%s","password":"%s"}}""".formatted(suffix, adminLogin, PASSWORD)));
        long orgId = created.getJsonNumber("id").longValue();
        assertThat(regionAdmin.get("api/v1/organizations").json().asJsonArray().getValuesAs(JsonObject.class))
                .extracting(o -> o.getJsonNumber("id").longValue()).contains(orgId);
        assertThat(regionAdmin.get("api/v1/organizations/" + orgId).object().getString("teryt")).isEqualTo("0401052");

        var newAdmin = new Api(adminLogin, PASSWORD);
        var me = newAdmin.expect(200, newAdmin.get("api/v1/me"));
        assertThat(me.getJsonNumber("organizationId").longValue()).isEqualTo(orgId);
        assertThat(me.getJsonArray("roles").getValuesAs(JsonString.class)).extracting(JsonString::getString).containsExactly("ORG_ADMIN");
        assertThat(newAdmin.get("api/v1/admin/units").json().asJsonArray().getValuesAs(JsonObject.class))
                .extracting(u -> u.getString("symbol")).containsExactly("OR");

        var wrongKind = regionAdmin.post("api/v1/organizations", """
                {"kind":"GMINA","name":"Powiat %s","teryt":"0401","unitSymbol":"OR","unitName":"x",
                 "admin":{"firstName":"A","lastName":"B","username":"x.%s","password":"%s"}}""".formatted(suffix, suffix, PASSWORD));
        assertThat(wrongKind.status()).isEqualTo(400);
        assertThat(wrongKind.object().getJsonArray("fields").getJsonObject(0).getString("field")).isEqualTo("teryt");
        var notInRegion = regionAdmin.post("api/v1/organizations", """
                {"kind":"GMINA","name":"Kraków %s","teryt":"1261011","unitSymbol":"OR","unitName":"x",
                 "admin":{"firstName":"A","lastName":"B","username":"y.%s","password":"%s"}}""".formatted(suffix, suffix, PASSWORD));
        assertThat(notInRegion.object().getString("message")).contains("nie ma w rejestrze TERC");
        var takenLogin = regionAdmin.post("api/v1/organizations", """
                {"kind":"GMINA","name":"Urząd Gminy Koneck %s","teryt":"0401062","unitSymbol":"OR","unitName":"x",
                 "admin":{"firstName":"A","lastName":"B","username":"%s","password":"%s"}}""".formatted(suffix, adminLogin, PASSWORD));
        assertThat(takenLogin.status()).as(takenLogin.body()).isEqualTo(409);
        assertThat(regionAdmin.get("api/v1/organizations").json().asJsonArray().getValuesAs(JsonObject.class))
                .as("nothing half stored").noneMatch(o -> o.getString("name").contains("Koneck " + suffix));

        assertThat(Api.demo("admin").get("api/v1/organizations").status()).as("an organisation's admin does not list organisations").isEqualTo(403);
    }

    @Test
    void aRegionAdministratorReadsNoOrganisationsRecords() {
        var item = Api.demo("kancelaria").expect(201, Api.demo("kancelaria").post("api/v1/incoming-items",
                Ezd.letter("Pismo, którego administrator regionu nie zobaczy", "Jan Tajny")));
        long itemId = item.getJsonNumber("id").longValue();
        for (String path : new String[] {"api/v1/incoming-items/" + itemId, "api/v1/cases/1", "api/v1/cases/1/metryka",
                "api/v1/cases/1/items", "api/v1/cases/spis-spraw?unit=GK&jrwa=6100&year=" + TODAY.getYear(),
                "api/v1/documents", "api/v1/documents/1", "api/v1/jrwa", "api/v1/jrwa/1", "api/v1/jrwa/1/wykaz",
                "api/v1/jrwa/final-classes/6100", "api/v1/tasks", "api/v1/audit/verification",
                "api/v1/audit?subjectType=IncomingItem&subjectId=" + itemId, "api/v1/admin/units", "api/v1/admin/employees",
                "api/v1/admin/posts", "api/v1/admin/substitutions"}) {
            var reply = regionAdmin.get(path);
            assertThat(reply.status()).as(path + " → " + reply.body()).isEqualTo(403);
            assertThat(reply.body()).doesNotContain("Jan Tajny");
        }
        assertThat(regionAdmin.post("api/v1/incoming-items", Ezd.letter("x", "y")).status()).isEqualTo(403);
        assertThat(regionAdmin.post("api/v1/cases", "{\"jrwaSymbol\":\"6100\",\"title\":\"x\"}").status()).isEqualTo(403);
        assertThat(regionAdmin.post("api/v1/tasks/1/claim", null).status()).isEqualTo(403);
    }
}
