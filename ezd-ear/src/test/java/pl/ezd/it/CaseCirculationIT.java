package pl.ezd.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pl.ezd.signature.DocumentSigner;
import pl.ezd.signature.SignatureFormat;
import pl.ezd.signature.SigningKey;

/**
 * One whole circulation of a case through the REST API with the real delegates: the office's
 * administrator sets the unit's approval chain (a named clerk, then the unit's head), a clerk opens
 * a case and adds a draft, the first approver returns it with comments, the clerk revises it (a new
 * version) and re-sends it, both approve, the head's signed upload is refused as not VALID and the
 * office seal is applied instead, the registry office dispatches it under an outgoing number (it
 * appears in the postal book), the clerk closes the case, and the metryka shows every step.
 */
class CaseCirculationIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Warsaw"));
    private static final String SEAL_PASSWORD = "seal-test-only";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static OfficePki.Issued officeCa;

    @BeforeAll
    static void theOfficeHasASeal() throws Exception {
        long organizationId = Ezd.get("kierownik", "api/v1/me").object().getJsonNumber("organizationId").longValue();
        officeCa = OfficePki.ca("CN=Centrum Certyfikacji Urzędu (test obiegu), O=EZD, C=PL");
        var seal = OfficePki.issue(officeCa, "CN=Urząd Miejski w Ciechocinku, O=Urząd Miejski w Ciechocinku, C=PL");
        Path sealDir = Files.createDirectories(Path.of(System.getProperty("ezd.seal-dir", "target/it-seals")));
        Files.write(sealDir.resolve("seal-" + organizationId + ".p12"), OfficePki.pkcs12(seal, officeCa, SEAL_PASSWORD.toCharArray()));
    }

    private static List<JsonObject> tasks(String user, long caseId) {
        var reply = Ezd.get(user, "api/v1/cases/" + caseId + "/tasks");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().asJsonArray().getValuesAs(JsonObject.class);
    }

    private static JsonObject onlyTask(String user, long caseId, String key) {
        List<JsonObject> open = tasks(user, caseId);
        assertThat(open).extracting(t -> t.getString("taskKey")).containsExactly(key);
        return open.get(0);
    }

    private static Ezd.Reply act(String user, JsonObject task, String action, String json) {
        return Ezd.post(user, "api/v1/case-tasks/" + task.getString("id") + "/" + action, json);
    }

    private static JsonObject document(long id) {
        return Ezd.get("referent", "api/v1/documents/" + id).object();
    }

    @Test
    void aDraftGoesThroughTwoApproversWithOneReturnIsSealedDispatchedAndTheCaseClosed() throws Exception {
        // the office's approval chain for GK: a named clerk first, then whoever heads GK signs
        var chain = put("admin", "api/v1/approval-chains/units/GK",
                "{\"steps\":[{\"username\":\"referent2\"},{\"unitSymbol\":\"GK\",\"role\":\"HEAD\",\"finalStep\":true}]}");
        assertThat(chain.status()).as(chain.body()).isEqualTo(200);
        assertThat(Ezd.get("referent", "api/v1/approval-chains/effective?unit=GK").object().getString("source")).isEqualTo("UNIT");
        var byClerk = put("referent", "api/v1/approval-chains/units/GK", "{\"steps\":[{\"username\":\"referent\",\"finalStep\":true}]}");
        assertThat(byClerk.status()).as("only the organisation's administrator changes chains").isEqualTo(403);
        var nobodyThere = put("admin", "api/v1/approval-chains/units/GK",
                "{\"steps\":[{\"unitSymbol\":\"USC\",\"role\":\"HEAD\",\"finalStep\":true}]}");
        assertThat(nobodyThere.status()).isEqualTo(400);
        assertThat(nobodyThere.object().getString("message")).contains("Nikt nie zajmuje w komórce USC");

        // a clerk opens a case and puts a draft of the reply into its file
        var opened = Ezd.post("referent", "api/v1/cases", "{\"jrwaSymbol\":\"6100\",\"title\":\"Zezwolenie na usunięcie drzewa – ul. Lipowa 3\"}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        long caseId = opened.object().getInt("id");
        String znak = opened.object().getString("znak");
        var uploaded = Ezd.upload("referent", "api/v1/documents?title=" + URLEncoder.encode("Decyzja – projekt", StandardCharsets.UTF_8)
                + "&kind=DRAFT", "decyzja.pdf", OfficePki.pdf("Decyzja: zezwala sie na usuniecie drzewa"));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        long draftId = uploaded.object().getInt("id");
        var attached = Ezd.post("referent", "api/v1/cases/" + caseId + "/documents", "{\"documentId\":" + draftId + ",\"role\":\"DRAFT\"}");
        assertThat(attached.status()).as(attached.body()).isEqualTo(200);
        assertThat(attached.json().asJsonArray().getValuesAs(JsonObject.class)).singleElement()
                .satisfies(d -> assertThat(d.getString("role")).isEqualTo("DRAFT"));

        // sent for approval: the first step is the named clerk's
        var sent = Ezd.post("referent", "api/v1/cases/" + caseId + "/approval", "{\"documentId\":" + draftId + "}");
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        var first = onlyTask("referent2", caseId, "Task_AkceptacjaWstepna");
        assertThat(first.getString("assignee")).isEqualTo("referent2");
        assertThat(first.getString("caseReference")).isEqualTo(znak);
        var statutory = Ezd.get("referent", "api/v1/cases/" + caseId + "/deadline");
        assertThat(statutory.status()).as(statutory.body()).isEqualTo(200);
        assertThat(first.getString("deadline")).as("the approver sees the case's statutory deadline")
                .isEqualTo(statutory.object().getString("deadline"));
        assertThat(Ezd.post("referent", "api/v1/cases/" + caseId + "/approval", "{\"documentId\":" + draftId + "}").status())
                .as("one circulation per case").isEqualTo(409);
        assertThat(act("kierownik", first, "approve", "{}").status()).as("the named clerk's step, not the head's").isEqualTo(404);

        // returned with comments: back to the clerk, who must add a revised version before re-sending
        assertThat(act("referent2", first, "return", "{}").status()).as("a return needs guidance").isEqualTo(400);
        assertThat(act("referent2", first, "return", "{\"comment\":\"Proszę powołać podstawę prawną (art. 83 u.o.p.)\"}").status())
                .isEqualTo(204);
        var revise = onlyTask("referent", caseId, "Task_Projekt");
        assertThat(revise.getString("assignee")).isEqualTo("referent");
        assertThat(revise.getString("reviewComment")).contains("podstawę prawną");
        assertThat(act("referent", revise, "resend", "{}").status()).as("the returned version is not re-sent unchanged").isEqualTo(409);
        var revised = Ezd.upload("referent", "api/v1/documents/" + draftId + "/versions", "decyzja-2.pdf",
                OfficePki.pdf("Decyzja (art. 83 u.o.p.): zezwala sie na usuniecie drzewa"));
        assertThat(revised.status()).as(revised.body()).isEqualTo(201);
        assertThat(act("referent", revise, "resend", "{}").status()).isEqualTo(204);

        // both approvers: the clerk named, then the unit's head (offered to GK's head group)
        assertThat(act("referent2", onlyTask("referent2", caseId, "Task_AkceptacjaWstepna"), "approve",
                "{\"comment\":\"Bez uwag\"}").status()).isEqualTo(204);
        var last = onlyTask("kierownik", caseId, "Task_AkceptacjaKoncowa");
        assertThat(last.get("assignee")).as("offered, not assigned").isIn(null, jakarta.json.JsonValue.NULL);
        assertThat(last.getJsonArray("candidateGroups").getString(0)).endsWith(":unit:GK:HEAD");
        assertThat(act("referent2", last, "sign-with-seal", "{}").status()).as("only the final approver signs").isIn(403, 404);

        // a signed upload must be the draft itself: another PDF, even signed, is refused and nothing stays
        var another = Ezd.upload("kierownik", "api/v1/case-tasks/" + last.getString("id") + "/sign-with-upload",
                "inna-decyzja-podpisana.pdf", signedPdf(OfficePki.pdf("Decyzja w innej sprawie")));
        assertThat(another.status()).as(another.body()).isEqualTo(409);
        assertThat(another.object().getString("message")).contains("nie jest podpisanym projektem");
        // and must verify as VALID: the draft signed by a CA the office does not trust (no revocation data) does not
        var draftContent = Ezd.download("kierownik", "api/v1/documents/" + draftId + "/versions/2/content");
        assertThat(draftContent.status()).isEqualTo(200);
        var notValid = Ezd.upload("kierownik", "api/v1/case-tasks/" + last.getString("id") + "/sign-with-upload",
                "decyzja-podpisana.pdf", signedPdf(draftContent.body()));
        assertThat(notValid.status()).as(notValid.body()).isEqualTo(409);
        assertThat(notValid.object().getString("message")).contains("nie jest ważny");
        assertThat(document(draftId).getInt("currentVersion")).as("the refused upload stored nothing").isEqualTo(2);

        // the office seal instead: a new version, verified at once
        var sealed = act("kierownik", last, "sign-with-seal", "{\"comment\":\"Zatwierdzam\"}");
        assertThat(sealed.status()).as(sealed.body()).isEqualTo(200);
        assertThat(sealed.object().getInt("number")).isEqualTo(3);
        assertThat(sealed.object().getString("signatureVerdict")).as("an intact seal is never INVALID").isIn("VALID", "INDETERMINATE");

        // the registry office dispatches it by registered post; a dispatch without a channel stores nothing
        var dispatch = onlyTask("kancelaria", caseId, "Task_Wysylka");
        String addressee = "{\"name\":\"Jan Nowak\",\"street\":\"ul. Lipowa 3\",\"postalCode\":\"87-720\",\"city\":\"Ciechocinek\"}";
        var noChannel = act("kancelaria", dispatch, "dispatch", "{\"addressee\":" + addressee + "}");
        assertThat(noChannel.status()).isEqualTo(400);
        assertThat(noChannel.object().getString("message")).contains("Sposób wysyłki jest wymagany");
        assertThat(act("referent", dispatch, "dispatch", "{\"addressee\":" + addressee + ",\"channel\":\"POST_REGISTERED\"}").status())
                .as("the registry office dispatches").isEqualTo(403);
        var item = act("kancelaria", dispatch, "dispatch", "{\"addressee\":" + addressee + ",\"channel\":\"POST_REGISTERED\","
                + "\"dateOnLetter\":\"" + TODAY + "\"}");
        assertThat(item.status()).as(item.body()).isEqualTo(200);
        String number = item.object().getString("registerNumber");
        assertThat(number).matches("\\d+/" + TODAY.getYear());
        assertThat(item.object().getString("caseReference")).isEqualTo(znak);
        assertThat(item.object().getString("author")).as("the case handler is the responsible author").isEqualTo("referent");
        assertThat(item.object().getJsonArray("documents").getJsonObject(0).getInt("versionNumber")).as("the sealed version").isEqualTo(3);
        var book = Ezd.get("kancelaria", "api/v1/outgoing-items/postal-book?date=" + TODAY);
        assertThat(book.status()).isEqualTo(200);
        assertThat(book.object().getJsonArray("rows").getValuesAs(JsonObject.class))
                .anySatisfy(row -> {
                    assertThat(row.getString("registerNumber")).isEqualTo(number);
                    assertThat(row.getString("kind")).isEqualTo("polecona");
                    assertThat(row.getString("address")).isEqualTo("ul. Lipowa 3, 87-720 Ciechocinek");
                });
        var csv = csv("kancelaria", "api/v1/outgoing-items/postal-book?date=" + TODAY);
        assertThat(csv).contains("Jan Nowak;ul. Lipowa 3, 87-720 Ciechocinek;polecona;" + number + ";" + znak);

        // the clerk closes the case; the circulation ends and the file refuses changes
        var closed = act("referent", onlyTask("referent", caseId, "Task_PoWysylce"), "close", "{}");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.object().getString("status")).isEqualTo("CLOSED");
        assertThat(tasks("referent", caseId)).isEmpty();
        assertThat(Ezd.post("referent", "api/v1/cases/" + caseId + "/documents", "{\"documentId\":" + draftId + ",\"role\":\"OTHER\"}")
                .status()).isEqualTo(409);

        // the returned version and every comment stay in the case file
        assertThat(Ezd.get("kierownik", "api/v1/cases/" + caseId + "/draft-comments").json().asJsonArray().getValuesAs(JsonObject.class))
                .extracting(c -> c.getInt("versionNumber") + " " + c.getString("outcome") + " " + c.getString("author"))
                .containsExactly("1 RETURNED referent2", "2 APPROVED referent2", "2 APPROVED kierownik");

        // the metryka shows every step, with who did it
        List<JsonObject> metryka = Ezd.get("kierownik", "api/v1/cases/" + caseId + "/metryka").json().asJsonArray()
                .getValuesAs(JsonObject.class);
        assertThat(metryka).extracting(row -> row.getString("personName") + ": " + row.getString("action").split(":| \\(| –")[0])
                .containsExactly(
                        "Jan Kowalski: Wszczęcie sprawy",
                        "Jan Kowalski: Dodanie projektu pisma",
                        "Jan Kowalski: Skierowanie projektu do akceptacji",
                        "Piotr Zieliński: Akceptacja wstępna projektu",
                        "Jan Kowalski: Ponowne skierowanie projektu do akceptacji",
                        "Piotr Zieliński: Akceptacja wstępna projektu",
                        "Maria Wiśniewska: Akceptacja końcowa projektu",
                        "Maria Wiśniewska: Podpisanie pisma",
                        "Anna Nowak: Wysłanie pisma",
                        "Jan Kowalski: Zakończenie sprawy");
        assertThat(metryka.get(3).getString("action")).contains("zwrócony do poprawy", "podstawę prawną");
        assertThat(metryka.get(3).getString("documentId")).isEqualTo("DOK/" + draftId + "/w1");
        assertThat(metryka.get(7).getString("action")).contains("pieczęć elektroniczna urzędu", "weryfikacja podpisu");
        assertThat(metryka.get(8).getString("action")).contains(number, "POST_REGISTERED");

        // another organisation's staff reach none of it
        long itemId = item.object().getInt("id");
        for (String path : List.of("api/v1/cases/" + caseId + "/documents", "api/v1/cases/" + caseId + "/tasks",
                "api/v1/cases/" + caseId + "/draft-comments", "api/v1/outgoing-items/" + itemId, "api/v1/approval-chains")) {
            assertThat(Ezd.get("admin.regionu", path).status()).as(path).isIn(403, 404);
        }
        assertThat(Ezd.get("referent", "api/v1/outgoing-items/987654321").status()).isEqualTo(404);
        assertThat(Ezd.post("referent", "api/v1/case-tasks/no-such-task/approve", "{}").status()).isEqualTo(404);
    }

    @Test
    void afterDispatchTheClerkWaitsForAReplyAndTheLetterAttachedToTheCaseReopensTheHandling() throws Exception {
        var opened = Ezd.post("referent", "api/v1/cases", "{\"jrwaSymbol\":\"6100\",\"title\":\"Wycinka topoli – ul. Słoneczna 8\"}");
        long caseId = opened.object().getInt("id");
        long draftId = Ezd.upload("referent", "api/v1/documents?title=Wezwanie&kind=DRAFT", "wezwanie.pdf",
                OfficePki.pdf("Wezwanie do uzupelnienia wniosku")).object().getInt("id");
        Ezd.post("referent", "api/v1/cases/" + caseId + "/documents", "{\"documentId\":" + draftId + ",\"role\":\"DRAFT\"}");
        // the GK chain is the default (its head) or the one the other tests set (the named clerk referent2 first);
        // the draft is referent's, as an author never approves their own draft
        assertThat(Ezd.post("referent", "api/v1/cases/" + caseId + "/approval", "{\"documentId\":" + draftId + "}").status()).isEqualTo(200);
        List<JsonObject> open = tasks("referent", caseId);
        if (open.get(0).getString("taskKey").equals("Task_AkceptacjaWstepna")) {
            assertThat(act(open.get(0).getString("assignee"), open.get(0), "approve", "{}").status()).isEqualTo(204);
        }
        assertThat(act("kierownik", onlyTask("kierownik", caseId, "Task_AkceptacjaKoncowa"), "sign-with-seal", "{}").status()).isEqualTo(200);
        assertThat(act("kancelaria", onlyTask("kancelaria", caseId, "Task_Wysylka"), "dispatch",
                "{\"addressee\":{\"name\":\"Ewa Zielińska\",\"electronicAddress\":\"ewa.zielinska@example.pl\"},\"channel\":\"EMAIL\"}")
                .status()).isEqualTo(200);

        assertThat(act("referent", onlyTask("referent", caseId, "Task_PoWysylce"), "await-reply", "{}").status()).isEqualTo(204);
        assertThat(tasks("referent", caseId)).as("waiting: no task").isEmpty();

        var reply = Ezd.post("kancelaria", "api/v1/incoming-items", Ezd.letter("Uzupełnienie wniosku o wycinkę", "Ewa Zielińska"));
        assertThat(Ezd.post("referent", "api/v1/cases/" + caseId + "/items", "{\"itemId\":" + reply.object().getInt("id") + "}").status())
                .isEqualTo(200);

        var handling = onlyTask("referent", caseId, "Task_Projekt");
        assertThat(handling.getString("assignee")).isEqualTo("referent");
        assertThat(act("referent", handling, "close", "{\"settledOn\":\"" + TODAY + "\"}").status()).isEqualTo(200);
        assertThat(Ezd.get("referent", "api/v1/cases/" + caseId + "/metryka").json().asJsonArray().getValuesAs(JsonObject.class))
                .extracting(row -> row.getString("action"))
                .anyMatch(action -> action.startsWith("Oczekiwanie na odpowiedź"))
                .anyMatch(action -> action.startsWith("Dołączenie przesyłki: Uzupełnienie wniosku"))
                .last().asString().startsWith("Zakończenie sprawy");
    }

    private static Ezd.Reply put(String user, String path, String json) throws Exception {
        var response = HTTP.send(request(user, path).header("Content-Type", "application/json").header("Accept", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
        boolean isJson = response.headers().firstValue("Content-Type").orElse("").contains("json") && !response.body().isBlank();
        return new Ezd.Reply(response.statusCode(), isJson ? Json.createReader(new StringReader(response.body())).read() : null,
                response.body());
    }

    private static String csv(String user, String path) throws Exception {
        var response = HTTP.send(request(user, path).header("Accept", "text/csv").GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        return response.body();
    }

    private static HttpRequest.Builder request(String user, String path) {
        String credentials = user + ":" + Ezd.DEMO_PASSWORD;
        return HttpRequest.newBuilder(URI.create(Ezd.URL + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] signedPdf(byte[] pdf) throws Exception {
        var signer = OfficePki.issue(officeCa, "CN=Maria Wiśniewska, C=PL");
        SigningKey key = new SigningKey() {
            @Override
            public PrivateKey privateKey() {
                return signer.keys().getPrivate();
            }

            @Override
            public List<X509Certificate> certificateChain() {
                return List.of(signer.certificate(), officeCa.certificate());
            }

            @Override
            public Optional<Provider> provider() {
                return Optional.empty();
            }
        };
        return DocumentSigner.builder(key).build().sign(SignatureFormat.PADES, pdf, "decyzja.pdf");
    }
}
