package pl.ezd.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The production set-up: the same provisioned server, switched to PostgreSQL by the documented
 * environment variables only. A real PostgreSQL 17 (embedded binaries from Maven) and a second
 * WildFly on its own copy of the server's base directory (ports +200).
 */
class PostgresServerIT {

    private static final int OFFSET = Integer.getInteger("ezd.postgres-port-offset", 200);
    private static final String URL = "http://localhost:" + (8080 + OFFSET) + "/";
    private static final String READY = "http://localhost:" + (9990 + OFFSET) + "/health/ready";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static final String SEAL_PASSWORD = "seal-test-only";
    private static EmbeddedPostgres postgres;
    private static Path sealDir;
    private static Path trustDir;
    private static OfficePki.Issued officeCa;
    private static ServerProcess server;

    @BeforeAll
    static void startServerOnPostgres() throws Exception {
        postgres = EmbeddedPostgres.start();
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            c.createStatement().execute("create database ezd");
        }
        var env = new java.util.HashMap<String, String>();
        env.put("EZD_DB_DRIVER", "postgresql");
        env.put("EZD_DB_URL", "jdbc:postgresql://localhost:" + postgres.getPort() + "/ezd");
        env.put("EZD_DB_USER", "postgres");
        env.put("EZD_DB_PASSWORD", "postgres");
        env.put("EZD_DEMO_DATA", "true");
        // the ePUAP import on PostgreSQL, against the application's own simulator (off by default on PostgreSQL)
        env.put("EZD_EPUAP_SIMULATOR_ENABLED", "true");
        // the office seal and the trust anchors, configured as an operator would
        sealDir = Files.createDirectories(Path.of("target/postgres-server-seals").toAbsolutePath());
        trustDir = Files.createDirectories(Path.of("target/postgres-server-trust").toAbsolutePath());
        env.put("EZD_SEAL_DIR", sealDir.toString());
        env.put("EZD_SEAL_PASSWORD", SEAL_PASSWORD);
        env.put("EZD_SIGNATURE_TRUST_DIR", trustDir.toString());
        officeCa = OfficePki.ca("CN=Centrum Certyfikacji Urzędu (test), O=EZD, C=PL");
        Files.write(trustDir.resolve("office-ca.cer"), officeCa.certificate().getEncoded());
        server = ServerProcess.start("postgres-server", OFFSET, env);
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void readinessReportsPostgreSql() throws Exception {
        var health = Json.createReader(new StringReader(get(READY, null).body())).readObject();
        var database = health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(check -> check.getString("name").equals("database")).findFirst().orElseThrow();
        assertThat(database.getString("status")).isEqualTo("UP");
        assertThat(database.getJsonObject("data").getString("database")).startsWith("PostgreSQL 17");
    }

