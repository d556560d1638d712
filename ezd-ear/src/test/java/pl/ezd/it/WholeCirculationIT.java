package pl.ezd.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 4's whole circulation, through the REST API and the inbox only, with the real delegates,
 * engine, transactions and job executor on the provisioned server: one letter goes from the
 * registry office's desk through the head's dekretacja, the clerk's acceptance, a new case (KPA
 * deadline), a draft returned by the provisional approver and corrected, the final approver's
 * seal, dispatch by the registry office, to the closed case, whose metryka and audit trail show
 * every step with who acted. Then the variants: a substitute approving for an absent approver
 * (recorded for whom), the four-eyes rule, and the reply-wait timer firing on the server.
 * Every task is found in the actor's inbox ({@code GET /api/v1/tasks}), claimed there when it is
 * only offered, and completed by its step's endpoint.
 */
class WholeCirculationIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Warsaw"));
    private static final String SEAL_PASSWORD = "seal-test-only";
    /** The chain CaseCirculationIT also sets for GK: the named clerk referent2, then whoever heads GK. */
    private static final String GK_CHAIN = "{\"steps\":[{\"username\":\"referent2\"},{\"unitSymbol\":\"GK\",\"role\":\"HEAD\",\"finalStep\":true}]}";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void theOfficeHasASealAndGkATwoLevelChain() throws Exception {
        long organizationId = Ezd.get("kierownik", "api/v1/me").object().getJsonNumber("organizationId").longValue();
        Path sealFile = Files.createDirectories(Path.of(System.getProperty("ezd.seal-dir", "target/it-seals")))
                .resolve("seal-" + organizationId + ".p12");
        if (!Files.exists(sealFile)) {
            var ca = OfficePki.ca("CN=Centrum Certyfikacji Urzędu (test obiegu), O=EZD, C=PL");
            var seal = OfficePki.issue(ca, "CN=Urząd Miejski w Ciechocinku, O=Urząd Miejski w Ciechocinku, C=PL");
            Files.write(sealFile, OfficePki.pkcs12(seal, ca, SEAL_PASSWORD.toCharArray()));
        }
        gkChain(GK_CHAIN);
    }

    @AfterAll
    static void gkKeepsTheChainOtherTestsExpect() {
        gkChain(GK_CHAIN);
    }

    private static void gkChain(String json) {
        var set = Api.demo("admin").put("api/v1/approval-chains/units/GK", json);
        assertThat(set.status()).as(set.body()).isEqualTo(200);
    }

    // ---- the inbox ------------------------------------------------------------------------------

    /** The caller's inbox task that matches, found by text search (RPW number or znak sprawy). */
    private static Optional<JsonObject> inboxTask(String user, String text, Predicate<JsonObject> which) {
        var reply = Ezd.get(user, "api/v1/tasks?max=200&q=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.object().getJsonArray("tasks").getValuesAs(JsonObject.class).stream().filter(which).findFirst();
    }

    private static JsonObject inboxTask(String user, String text, String taskKey) {
        return inboxTask(user, text, t -> taskKey.equals(t.getString("taskKey"))).orElseThrow(
                () -> new AssertionError(user + " has no " + taskKey + " for " + text + " in the inbox"));
    }

    /** Finds the task in the caller's inbox and takes it there if it is only offered to their groups. */
    private static JsonObject claimed(String user, String text, String taskKey) {
        JsonObject task = inboxTask(user, text, taskKey);
        if (unassigned(task)) {
            var claim = Ezd.post(user, "api/v1/tasks/" + task.getString("id") + "/claim", "{}");
            assertThat(claim.status()).as(claim.body()).isEqualTo(200);
            assertThat(claim.object().getString("assignee")).isEqualTo(user);
            return claim.object();
        }
        assertThat(task.getString("assignee")).isEqualTo(user);
        return task;
    }

    /** JSON-B leaves a null field out. */
    private static boolean unassigned(JsonObject task) {
        return !task.containsKey("assignee") || task.isNull("assignee");
    }

    private static Ezd.Reply caseStep(String user, JsonObject task, String action, String json) {
        return Ezd.post(user, "api/v1/case-tasks/" + task.getString("id") + "/" + action, json);
    }

    private static void noTaskFor(String user, String text) {
        assertThat(inboxTask(user, text, t -> true)).as(user + " has nothing left for " + text).isEmpty();
    }

    // ---- the steps ------------------------------------------------------------------------------

    /** The registry office registers a letter with its scanned PDF in one multipart request. */
    private static JsonObject registerWithScan(String title, String sender, byte[] pdf) {
        String boundary = "ezd-" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\nContent-Type: application/json\r\n\r\n"
                + Ezd.letter(title, sender) + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"wniosek.pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(pdf);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create(Ezd.URL + "api/v1/incoming-items"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("kancelaria:" + Ezd.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            return jakarta.json.Json.createReader(new java.io.StringReader(response.body())).readObject();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String itemStatus(long itemId) {
        var item = Ezd.get("kancelaria", "api/v1/incoming-items/" + itemId);
        assertThat(item.status()).as(item.body()).isEqualTo(200);
        return item.object().getString("status");
    }

    /** A draft uploaded by {@code author} and put in the case file as its draft. */
    private static long draft(String author, long caseId, String title, String text) throws Exception {
        var uploaded = Ezd.upload(author, "api/v1/documents?title=" + URLEncoder.encode(title, StandardCharsets.UTF_8) + "&kind=DRAFT",
                "projekt.pdf", OfficePki.pdf(text));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        long draftId = uploaded.object().getInt("id");
        var attached = Ezd.post(author, "api/v1/cases/" + caseId + "/documents", "{\"documentId\":" + draftId + ",\"role\":\"DRAFT\"}");
        assertThat(attached.status()).as(attached.body()).isEqualTo(200);
        return draftId;
    }

    private static JsonObject openCase(String clerk, String title) {
        var opened = Ezd.post(clerk, "api/v1/cases", "{\"jrwaSymbol\":\"6100\",\"title\":" + Ezd.quote(title) + "}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        return opened.object();
    }

    private static List<JsonObject> metryka(long caseId) {
        var rows = Ezd.get("kierownik", "api/v1/cases/" + caseId + "/metryka");
        assertThat(rows.status()).as(rows.body()).isEqualTo(200);
        return rows.json().asJsonArray().getValuesAs(JsonObject.class);
    }

    private static List<String> audit(String subjectType, long subjectId) {
        var trail = Ezd.get("admin", "api/v1/audit?subjectType=" + subjectType + "&subjectId=" + subjectId);
        assertThat(trail.status()).as(trail.body()).isEqualTo(200);
        return trail.json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("action") + " by " + e.getString("actor")).toList();
    }

    private static String addressee() {
        return "{\"name\":\"Jan Testowy\",\"street\":\"ul. Zdrojowa 1\",\"postalCode\":\"87-720\",\"city\":\"Ciechocinek\"}";
    }

    // ---- the tests ------------------------------------------------------------------------------

    @Test
    void oneLetterFromRegistrationThroughDekretacjaCaseTwoLevelApprovalWithAReturnSealAndDispatchToTheClosedCase() throws Exception {
        // the registry office registers the letter with its scan
        byte[] scan = OfficePki.pdf("Wniosek o zezwolenie na usuniecie topoli przy ul. Zdrojowej 1");
        var item = registerWithScan("Wniosek o zezwolenie na usunięcie topoli (" + Api.unique() + ")", "Jan Testowy", scan);
        long itemId = item.getInt("id");
        String rpw = item.getString("rpwNumber");
        assertThat(Ezd.get("kancelaria", "api/v1/incoming-items/" + itemId + "/documents").json().asJsonArray()).hasSize(1);
        assertThat(itemStatus(itemId)).isEqualTo("REGISTERED");

        // the routing table does not know it: the heads of the office decree it, from their inbox
        var dekretacja = inboxTask("kierownik", rpw, "Task_Dekretacja");
        assertThat(unassigned(dekretacja)).as("offered to the heads, not yet taken").isTrue();
        assertThat(dekretacja.getString("sender")).isEqualTo("Jan Testowy");
        noTaskFor("referent", rpw);
        claimed("kierownik", rpw, "Task_Dekretacja");
        LocalDate deadline = TODAY.plusDays(14);
        var decreed = Ezd.post("kierownik", "api/v1/tasks/" + dekretacja.getString("id") + "/dekretacja",
                "{\"clerk\":\"referent\",\"instructions\":\"Proszę przygotować decyzję\",\"deadline\":\"" + deadline + "\"}");
        assertThat(decreed.status()).as(decreed.body()).isEqualTo(204);
        assertThat(itemStatus(itemId)).isEqualTo("DECREED");
        noTaskFor("kierownik", rpw);

        // the clerk accepts it and opens a case it initiates: the KPA deadline starts
        var acceptance = inboxTask("referent", rpw, "Task_Przyjecie");
        assertThat(acceptance.getString("assignee")).isEqualTo("referent");
        assertThat(acceptance.getString("deadline")).as("the head's deadline").isEqualTo(deadline.toString());
        assertThat(Ezd.post("referent", "api/v1/tasks/" + acceptance.getString("id") + "/acceptance", "{\"accepted\":true}").status())
                .isEqualTo(204);
        assertThat(itemStatus(itemId)).isEqualTo("ACCEPTED");
        var filing = inboxTask("referent", rpw, "Task_Sprawa");
        var opened = Ezd.post("referent", "api/v1/tasks/" + filing.getString("id") + "/case",
                "{\"jrwaSymbol\":\"6100\",\"title\":\"Zezwolenie na usunięcie topoli – ul. Zdrojowa 1\",\"termin\":\"JEDEN_MIESIAC\"}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(200);
        long caseId = opened.object().getJsonNumber("id").longValue();
        String znak = opened.object().getString("znak");
        assertThat(znak).startsWith("GK.6100.");
        assertThat(itemStatus(itemId)).isEqualTo("IN_CASE");
        var kpa = Ezd.get("referent", "api/v1/cases/" + caseId + "/deadline");
        assertThat(kpa.status()).as(kpa.body()).isEqualTo(200);
        assertThat(LocalDate.parse(kpa.object().getString("deadline"))).as("a month from receipt, moved past days off")
                .isBetween(TODAY.plusMonths(1), TODAY.plusMonths(1).plusDays(4));
        noTaskFor("referent", rpw);

        // the clerk drafts the decision and sends it along the two-level chain
        long draftId = draft("referent", caseId, "Decyzja – projekt", "Decyzja: zezwala sie na usuniecie topoli");
        var sent = Ezd.post("referent", "api/v1/cases/" + caseId + "/approval", "{\"documentId\":" + draftId + "}");
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);

        // the provisional approver returns it with a comment
        var provisional = inboxTask("referent2", znak, "Task_AkceptacjaWstepna");
        assertThat(provisional.getString("assignee")).isEqualTo("referent2");
        assertThat(provisional.getString("deadline")).as("the approver sees the KPA deadline").isEqualTo(kpa.object().getString("deadline"));
        noTaskFor("kierownik", znak);
        var returned = caseStep("referent2", provisional, "return", "{\"comment\":\"Proszę wskazać podstawę prawną (art. 83 u.o.p.)\"}");
        assertThat(returned.status()).as(returned.body()).isEqualTo(204);

        // the clerk corrects it (a new version) and re-sends it
        var correction = inboxTask("referent", znak, "Task_Projekt");
        assertThat(correction.getString("assignee")).isEqualTo("referent");
        var revised = Ezd.upload("referent", "api/v1/documents/" + draftId + "/versions", "projekt-2.pdf",
                OfficePki.pdf("Decyzja (art. 83 u.o.p.): zezwala sie na usuniecie topoli"));
        assertThat(revised.status()).as(revised.body()).isEqualTo(201);
        assertThat(caseStep("referent", correction, "resend", "{}").status()).isEqualTo(204);

        // provisional approval, then the final approver approves and seals
        var again = inboxTask("referent2", znak, "Task_AkceptacjaWstepna");
        assertThat(caseStep("referent2", again, "approve", "{\"comment\":\"Bez uwag\"}").status()).isEqualTo(204);
        noTaskFor("referent2", znak);
        var finalStep = claimed("kierownik", znak, "Task_AkceptacjaKoncowa");
        var sealed = caseStep("kierownik", finalStep, "sign-with-seal", "{\"comment\":\"Zatwierdzam\"}");
        assertThat(sealed.status()).as(sealed.body()).isEqualTo(200);
        assertThat(sealed.object().getInt("number")).as("the sealed version").isEqualTo(3);
        assertThat(sealed.object().getString("signatureVerdict")).isIn("VALID", "INDETERMINATE");

        // the registry office dispatches it: an outgoing register entry with its channel
        var dispatch = claimed("kancelaria", znak, "Task_Wysylka");
        var outgoing = caseStep("kancelaria", dispatch, "dispatch", "{\"addressee\":" + addressee()
                + ",\"channel\":\"POST_REGISTERED\",\"dateOnLetter\":\"" + TODAY + "\"}");
        assertThat(outgoing.status()).as(outgoing.body()).isEqualTo(200);
        long outgoingId = outgoing.object().getJsonNumber("id").longValue();
        String outgoingNumber = outgoing.object().getString("registerNumber");
        var entry = Ezd.get("kancelaria", "api/v1/outgoing-items/" + outgoingId);
        assertThat(entry.status()).as(entry.body()).isEqualTo(200);
        assertThat(entry.object().getString("channel")).isEqualTo("POST_REGISTERED");
        assertThat(entry.object().getString("caseReference")).isEqualTo(znak);
        assertThat(entry.object().getJsonArray("documents").getJsonObject(0).getInt("versionNumber")).isEqualTo(3);

        // the clerk closes the case; nobody has anything left of it
        var afterDispatch = inboxTask("referent", znak, "Task_PoWysylce");
        var closed = caseStep("referent", afterDispatch, "close", "{}");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.object().getString("status")).isEqualTo("CLOSED");
        for (String user : List.of("referent", "referent2", "kierownik", "kancelaria")) {
            noTaskFor(user, znak);
        }
        var watch = Ezd.get("referent", "api/v1/cases/" + caseId + "/deadline");
        assertThat(watch.object().getBoolean("running")).as("closing ends the KPA watch").isFalse();

        // the returned version and its comment stay in the case file
        assertThat(Ezd.get("referent", "api/v1/cases/" + caseId + "/draft-comments").json().asJsonArray().getValuesAs(JsonObject.class))
                .extracting(c -> c.getInt("versionNumber") + " " + c.getString("outcome") + " " + c.getString("author")
                        + ": " + c.getString("comment", ""))
                .containsExactly("1 RETURNED referent2: Proszę wskazać podstawę prawną (art. 83 u.o.p.)",
                        "2 APPROVED referent2: Bez uwag", "2 APPROVED kierownik: Zatwierdzam");
        var returnedVersion = Ezd.download("referent", "api/v1/documents/" + draftId + "/versions/1/content");
        assertThat(returnedVersion.status()).isEqualTo(200);
        assertThat(returnedVersion.body()).as("the returned version is kept as it was")
                .isEqualTo(Ezd.download("referent", "api/v1/documents/" + draftId + "/versions/1/content").body());
        assertThat(Ezd.get("referent", "api/v1/documents/" + draftId).object().getJsonArray("versions")).hasSize(3);

        // the metryka sprawy shows every step of the case with who acted
        List<JsonObject> rows = metryka(caseId);
        assertThat(rows).extracting(row -> row.getString("personName") + ": " + row.getString("action").split(":| \\(| –")[0])
                .containsExactly(
                        "Jan Kowalski: Wszczęcie sprawy",
                        "Jan Kowalski: Dołączenie przesyłki",
                        "Jan Kowalski: Dodanie projektu pisma",
                        "Jan Kowalski: Skierowanie projektu do akceptacji",
                        "Piotr Zieliński: Akceptacja wstępna projektu",
                        "Jan Kowalski: Ponowne skierowanie projektu do akceptacji",
                        "Piotr Zieliński: Akceptacja wstępna projektu",
                        "Maria Wiśniewska: Akceptacja końcowa projektu",
                        "Maria Wiśniewska: Podpisanie pisma",
                        "Anna Nowak: Wysłanie pisma",
                        "Jan Kowalski: Zakończenie sprawy");
        assertThat(rows.get(1).getString("action")).contains(item.getString("title"));
        assertThat(rows.get(4).getString("action")).contains("zwrócony do poprawy", "podstawę prawną");
        assertThat(rows.get(4).getString("documentId")).isEqualTo("DOK/" + draftId + "/w1");
        assertThat(rows.get(9).getString("action")).contains(outgoingNumber, "POST_REGISTERED");

        // and the audit trail, the letter's and the case's, with who acted
        assertThat(audit("IncomingItem", itemId)).containsSubsequence(
                "INCOMING_ITEM_REGISTERED by kancelaria", "TASK_CLAIMED by kierownik", "DEKRETACJA by kierownik",
                "ITEM_ACCEPTED by referent", "ITEM_FILED by referent");
        assertThat(audit("Case", caseId)).containsSubsequence(
                "CASE_OPENED by referent", "CASE_DOCUMENT_ATTACHED by referent", "CASE_DRAFT_SENT by referent",
                "DRAFT_RETURNED by referent2", "CASE_DRAFT_SENT by referent", "DRAFT_APPROVED by referent2",
                "TASK_CLAIMED by kierownik", "DRAFT_APPROVED by kierownik", "CASE_DRAFT_SIGNED by kierownik",
                "TASK_CLAIMED by kancelaria", "CASE_DISPATCHED by kancelaria", "CASE_CLOSED by referent");
    }

    @Test
    void aSubstituteApprovesForTheAbsentProvisionalApproverAndTheRecordsSayForWhom() throws Exception {
        var theCase = openCase("referent", "Zajęcie pasa drogowego – ul. Kościuszki 4 (" + Api.unique() + ")");
        long caseId = theCase.getJsonNumber("id").longValue();
        String znak = theCase.getString("znak");
        long draftId = draft("referent", caseId, "Zezwolenie – projekt", "Zezwolenie na zajecie pasa drogowego");
        assertThat(Ezd.post("referent", "api/v1/cases/" + caseId + "/approval", "{\"documentId\":" + draftId + "}").status()).isEqualTo(200);
        var absentsTask = inboxTask("referent2", znak, "Task_AkceptacjaWstepna");
        noTaskFor("skarbnik", znak);

        // referent2 is away; the head of finance stands in for them from today
        var admin = Api.demo("admin");
        var employees = admin.get("api/v1/admin/employees").json().asJsonArray().getValuesAs(JsonObject.class);
        long absentId = employees.stream().filter(e -> "referent2".equals(e.getString("username", null))).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        long substituteId = employees.stream().filter(e -> "skarbnik".equals(e.getString("username", null))).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        JsonObject substitution = admin.expect(201, admin.post("api/v1/admin/substitutions",
                "{\"absentEmployeeId\":%d,\"substituteEmployeeId\":%d,\"validFrom\":\"%s\",\"validTo\":\"%s\",\"reason\":\"urlop\"}"
                        .formatted(absentId, substituteId, TODAY, TODAY.plusDays(2))));
        try {
            var seen = inboxTask("skarbnik", znak, "Task_AkceptacjaWstepna");
            assertThat(seen.getString("id")).isEqualTo(absentsTask.getString("id"));
            assertThat(seen.getString("assignee")).isEqualTo("referent2");
            assertThat(caseStep("skarbnik", seen, "approve", "{}").status()).as("first taken over in the inbox").isEqualTo(404);
            var takenOver = Ezd.post("skarbnik", "api/v1/tasks/" + seen.getString("id") + "/claim", "{}");
            assertThat(takenOver.status()).as(takenOver.body()).isEqualTo(200);
            assertThat(takenOver.object().getString("assignee")).isEqualTo("skarbnik");
            noTaskFor("referent2", znak);
            var approved = caseStep("skarbnik", takenOver.object(), "approve", "{\"comment\":\"Akceptuję w zastępstwie\"}");
            assertThat(approved.status()).as(approved.body()).isEqualTo(204);
        } finally {
            admin.expect(200, admin.delete("api/v1/admin/substitutions/" + substitution.getJsonNumber("id")));
        }

        assertThat(metryka(caseId)).filteredOn(row -> row.getString("action").startsWith("Akceptacja wstępna"))
                .singleElement().satisfies(row -> {
                    assertThat(row.getString("personName")).isEqualTo("Katarzyna Dąbrowska");
                    assertThat(row.getString("action")).contains("w zastępstwie za referent2");
                });
        var trail = Ezd.get("admin", "api/v1/audit?subjectType=Case&subjectId=" + caseId).json().asJsonArray().getValuesAs(JsonObject.class);
        assertThat(trail).anySatisfy(e -> {
            assertThat(e.getString("action")).isEqualTo("TASK_TAKEN_OVER");
            assertThat(e.getString("actor")).isEqualTo("skarbnik");
            assertThat(e.getString("detail")).contains("w zastępstwie za referent2");
        }).anySatisfy(e -> {
            assertThat(e.getString("action")).isEqualTo("DRAFT_APPROVED");
            assertThat(e.getString("actor")).isEqualTo("skarbnik");
            assertThat(e.getString("detail")).contains("w zastępstwie za referent2");
        });

        // then the head of GK is away: the head of finance claims the step offered to GK's heads for them and seals
        assertThat(unassigned(inboxTask("kierownik", znak, "Task_AkceptacjaKoncowa"))).isTrue();
        noTaskFor("skarbnik", znak);
        long headId = employees.stream().filter(e -> "kierownik".equals(e.getString("username", null))).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        JsonObject forTheHead = admin.expect(201, admin.post("api/v1/admin/substitutions",
                "{\"absentEmployeeId\":%d,\"substituteEmployeeId\":%d,\"validFrom\":\"%s\",\"validTo\":\"%s\",\"reason\":\"delegacja\"}"
                        .formatted(headId, substituteId, TODAY, TODAY.plusDays(1))));
        try {
            var claimed = claimed("skarbnik", znak, "Task_AkceptacjaKoncowa");
            var sealed = caseStep("skarbnik", claimed, "sign-with-seal", "{}");
            assertThat(sealed.status()).as(sealed.body()).isEqualTo(200);
        } finally {
            admin.expect(200, admin.delete("api/v1/admin/substitutions/" + forTheHead.getJsonNumber("id")));
        }
        assertThat(metryka(caseId)).filteredOn(row -> row.getString("action").startsWith("Podpisanie pisma"))
                .singleElement().satisfies(row -> {
                    assertThat(row.getString("personName")).isEqualTo("Katarzyna Dąbrowska");
                    assertThat(row.getString("action")).contains("w zastępstwie za kierownik");
                });
        assertThat(Ezd.get("admin", "api/v1/audit?subjectType=Case&subjectId=" + caseId).json().asJsonArray()
                .getValuesAs(JsonObject.class)).anySatisfy(e -> {
                    assertThat(e.getString("action")).isEqualTo("TASK_CLAIMED");
                    assertThat(e.getString("actor")).isEqualTo("skarbnik");
                    assertThat(e.getString("detail")).contains("pobrane w zastępstwie za kierownik");
                });
        assertThat(inboxTask("kancelaria", znak, "Task_Wysylka")).as("on to dispatch as usual").isNotNull();
    }

    @Test
    void fourEyesTheAuthorOfADraftNeitherApprovesNorSignsItNorIsNamedInItsChain() throws Exception {
        try {
            // a chain naming the author as an approver is refused when the draft is sent
            var byReferent2 = openCase("referent2", "Ustalenie linii rozgraniczającej (" + Api.unique() + ")");
            long caseA = byReferent2.getJsonNumber("id").longValue();
            long draftA = draft("referent2", caseA, "Postanowienie – projekt", "Postanowienie o wszczeciu rozgraniczenia");
            var refused = Ezd.post("referent2", "api/v1/cases/" + caseA + "/approval", "{\"documentId\":" + draftA + "}");
            assertThat(refused.status()).as(refused.body()).isEqualTo(409);
            assertThat(refused.object().getString("message")).contains("autora projektu", "referent2");
            noTaskFor("referent2", byReferent2.getString("znak"));
            assertThat(metryka(caseA)).extracting(row -> row.getString("action"))
                    .noneMatch(action -> action.startsWith("Skierowanie projektu")).as("nothing half stored");

            // a step offered to a group the author belongs to: the author may not take it, a colleague may
            gkChain("{\"steps\":[{\"unitSymbol\":\"GK\",\"role\":\"CLERK\"},{\"unitSymbol\":\"GK\",\"role\":\"HEAD\",\"finalStep\":true}]}");
            var byReferent = openCase("referent", "Podział nieruchomości – działka 12/3 (" + Api.unique() + ")");
            long caseB = byReferent.getJsonNumber("id").longValue();
            String znak = byReferent.getString("znak");
            long draftB = draft("referent", caseB, "Decyzja – projekt", "Decyzja zatwierdzajaca podzial");
            assertThat(Ezd.post("referent", "api/v1/cases/" + caseB + "/approval", "{\"documentId\":" + draftB + "}").status()).isEqualTo(200);
            var offered = inboxTask("referent", znak, "Task_AkceptacjaWstepna");
            var own = caseStep("referent", offered, "approve", "{}");
            assertThat(own.status()).as(own.body()).isEqualTo(409);
            assertThat(own.object().getString("message")).contains("zasada dwóch par oczu");
            assertThat(unassigned(inboxTask("referent2", znak, "Task_AkceptacjaWstepna")))
                    .as("the refusal took nothing: still offered to the unit's clerks").isTrue();
            assertThat(caseStep("referent2", claimed("referent2", znak, "Task_AkceptacjaWstepna"), "approve", "{}").status()).isEqualTo(204);

            // the head who added a version of the draft has become one of its authors and may not seal it
            var headsEdit = Ezd.upload("kierownik", "api/v1/documents/" + draftB + "/versions", "projekt-kierownik.pdf",
                    OfficePki.pdf("Decyzja zatwierdzajaca podzial (poprawki kierownika)"));
            assertThat(headsEdit.status()).as(headsEdit.body()).isEqualTo(201);
            var sign = caseStep("kierownik", inboxTask("kierownik", znak, "Task_AkceptacjaKoncowa"), "sign-with-seal", "{}");
            assertThat(sign.status()).as(sign.body()).isEqualTo(409);
            assertThat(sign.object().getString("message")).contains("zasada dwóch par oczu");
            assertThat(Ezd.get("referent", "api/v1/documents/" + draftB).object().getInt("currentVersion"))
                    .as("no seal applied").isEqualTo(2);
            // returning it is still the head's to do
            assertThat(caseStep("kierownik", inboxTask("kierownik", znak, "Task_AkceptacjaKoncowa"), "return",
                    "{\"comment\":\"Proszę o zatwierdzenie przez innego kierownika\"}").status()).isEqualTo(204);
        } finally {
            gkChain(GK_CHAIN);
        }
    }

    @Test
    void theReplyWaitTimerFiresOnTheServerAndTheClerkWaitsLongerUntilTheReplyReopensTheHandling() throws Exception {
        var theCase = openCase("referent", "Wezwanie do uzupełnienia wniosku (" + Api.unique() + ")");
        long caseId = theCase.getJsonNumber("id").longValue();
        String znak = theCase.getString("znak");
        long draftId = draft("referent", caseId, "Wezwanie – projekt", "Wezwanie do uzupelnienia wniosku w terminie 7 dni");
        assertThat(Ezd.post("referent", "api/v1/cases/" + caseId + "/approval", "{\"documentId\":" + draftId + "}").status()).isEqualTo(200);
        assertThat(caseStep("referent2", inboxTask("referent2", znak, "Task_AkceptacjaWstepna"), "approve", "{}").status()).isEqualTo(204);
        assertThat(caseStep("kierownik", claimed("kierownik", znak, "Task_AkceptacjaKoncowa"), "sign-with-seal", "{}").status())
                .isEqualTo(200);
        assertThat(caseStep("kancelaria", claimed("kancelaria", znak, "Task_Wysylka"), "dispatch",
                "{\"addressee\":{\"name\":\"Jan Testowy\",\"electronicAddress\":\"jan.testowy@example.pl\"},\"channel\":\"EMAIL\"}")
                .status()).isEqualTo(200);

        // waiting with the server's configured period (the test server's is PT15S; production's P30D)
        var waiting = caseStep("referent", inboxTask("referent", znak, "Task_PoWysylce"), "await-reply", "{}");
        assertThat(waiting.status()).as(waiting.body()).isEqualTo(204);
        noTaskFor("referent", znak);
        assertThat(Ezd.get("referent", "api/v1/cases/" + caseId + "/tasks").json().asJsonArray()).as("waiting: no open step").isEmpty();

        // the job executor fires the timer: the clerk decides to close or to wait longer
        JsonObject overdue = null;
        long until = System.nanoTime() + Duration.ofSeconds(150).toNanos();
        while (overdue == null && System.nanoTime() < until) {
            overdue = inboxTask("referent", znak, t -> "Task_OczekiwanieMinelo".equals(t.getString("taskKey"))).orElse(null);
            if (overdue == null) {
                Thread.sleep(2000);
            }
        }
        assertThat(overdue).as("the reply-wait timer fired on the server").isNotNull();
        assertThat(overdue.getString("assignee")).isEqualTo("referent");
        assertThat(overdue.getString("caseReference")).isEqualTo(znak);
        var badPeriod = caseStep("referent", overdue, "await-reply", "{\"days\":0}");
        LocalDate decidedFrom = LocalDate.now(ZoneId.of("Europe/Warsaw"));
        assertThat(badPeriod.status()).isEqualTo(400);
        assertThat(badPeriod.object().getString("message")).contains("od 1 do 365");
        assertThat(caseStep("referent", overdue, "await-reply", "{\"days\":14}").status()).isEqualTo(204);
        LocalDate decidedTo = LocalDate.now(ZoneId.of("Europe/Warsaw"));
        noTaskFor("referent", znak);

        // the reply arrives and is attached: the handling re-opens, the clerk closes the case
        var reply = Ezd.post("kancelaria", "api/v1/incoming-items", Ezd.letter("Uzupełnienie wniosku (" + znak + ")", "Jan Testowy"));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(Ezd.post("referent", "api/v1/cases/" + caseId + "/items", "{\"itemId\":" + reply.object().getInt("id") + "}").status())
                .isEqualTo(200);
        var handling = inboxTask("referent", znak, "Task_Projekt");
        assertThat(caseStep("referent", handling, "close", "{}").status()).isEqualTo(200);
        noTaskFor("referent", znak);

        assertThat(metryka(caseId)).extracting(row -> row.getString("action"))
                .anyMatch(action -> action.matches("Oczekiwanie na odpowiedź adresata do \\d{4}-\\d{2}-\\d{2}"))
                .anyMatch(action -> action.equals("Dalsze oczekiwanie na odpowiedź adresata do " + decidedFrom.plusDays(14))
                        || action.equals("Dalsze oczekiwanie na odpowiedź adresata do " + decidedTo.plusDays(14)))
                .last().asString().startsWith("Zakończenie sprawy");
    }
}
