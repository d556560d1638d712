package pl.ezd.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two organisations on one installation: the demo gmina (A) and one a regional administrator sets
 * up for the test (B), with a user for every role. B's users pass A's ids to every endpoint that
 * takes an id, reading and changing: each answer is 404 (or 403 where the role alone refuses), none
 * shows anything of A, and afterwards A's records are exactly as they were.
 */
class TenantIsolationIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Warsaw"));
    private static final String PASSWORD = "Izolacja-2026!";

    // organisation A (demo gmina) and its records
    private static long itemA;
    private static String rpwA;
    private static String taskA;
    private static long caseA;
    private static String znakA;
    private static long documentA;
    private static long jrwaA;
    private static long unitA;
    private static long employeeA;
    private static String employeeALogin;
    private static long postA;
    private static long substitutionA;
    private static long epuapItemA;
    private static long epuapDocumentA;

    // organisation B's users, one per role
    private static Api adminB;
    private static Api registryB;
    private static Api clerkB;
    private static Api headB;
    private static Api archivistB;
    private static long unitB;
    private static long employeeB;

    private static long id(JsonObject object) {
        return object.getJsonNumber("id").longValue();
    }

    @BeforeAll
    static void twoOrganisations() {
        var kancelaria = Api.demo("kancelaria");
        var kierownik = Api.demo("kierownik");
        var referent = Api.demo("referent");
        var admin = Api.demo("admin");
        String suffix = Api.unique();

        // a letter the demo gmina receives from ePUAP, imported before anything else is registered
        try {
            EpuapImportIT.seed("Nadawca ePUAP " + suffix, EpuapImportIT.letter("Pismo z ePUAP organizacji A " + suffix),
                    java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS), "");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        var epuapItem = awaitEpuapItem(kancelaria, "Pismo z ePUAP organizacji A " + suffix);
        epuapItemA = id(epuapItem);
        epuapDocumentA = id(kancelaria.expect(200, kancelaria.get("api/v1/epuap/receipts/" + epuapItemA)));

        var item = kancelaria.expect(201, kancelaria.post("api/v1/incoming-items", Ezd.letter("Pismo organizacji A " + suffix, "Nadawca Poufny")));
        itemA = id(item);
        rpwA = item.getString("rpwNumber");
        taskA = kierownik.get("api/v1/tasks?max=200").object().getJsonArray("tasks").getValuesAs(JsonObject.class).stream()
                .filter(t -> rpwA.equals(t.getString("rpwNumber", null))).findFirst().orElseThrow().getString("id");
        var theCase = referent.expect(201, referent.post("api/v1/cases", "{\"jrwaSymbol\":\"6100\",\"title\":\"Sprawa A " + suffix + "\"}"));
        caseA = id(theCase);
        znakA = theCase.getString("znak");
        referent.expect(200, referent.post("api/v1/cases/" + caseA + "/items", "{\"itemId\":" + itemA + "}"));
        documentA = id(referent.expect(201, referent.upload("api/v1/documents?kind=LETTER&title=Dokument%20A", "a.txt",
                ("Tajny dokument A " + suffix).getBytes(StandardCharsets.UTF_8))));
        jrwaA = id(admin.get("api/v1/jrwa").json().asJsonArray().getJsonObject(0));
        unitA = admin.get("api/v1/admin/units").json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getString("symbol").equals("GK")).map(TenantIsolationIT::id).findFirst().orElseThrow();
        employeeALogin = "a.pracownik." + suffix;
        // an archivist, not a clerk: the demo head's list of clerks stays what the browser test expects
        var employee = admin.expect(201, admin.post("api/v1/admin/employees", """
                {"firstName":"Alicja","lastName":"Zorganizacji","username":"%s","password":"%s",
                 "post":{"unitId":%d,"title":"Archiwista","roles":["ARCHIVIST"]}}""".formatted(employeeALogin, PASSWORD, unitA)));
        employeeA = id(employee);
        postA = id(employee.getJsonArray("posts").getJsonObject(0));
        var other = admin.expect(201, admin.post("api/v1/admin/employees", """
                {"firstName":"Adam","lastName":"Zorganizacji","username":"a.drugi.%s","password":"%s"}""".formatted(suffix, PASSWORD)));
        substitutionA = id(admin.expect(201, admin.post("api/v1/admin/substitutions", """
                {"absentEmployeeId":%d,"substituteEmployeeId":%d,"validFrom":"%s","validTo":"%s","reason":"urlop"}"""
                .formatted(employeeA, id(other), TODAY, TODAY.plusDays(3)))));

        var regionAdmin = Api.demo("admin.regionu");
        String adminLogin = "b.admin." + suffix;
        regionAdmin.expect(201, regionAdmin.post("api/v1/organizations", """
                {"kind":"GMINA","name":"Urząd Gminy B %s","teryt":"0401052","unitSymbol":"GK","unitName":"Referat B",
                 "admin":{"firstName":"Bogdan","lastName":"Bewski","username":"%s","password":"%s"}}""".formatted(suffix, adminLogin, PASSWORD)));
        adminB = new Api(adminLogin, PASSWORD);
        var unitsOfB = adminB.get("api/v1/admin/units");
        assertThat(unitsOfB.status()).as(unitsOfB.body()).isEqualTo(200);
        unitB = id(unitsOfB.json().asJsonArray().getJsonObject(0));
        registryB = userB("b.kancelaria." + suffix, "REGISTRY");
        clerkB = userB("b.referent." + suffix, "CLERK");
        headB = userB("b.kierownik." + suffix, "HEAD");
        archivistB = userB("b.archiwista." + suffix, "ARCHIVIST");
        employeeB = adminB.get("api/v1/admin/employees").json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("username").equals(clerkB.user())).map(TenantIsolationIT::id).findFirst().orElseThrow();
    }

    private static JsonObject awaitEpuapItem(Api kancelaria, String title) {
        for (int i = 0; i < 90; i++) {
            var items = kancelaria.get("api/v1/incoming-items?channel=EPUAP&max=1&text="
                    + java.net.URLEncoder.encode(title, java.nio.charset.StandardCharsets.UTF_8)).object().getJsonArray("items");
            if (!items.isEmpty()) {
                return items.getJsonObject(0);
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("the ePUAP letter was not registered in the demo gmina within 90 s");
    }

    private static Api userB(String login, String role) {
        adminB.expect(201, adminB.post("api/v1/admin/employees", """
                {"firstName":"Bartosz","lastName":"%s","username":"%s","password":"%s",
                 "post":{"unitId":%d,"title":"Stanowisko","roles":["%s"]}}""".formatted(role, login, PASSWORD, unitB, role)));
        return new Api(login, PASSWORD);
    }

    /** One attempt of B on A's data: who, how, where, and the body. */
    private record Attempt(Api as, String method, String path, String json) {
        Ezd.Reply send() {
            return as.send(method, path, json);
        }
    }

    private static Attempt get(Api as, String path) {
        return new Attempt(as, "GET", path, null);
    }

    private static Attempt post(Api as, String path, String json) {
        return new Attempt(as, "POST", path, json == null ? "{}" : json);
    }

    @Test
    void organisationBCannotReadOrChangeAnythingOfOrganisationAByItsIds() {
        String items = "api/v1/incoming-items/" + itemA;
        String cases = "api/v1/cases/" + caseA;
        String documents = "api/v1/documents/" + documentA;
        String tasks = "api/v1/tasks/" + taskA;
        List<Attempt> attempts = new ArrayList<>(List.of(
                get(registryB, items), get(headB, items), get(clerkB, items),
                get(clerkB, cases), get(archivistB, cases), get(clerkB, cases + "/items"), get(headB, cases + "/metryka"),
                post(clerkB, cases + "/close", "{}"), post(clerkB, cases + "/items", "{\"itemId\":" + itemA + "}"),
                get(clerkB, documents), get(clerkB, documents + "/versions/1/content"), get(clerkB, documents + "/versions/1/text"),
                get(clerkB, documents + "/versions/1/signature"), get(clerkB, documents + "/versions/1/preview"),
                post(headB, documents + "/seal", null),
                get(adminB, "api/v1/jrwa/" + jrwaA), get(clerkB, "api/v1/jrwa/" + jrwaA + "/wykaz"),
                get(clerkB, "api/v1/jrwa/final-classes/6100"),
                // the task view and the document shown in it
                get(headB, tasks), get(clerkB, tasks), get(clerkB, documents + "/versions/1/content?inline=true"),
                post(headB, tasks + "/claim", null), post(headB, tasks + "/dekretacja", "{\"clerk\":\"" + clerkB.user() + "\"}"),
                post(clerkB, tasks + "/acceptance", "{\"accepted\":true}"), post(headB, tasks + "/acceptance", "{\"accepted\":true}"),
                get(adminB, "api/v1/admin/units/" + unitA),
                new Attempt(adminB, "PUT", "api/v1/admin/units/" + unitA, "{\"name\":\"Przejęta\"}"),
                post(adminB, "api/v1/admin/units/" + unitA + "/end", "{\"validTo\":\"" + TODAY + "\"}"),
                post(adminB, "api/v1/admin/units", "{\"symbol\":\"BX\",\"name\":\"Pod A\",\"parentId\":" + unitA + "}"),
                new Attempt(adminB, "PUT", "api/v1/admin/units/" + unitB, "{\"name\":\"Referat B\",\"parentId\":" + unitA + "}"),
                get(adminB, "api/v1/admin/posts/" + postA),
                new Attempt(adminB, "PUT", "api/v1/admin/posts/" + postA + "/roles", "{\"roles\":[\"ORG_ADMIN\"]}"),
                post(adminB, "api/v1/admin/posts/" + postA + "/end", "{\"validTo\":\"" + TODAY + "\"}"),
                post(adminB, "api/v1/admin/posts", "{\"employeeId\":" + employeeA + ",\"unitId\":" + unitB + ",\"title\":\"x\",\"roles\":[\"CLERK\"]}"),
                post(adminB, "api/v1/admin/posts", "{\"employeeId\":" + employeeB + ",\"unitId\":" + unitA + ",\"title\":\"x\",\"roles\":[\"CLERK\"]}"),
                get(adminB, "api/v1/admin/employees/" + employeeA),
                post(adminB, "api/v1/admin/employees/" + employeeA + "/deactivate", null),
                post(adminB, "api/v1/admin/employees/" + employeeA + "/activate", null),
                post(adminB, "api/v1/admin/employees/" + employeeA + "/password", "{\"newPassword\":\"Przejete-Haslo-1\"}"),
                get(adminB, "api/v1/admin/substitutions/" + substitutionA),
                new Attempt(adminB, "DELETE", "api/v1/admin/substitutions/" + substitutionA, null),
                post(adminB, "api/v1/admin/substitutions", """
                        {"absentEmployeeId":%d,"substituteEmployeeId":%d,"validFrom":"%s","validTo":"%s","reason":"x"}"""
                        .formatted(employeeA, employeeB, TODAY, TODAY)),
                post(adminB, "api/v1/admin/substitutions", """
                        {"absentEmployeeId":%d,"substituteEmployeeId":%d,"validFrom":"%s","validTo":"%s","reason":"x"}"""
                        .formatted(employeeB, employeeA, TODAY, TODAY)),
                // the registry desk: files, label, the paper original and its loans
                get(registryB, items + "/documents"), get(registryB, items + "/label"), get(registryB, items + "/loans"),
                new Attempt(registryB, "PUT", items + "/original-location", "{\"location\":\"Szafa B\"}"),
                post(registryB, items + "/loans", "{\"lentTo\":\"Ktoś z B\"}"), post(registryB, items + "/loans/return", null),
                // the case file: notes, documents, drafts, prints, NES, the statutory deadline, circulation
                get(clerkB, cases + "/notes"), post(clerkB, cases + "/notes", "{\"text\":\"Notatka B\"}"),
                get(clerkB, cases + "/documents"),
                post(clerkB, cases + "/documents", "{\"documentId\":" + documentA + ",\"role\":\"DRAFT\"}"),
                get(clerkB, cases + "/draft-comments"), get(clerkB, cases + "/tasks"), get(clerkB, cases + "/outgoing-items"),
                post(clerkB, cases + "/approval", "{\"documentId\":" + documentA + "}"),
                get(headB, cases + "/metryka?format=pdf"), get(clerkB, documents + "/nes"),
                get(clerkB, cases + "/deadline"), post(clerkB, cases + "/deadline/suspension", "{\"reason\":\"art. 97 KPA\"}"),
                post(clerkB, cases + "/deadline/resumption", null),
                // the inbox and the incoming item's steps
                post(headB, tasks + "/release", null),
                post(headB, "api/v1/tasks/assignment", "{\"taskIds\":[\"" + taskA + "\"],\"assignee\":\"" + clerkB.user() + "\"}"),
                post(headB, tasks + "/dekretacja-w-komorce", "{\"clerk\":\"" + clerkB.user() + "\"}"),
                post(clerkB, tasks + "/case", "{\"jrwaSymbol\":\"6100\"}"), post(clerkB, tasks + "/read-confirmation", null),
                // ePUAP: a received document, its content, retry and dismissal, an item's receipt
                get(registryB, "api/v1/epuap/documents/" + epuapDocumentA), get(registryB, "api/v1/epuap/documents/" + epuapDocumentA + "/content"),
                post(registryB, "api/v1/epuap/documents/" + epuapDocumentA + "/retry", null),
                post(registryB, "api/v1/epuap/documents/" + epuapDocumentA + "/dismiss", "{\"reason\":\"B\"}"),
                get(clerkB, "api/v1/epuap/receipts/" + epuapItemA), get(headB, "api/v1/epuap/receipts/" + epuapItemA),
                get(adminB, "api/v1/epuap/inbox")));
        var versionUpload = clerkB.upload(documents + "/versions", "b.txt", "podmiana".getBytes(StandardCharsets.UTF_8));
        assertThat(versionUpload.status()).as("new version of A's document").isEqualTo(404);

        for (Attempt attempt : attempts) {
            var reply = attempt.send();
            assertThat(reply.status()).as(attempt.method() + " " + attempt.path() + " as " + attempt.as().user() + " → " + reply.body())
                    .isIn(403, 404);
            assertThat(reply.body()).doesNotContain("Nadawca Poufny", "Tajny dokument A", znakA, employeeALogin);
        }
    }

    /** A list B may read: answered 200, and nothing of A in it. */
    private static Ezd.Reply list(Api as, String path) {
        var reply = as.get(path);
        assertThat(reply.status()).as(path + " → " + reply.body()).isEqualTo(200);
        return reply;
    }

    @Test
    void organisationBsListsAndSearchesShowNothingOfA() {
        assertThat(list(clerkB, "api/v1/documents").body()).doesNotContain("Dokument A");
        assertThat(list(headB, "api/v1/tasks?max=200").body()).doesNotContain(rpwA);
        assertThat(list(adminB, "api/v1/jrwa").json().asJsonArray()).isEmpty();
        assertThat(list(clerkB, "api/v1/cases").object().getJsonNumber("total").longValue()).as("my cases: none of A's").isZero();
        assertThat(adminB.get("api/v1/jrwa/in-force").status()).as("B has no JRWA; A's is not B's").isEqualTo(404);
        assertThat(list(adminB, "api/v1/audit?subjectType=IncomingItem&subjectId=" + itemA).json().asJsonArray()).isEmpty();
        assertThat(list(adminB, "api/v1/audit?subjectType=Employee&subjectId=" + employeeA).json().asJsonArray()).isEmpty();
        assertThat(list(adminB, "api/v1/audit?subjectType=Case&subjectId=" + caseA).json().asJsonArray()).isEmpty();
        var spis = headB.get("api/v1/cases/spis-spraw?unit=GK&jrwa=6100&year=" + TODAY.getYear());
        assertThat(spis.status()).as(spis.body()).isIn(200, 400, 404);
        assertThat(spis.body()).doesNotContain(znakA);
        var units = list(adminB, "api/v1/admin/units").json().asJsonArray().getValuesAs(JsonObject.class);
        assertThat(units).extracting(TenantIsolationIT::id).containsExactly(unitB);
        var employees = list(adminB, "api/v1/admin/employees").json().asJsonArray().getValuesAs(JsonObject.class);
        assertThat(employees).hasSize(5).extracting(e -> e.getString("username")).doesNotContain(employeeALogin);
        var posts = list(adminB, "api/v1/admin/posts").json().asJsonArray().getValuesAs(JsonObject.class);
        assertThat(posts).hasSize(5).extracting(TenantIsolationIT::id).doesNotContain(postA);
        assertThat(list(adminB, "api/v1/admin/substitutions?from=" + TODAY.minusYears(1)).json().asJsonArray()).isEmpty();
        assertThat(list(clerkB, "api/v1/me/substituting").json().asJsonArray()).isEmpty();
        assertThat(list(registryB, "api/v1/epuap/attention").json().asJsonArray()).isEmpty();
        var counts = list(adminB, "api/v1/epuap/counts").object();
        assertThat(counts.getJsonNumber("imported").longValue()).isZero();
        assertThat(list(registryB, "api/v1/incoming-items?channel=EPUAP").object().getJsonArray("items")).isEmpty();
        assertThat(adminB.get("api/v1/organizations").status()).as("only regional administrators list organisations").isEqualTo(403);
    }

    @Test
    void afterEveryAttemptOrganisationAsRecordsAreUnchanged() {
        organisationBCannotReadOrChangeAnythingOfOrganisationAByItsIds();

        var kancelaria = Api.demo("kancelaria");
        assertThat(kancelaria.get("api/v1/incoming-items/" + itemA).object().getString("rpwNumber")).isEqualTo(rpwA);
        var referent = Api.demo("referent");
        var theCase = referent.get("api/v1/cases/" + caseA).object();
        assertThat(theCase.getString("status")).isEqualTo("OPEN");
        assertThat(referent.get("api/v1/cases/" + caseA + "/items").json().asJsonArray()).hasSize(1);
        assertThat(referent.get("api/v1/cases/" + caseA + "/metryka").json().asJsonArray()).hasSize(2);
        assertThat(referent.get("api/v1/documents/" + documentA).object().getJsonArray("versions")).hasSize(1);
        var task = Api.demo("kierownik").get("api/v1/tasks?max=200").object().getJsonArray("tasks").getValuesAs(JsonObject.class)
                .stream().filter(t -> taskA.equals(t.getString("id"))).findFirst();
        assertThat(task).as("A's dekretacja task is still waiting for A's head").isPresent();

        var admin = Api.demo("admin");
        var unit = admin.get("api/v1/admin/units/" + unitA).object();
        assertThat(unit.getString("name")).isEqualTo("Referat Gospodarki Komunalnej i Ochrony Środowiska");
        assertThat(unit.containsKey("validTo")).as("not ended").isFalse();
        var post = admin.get("api/v1/admin/posts/" + postA).object();
        assertThat(post.getJsonArray("roles").getString(0)).isEqualTo("ARCHIVIST");
        assertThat(post.getJsonArray("roles")).hasSize(1);
        assertThat(post.containsKey("validTo")).as("not ended").isFalse();
        var employee = admin.get("api/v1/admin/employees/" + employeeA).object();
        assertThat(employee.getBoolean("active")).isTrue();
        assertThat(employee.getJsonArray("posts")).hasSize(1);
        assertThat(new Api(employeeALogin, PASSWORD).get("api/v1/me").status()).as("password unchanged").isEqualTo(200);
        assertThat(admin.get("api/v1/admin/substitutions/" + substitutionA).object().getBoolean("cancelled")).isFalse();
        assertThat(admin.get("api/v1/admin/units").body()).doesNotContain("\"BX\"", "Pod A");
        var epuap = kancelaria.get("api/v1/epuap/receipts/" + epuapItemA).object();
        assertThat(epuap.getString("state")).isEqualTo("REGISTERED");
        assertThat(epuap.getJsonNumber("id").longValue()).isEqualTo(epuapDocumentA);
        assertThat(admin.get("api/v1/audit/verification").object().getBoolean("intact")).isTrue();
    }
}