    @Test
    void aRegisteredLetterAndItsWorkflowStepLandInTheSamePostgreSqlDatabase() throws Exception {
        var registered = send("kancelaria", HttpRequest.newBuilder(URI.create(URL + "api/v1/incoming-items"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Ezd.letter("Wniosek o dostęp do informacji publicznej", "Stowarzyszenie Watchdog"))));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        String rpw = Json.createReader(new StringReader(registered.body())).readObject().getString("rpwNumber");

        assertThat(get(URL + "api/v1/tasks?max=200", "kierownik").body()).contains(rpw);
        try (Connection c = postgres.getDatabase("postgres", "ezd").getConnection()) {
            var rows = c.createStatement().executeQuery("""
                    select count(*) from incoming_item i
                    join act_ru_execution e on e.business_key_ = 'RPW/' || i.rpw_number || '/' || i.rpw_year
                    join act_ru_task t on t.proc_inst_id_ = e.proc_inst_id_
                    where t.task_def_key_ = 'Task_Dekretacja' and t.tenant_id_ = cast(i.organization_id as varchar)""");
            rows.next();
            assertThat(rows.getInt(1)).as("items with their dekretacja task, same database").isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void anAuditEntryChangedInTheDatabaseIsReportedAndTheChainHoldsOnceRestored() throws Exception {
        assertThat(verification().getBoolean("intact")).as("the demo's trail as written").isTrue();

        try (Connection c = postgres.getDatabase("postgres", "ezd").getConnection()) {
            var victim = c.createStatement().executeQuery("""
                    select a.id, a.seq, a.actor from audit_entry a join organization o on o.id = a.organization_id
                    where o.teryt = '0401021' and a.seq = 3""");
            assertThat(victim.next()).isTrue();
            long id = victim.getLong(1);
            String actor = victim.getString(3);
            c.createStatement().executeUpdate("update audit_entry set actor = 'ktos.inny' where id = " + id);
            try {
                var tampered = verification();
                assertThat(tampered.getBoolean("intact")).isFalse();
                assertThat(tampered.getJsonArray("problems").getString(0)).isEqualTo("Wpis nr 3 został zmieniony po zapisaniu");
            } finally {
                c.createStatement().executeUpdate("update audit_entry set actor = '" + actor + "' where id = " + id);
            }
        }
        assertThat(verification().getBoolean("intact")).isTrue();
    }

    @Test
    void aHeadSealsAPdfAsANewVersionAndItsSignatureIsVerified() throws Exception {
        var me = Json.createReader(new StringReader(get(URL + "api/v1/me", "kierownik").body())).readObject();
        var seal = OfficePki.issue(officeCa, "CN=Urząd Miejski w Ciechocinku, O=Urząd Miejski w Ciechocinku, C=PL");
        Files.write(sealDir.resolve("seal-" + me.getJsonNumber("organizationId").longValue() + ".p12"),
                OfficePki.pkcs12(seal, officeCa, SEAL_PASSWORD.toCharArray()));

        byte[] pdf = OfficePki.pdf("Decyzja nr 1/2026 o zezwoleniu na usunięcie drzew");
        var uploaded = send("kierownik", HttpRequest.newBuilder(URI.create(URL + "api/v1/documents?kind=LETTER&title=Decyzja"))
                .header("Content-Type", "application/octet-stream")
                .header("Content-Disposition", "attachment; filename=\"decyzja.pdf\"")
                .POST(HttpRequest.BodyPublishers.ofByteArray(pdf)));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        int id = Json.createReader(new StringReader(uploaded.body())).readObject().getInt("id");

        var byClerk = send("referent", HttpRequest.newBuilder(URI.create(URL + "api/v1/documents/" + id + "/seal"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(byClerk.statusCode()).as("only a head seals").isEqualTo(403);
        var sealed = send("kierownik", HttpRequest.newBuilder(URI.create(URL + "api/v1/documents/" + id + "/seal"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(sealed.statusCode()).as(sealed.body()).isEqualTo(200);
        assertThat(Json.createReader(new StringReader(sealed.body())).readObject().getInt("currentVersion")).isEqualTo(2);

        JsonObject version2 = null;
        for (Instant until = Instant.now().plusSeconds(60); Instant.now().isBefore(until); Thread.sleep(300)) {
            version2 = Json.createReader(new StringReader(get(URL + "api/v1/documents/" + id, "kierownik").body())).readObject()
                    .getJsonArray("versions").getJsonObject(1);
            if (version2.containsKey("signatureVerdict")) {
                break;
            }
        }
        assertThat(version2.getString("mediaType")).isEqualTo("application/pdf");
        assertThat(version2.getString("signatureVerdict")).as("an intact seal is never INVALID").isIn("VALID", "INDETERMINATE");
        var report = get(URL + "api/v1/documents/" + id + "/versions/2/signature", "kierownik").body();
        assertThat(report).contains("Urząd Miejski w Ciechocinku").contains("PAdES");
        var original = send("kierownik", HttpRequest.newBuilder(URI.create(URL + "api/v1/documents/" + id + "/versions/1/content")).GET());
        assertThat(original.statusCode()).as("version 1 stays readable as it was").isEqualTo(200);
    }

    /**
     * What the ePUAP benchmark does, on PostgreSQL: an organisation set up while the server runs
     * (by the regional administrator), whose administrator adds a registry clerk (a post starting
     * today) and makes them the registering account of the inbox. More than ten XAdES-signed letters
     * are imported under that account's run-as identity (the benchmark's import stopped at the
     * eleventh with an EJBAccessException); each is registered once, with the verification report
     * kept on the document version, and a letter changed after signing waits in "needs attention".
     * The demo gmina's own inbox (its account created at start-up) imports its letters too.
     */
    @Test
    void anOrganisationSetUpWhileTheServerRunsImportsSignedLettersFromItsEpuapInbox() throws Exception {
        String suffix = java.util.UUID.randomUUID().toString().substring(0, 8);
        String admin = "adm.badkowo." + suffix;
        String clerk = "kanc.badkowo." + suffix;
        String password = "Badkowo-2026!" + suffix;
        expect(201, call("admin.regionu", Ezd.DEMO_PASSWORD, "POST", "api/v1/organizations", """
                {"kind":"GMINA","name":"Urząd Gminy Bądkowo %s","teryt":"0401052","unitSymbol":"OR","unitName":"Referat Organizacyjny",
                 "admin":{"firstName":"Bożena","lastName":"Bądkowska","username":"%s","password":"%s"}}""".formatted(suffix, admin, password)));
        long unitId = Json.createReader(new StringReader(expect(200, call(admin, password, "GET", "api/v1/admin/units", null))))
                .readArray().getJsonObject(0).getJsonNumber("id").longValue();
        expect(201, call(admin, password, "POST", "api/v1/admin/employees", """
                {"firstName":"Kazimiera","lastName":"Kancelaryjna","username":"%s","password":"%s",
                 "post":{"unitId":%d,"title":"Kancelaria","roles":["REGISTRY"]}}""".formatted(clerk, password, unitId)));

        String podmiot = "badkowo" + suffix;
        String adres = "/" + podmiot + "/SkrytkaESP";
        char[] p12Password = "system-cert".toCharArray();
        var system = OfficePki.issue(officeCa, "CN=EZD Urząd Gminy Bądkowo, O=Urząd Gminy Bądkowo, C=PL");
        String inbox = Json.createObjectBuilder().add("podmiot", podmiot).add("adresSkrytki", adres).add("nazwaSkrytki", "SkrytkaESP")
                .add("endpointUrl", URL + "epuap-sim/services/pull").add("account", clerk).add("pollIntervalSeconds", 5)
                .add("enabled", false).build().toString();
        expect(200, call(admin, password, "PUT", "api/v1/epuap/inbox", inbox));
        var certificate = HTTP.send(HttpRequest.newBuilder(URI.create(URL + "api/v1/epuap/inbox/certificate"))
                .header("Authorization", basic(admin, password)).header("Content-Type", "application/x-pkcs12")
                .header("X-Certificate-Password", new String(p12Password))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(OfficePki.pkcs12(system, officeCa, p12Password))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(certificate.statusCode()).as(certificate.body()).isEqualTo(200);
        var client = HTTP.send(HttpRequest.newBuilder(URI.create(URL + "epuap-sim/clients?podmiot=" + enc(podmiot)))
                .header("Content-Type", "application/pkix-cert")
                .POST(HttpRequest.BodyPublishers.ofByteArray(system.certificate().getEncoded())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(client.statusCode()).as(client.body()).isEqualTo(201);

        // citizens' letters signed with certificates of a CA the office trusts
        var citizen = OfficePki.issue(officeCa, "CN=Jan Mieszkaniec, C=PL");
        var signer = pl.ezd.signature.DocumentSigner.builder(pl.ezd.signature.SigningKey.fromPkcs12(
                OfficePki.pkcs12(citizen, officeCa, p12Password), p12Password, null)).build();
        var samples = new pl.ezd.epuap.control.EpuapSampleLetters(20261126);
        int letters = 12;
        Instant sent = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).minusSeconds(600);
        for (int i = 0; i < letters; i++) {
            // this inbox names no file repository: letters with inline attachments only
            seed(adres, "Nadawca " + i, sent.plusSeconds(i), samples.next().inlineOnly().signedWith(signer).xml());
        }
        var changed = samples.next().inlineOnly().signedWith(signer);
        String title = changed.letter().title();
        seed(adres, "Zmieniony po podpisaniu", sent.plusSeconds(letters),
                new String(changed.xml(), StandardCharsets.UTF_8).replace(title, title + " (po podpisaniu)").getBytes(StandardCharsets.UTF_8));
        expect(200, call(admin, password, "PUT", "api/v1/epuap/inbox", inbox.replace("\"enabled\":false", "\"enabled\":true")));

        JsonObject counts = null;
        for (Instant until = Instant.now().plus(Duration.ofMinutes(5)); Instant.now().isBefore(until); Thread.sleep(1000)) {
            counts = object(expect(200, call(admin, password, "GET", "api/v1/epuap/counts", null)));
            if (counts.getJsonNumber("imported").longValue() + counts.getJsonNumber("failed").longValue() >= letters + 1
                    && counts.getJsonNumber("unacknowledged").longValue() == 0) {
                break;
            }
        }
        assertThat(counts.getJsonNumber("imported").longValue()).as("every signed letter registered: " + counts).isEqualTo(letters);
        assertThat(counts.getJsonNumber("failed").longValue()).as("the changed letter needs attention").isEqualTo(1);
        assertThat(counts.getJsonNumber("pending").longValue()).isZero();
        assertThat(counts.getJsonNumber("unacknowledged").longValue()).isZero();
        var status = Json.createReader(new StringReader(get(URL + "epuap-sim/status?adresSkrytki=" + enc(adres), null).body())).readObject();
        assertThat(status.getInt("waiting")).as("nothing left in ePUAP").isZero();

        var register = object(expect(200, call(clerk, password, "GET", "api/v1/incoming-items?channel=EPUAP&max=50", null)));
        assertThat(register.getJsonNumber("total").longValue()).as("one RPW entry per letter").isEqualTo(letters);
        long itemId = register.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        var receipt = object(expect(200, call(clerk, password, "GET", "api/v1/epuap/receipts/" + itemId, null)));
        assertThat(receipt.getString("state")).isEqualTo("REGISTERED");
        assertThat(receipt.getString("signatureVerdict")).as("verified before registration").isIn("VALID", "INDETERMINATE");
        var files = Json.createReader(new StringReader(expect(200, call(clerk, password, "GET", "api/v1/incoming-items/" + itemId + "/documents", null))))
                .readArray();
        var letter = files.getJsonObject(0);
        assertThat(letter.getString("signatureVerdict")).as("the report is kept with the document version")
                .isEqualTo(receipt.getString("signatureVerdict"));
        assertThat(letter.getString("signatureSummary")).isNotBlank();
        long documentId = letter.getJsonNumber("id").longValue();
        assertThat(expect(200, call(clerk, password, "GET", "api/v1/documents/" + documentId + "/versions/1/signature", null)))
                .contains("XAdES");
        var attention = Json.createReader(new StringReader(expect(200, call(clerk, password, "GET", "api/v1/epuap/attention", null))))
                .readArray().getValuesAs(JsonObject.class);
        assertThat(attention).singleElement().satisfies(d ->
                assertThat(d.getString("reason")).contains("Podpis elektroniczny dokumentu jest nieprawidłowy"));

        var demo = Json.createReader(new StringReader(get(URL + "api/v1/epuap/counts", "admin").body())).readObject();
        assertThat(demo.getJsonNumber("imported").longValue()).as("the demo inbox's letters, registered by its epuap account: " + demo)
                .isGreaterThanOrEqualTo(3);
        assertThat(demo.getJsonNumber("failed").longValue()).isZero();
    }

    private static void seed(String adres, String sender, Instant sent, byte[] document) throws Exception {
        var reply = HTTP.send(HttpRequest.newBuilder(URI.create(URL + "epuap-sim/seed?adresSkrytki=" + enc(adres) + "&senderId="
                        + enc("id-" + sender) + "&senderName=" + enc(sender) + "&senderKind=F&fileName=pismo.xml&dataNadania=" + enc(sent.toString())))
                .POST(HttpRequest.BodyPublishers.ofByteArray(document)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);
    }

    private static HttpResponse<String> call(String user, String password, String method, String path, String json) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(URL + path)).header("Authorization", basic(user, password))
                .header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String expect(int status, HttpResponse<String> reply) {
        assertThat(reply.statusCode()).as(reply.request().method() + " " + reply.uri() + " → " + reply.body()).isEqualTo(status);
        return reply.body();
    }

    private static JsonObject object(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static JsonObject verification() throws Exception {
        var reply = get(URL + "api/v1/audit/verification", "admin");
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        return Json.createReader(new StringReader(reply.body())).readObject();
    }

    private static HttpResponse<String> get(String url, String user) throws Exception {
        return send(user, HttpRequest.newBuilder(URI.create(url)).GET());
    }

    private static HttpResponse<String> send(String user, HttpRequest.Builder request) throws Exception {
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + Ezd.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }



}
