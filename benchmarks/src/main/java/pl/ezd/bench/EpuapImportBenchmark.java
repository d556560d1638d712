package pl.ezd.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import pl.ezd.epuap.control.EpuapSampleLetters;
import pl.ezd.signature.DocumentSigner;
import pl.ezd.signature.SigningKey;

/**
 * The ePUAP import over real HTTP with WS-Security against the application's own simulator, on a
 * durable PostgreSQL: organisations each with an inbox, their registry clerk as the registering
 * account and a system certificate the simulator trusts; XAdES-signed "pismo ogólne" letters
 * queued in the simulator; the scheduler pulls, stores, verifies, registers and acknowledges.
 *
 * <p>Phases: one inbox alone (warm-up, then measured); then every inbox at once with
 * {@code bench.epuap.documents} documents in all. Per-document latency is the time from storing a
 * document to its registration having committed, from the database. At the end: nothing lost
 * (every queued document acknowledged and registered) and nothing twice (one RPW entry per document).
 */
public final class EpuapImportBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String PASSWORD = "Bench-Cert-2026";

    private EpuapImportBenchmark() {
    }

    record Inbox(Tenants.Clerk clerk, String admin, String podmiot, String adres) {
    }

    public static void main(String[] args) throws Exception {
        int organizations = Benchmarks.intProperty("bench.organizations", 20);
        int documents = Benchmarks.intProperty("bench.epuap.documents", 10_000);
        int single = Benchmarks.intProperty("bench.epuap.single", 600);
        int offset = Benchmarks.intProperty("bench.port-offset", 3000);
        Path serverHome = Path.of(System.getProperty("bench.server-dir", "ezd-ear/target/server"));
        Path workDir = Path.of(System.getProperty("bench.work-dir", "benchmarks/target/bench"));

        List<byte[]> letters = signedLetters(100);
        System.out.printf(Locale.ROOT, "[setup] %d distinct XAdES-signed letters, %.0f KB on average; %d organisations; %d cores%n",
                letters.size(), letters.stream().mapToInt(l -> l.length).average().orElse(0) / 1024, organizations,
                Runtime.getRuntime().availableProcessors());

        try (Server server = Server.start(serverHome, workDir, offset, Map.of("EZD_EPUAP_SIMULATOR_ENABLED", "true",
                "EZD_EPUAP_DOCUMENTS_PER_PULL", "200"))) {
            List<Tenants.Clerk> clerks = Tenants.prepare(server, organizations);
            List<Inbox> inboxes = new ArrayList<>();
            for (int i = 0; i < clerks.size(); i++) {
                inboxes.add(configure(server, clerks.get(i), "admin.g" + i, "bench-g" + i));
            }
            // every send time in the past: inbox i's letters start 100,000 s after inbox i-1's (20 inboxes: 24 days); a
            // send time after the registration is refused by the register ("data wpływu" later than registration)
            Instant sentBase = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.DAYS).minus(Duration.ofDays(40));

            // phase 1: one inbox alone; its first fifth is the warm-up
            Inbox first = inboxes.get(0);
            for (int n = 0; n < single; n++) {
                seed(server, first, letters.get(n % letters.size()), sentBase.plusSeconds(n), n);
            }
            Instant start = Instant.now();
            System.out.println("[one inbox] start, load average " + loadAverage());
            enable(server, first);
            awaitDrained(server, List.of(first), single / 5, Duration.ofMinutes(20));
            Instant measuredFrom = Instant.now();
            int measuredFromCount = registered(server);
            awaitDrained(server, List.of(first), single, Duration.ofMinutes(20));
            Instant end = Instant.now();
            double seconds = Duration.between(measuredFrom, end).toMillis() / 1000.0;
            System.out.printf(Locale.ROOT, "[one inbox] %d documents in %.1f s after warm-up (%.1f s with it) = %.1f documents/s%n",
                    single - measuredFromCount, seconds, Duration.between(start, end).toMillis() / 1000.0,
                    (single - measuredFromCount) / seconds);
            System.out.println("[one inbox] latency store→registered " + latencies(server, measuredFrom));
            System.out.println("[one inbox] end, load average " + loadAverage());

            // phase 2: every inbox at once. The first inbox is switched off while the letters are queued,
            // or it would import its share before the clock starts and the count of the phase would never add up
            switchInbox(server, first, false);
            int before = registered(server);
            int perInbox = documents / inboxes.size();
            // queued by a few client threads, so that queuing 10,000 letters does not take longer than importing them
            var seeding = java.util.concurrent.Executors.newFixedThreadPool(4);
            List<java.util.concurrent.Future<?>> seeded = new ArrayList<>();
            for (int i = 0; i < inboxes.size(); i++) {
                int inbox = i;
                seeded.add(seeding.submit(() -> {
                    for (int n = 0; n < perInbox; n++) {
                        seed(server, inboxes.get(inbox), letters.get((inbox * 7 + n) % letters.size()),
                                sentBase.plusSeconds(100_000L * (inbox + 1) + n), n);
                    }
                    return null;
                }));
            }
            for (var future : seeded) {
                future.get();
            }
            seeding.shutdown();
            System.out.println("[all inboxes] " + perInbox * inboxes.size() + " documents queued in " + inboxes.size() + " inboxes");
            Instant aggregateStart = Instant.now();
            System.out.println("[all inboxes] start " + aggregateStart + ", load average " + loadAverage());
            for (Inbox inbox : inboxes) {
                enable(server, inbox);
            }
            // the steady part: from the tenth to the ninetieth percent of the documents decided
            int total = perInbox * inboxes.size();
            Instant tenth = null;
            Instant ninetieth = null;
            Instant deadline = Instant.now().plus(Duration.ofMinutes(60));
            for (int done = 0; done < total; done = registered(server) - before) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("only " + done + " of " + total + " documents decided within 60 minutes");
                }
                if (tenth == null && done >= total / 10) {
                    tenth = Instant.now();
                }
                if (ninetieth == null && done >= total * 9 / 10) {
                    ninetieth = Instant.now();
                }
                Thread.sleep(250);
            }
            Instant aggregateEnd = Instant.now();
            if (tenth != null && ninetieth != null) {
                double steady = Duration.between(tenth, ninetieth).toMillis() / 1000.0;
                System.out.printf(Locale.ROOT, "[all inboxes] steady part (10%%–90%%): %d documents in %.1f s = %.1f documents/s%n",
                        total * 8 / 10, steady, total * 0.8 / steady);
            }
            double aggregateSeconds = Duration.between(aggregateStart, aggregateEnd).toMillis() / 1000.0;
            int imported = registered(server) - before;
            System.out.printf(Locale.ROOT, "[all inboxes] %d documents in %.1f s = %.1f documents/s in aggregate%n", imported,
                    aggregateSeconds, imported / aggregateSeconds);
            System.out.println("[all inboxes] latency store→registered " + latencies(server, aggregateStart));
            System.out.println("[all inboxes] end " + aggregateEnd + ", load average " + loadAverage());

            // nothing lost, nothing twice
            int expected = single + perInbox * inboxes.size();
            try (Connection c = server.database().getConnection(); var s = c.createStatement()) {
                ResultSet rs = s.executeQuery("select count(*), count(distinct item_id), sum(case when state = 'REGISTERED' then 1 else 0 end),"
                        + " sum(case when acknowledged_at is null then 1 else 0 end) from epuap_received");
                rs.next();
                ResultSet items = c.createStatement().executeQuery("select count(*) from incoming_item where delivery_method = 'EPUAP'");
                items.next();
                ResultSet waiting = c.createStatement().executeQuery("select count(*) from epuap_sim_document where acknowledged_at is null");
                waiting.next();
                System.out.printf(Locale.ROOT, "[check] queued %d; stored %d, registered %d, distinct items %d, RPW entries from ePUAP %d,"
                                + " unacknowledged %d, still waiting in ePUAP %d → %s%n", expected, rs.getInt(1), rs.getInt(3), rs.getInt(2),
                        items.getInt(1), rs.getInt(4), waiting.getInt(1),
                        rs.getInt(1) == expected && rs.getInt(3) == expected && rs.getInt(2) == expected && items.getInt(1) == expected
                                && waiting.getInt(1) == 0 ? "nothing lost, nothing twice" : "MISMATCH");
            }
        }
    }

    private static List<byte[]> signedLetters(int count) throws Exception {
        KeyPair keys = rsa();
        X509Certificate certificate = selfSigned("CN=Jan Mieszkaniec, C=PL", keys);
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("citizen", keys.getPrivate(), PASSWORD.toCharArray(), new X509Certificate[] {certificate});
        var p12 = new ByteArrayOutputStream();
        store.store(p12, PASSWORD.toCharArray());
        DocumentSigner signer = DocumentSigner.builder(SigningKey.fromPkcs12(p12.toByteArray(), PASSWORD.toCharArray(), null)).build();
        var samples = new EpuapSampleLetters(42);
        List<byte[]> letters = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            // attachments by URI are fetched from the inbox's file repository, which these inboxes do not name:
            // inline attachments only, so every letter registers and the figure stays comparable with earlier runs
            letters.add(samples.next().inlineOnly().signedWith(signer).xml());
        }
        return letters;
    }

    private static Inbox configure(Server server, Tenants.Clerk clerk, String admin, String podmiot) throws Exception {
        String adres = "/" + podmiot + "/skrytka";
        KeyPair keys = rsa();
        X509Certificate certificate = selfSigned("CN=EZD " + podmiot + ", C=PL", keys);
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("epuap", keys.getPrivate(), PASSWORD.toCharArray(), new X509Certificate[] {certificate});
        var p12 = new ByteArrayOutputStream();
        store.store(p12, PASSWORD.toCharArray());
        JsonObject form = Json.createObjectBuilder().add("podmiot", podmiot).add("adresSkrytki", adres).add("nazwaSkrytki", "skrytka")
                .add("endpointUrl", server.url + "epuap-sim/services/pull").add("account", clerk.username())
                .add("pollIntervalSeconds", 5).add("enabled", false).build();
        send(server, admin, "PUT", "api/v1/epuap/inbox", "application/json", form.toString().getBytes(StandardCharsets.UTF_8), Map.of(), 200);
        send(server, admin, "PUT", "api/v1/epuap/inbox/certificate", "application/x-pkcs12", p12.toByteArray(),
                Map.of("X-Certificate-Password", PASSWORD), 200);
        send(server, null, "POST", "epuap-sim/clients?podmiot=" + enc(podmiot), "application/pkix-cert", certificate.getEncoded(), Map.of(), 201);
        return new Inbox(clerk, admin, podmiot, adres);
    }

    private static void enable(Server server, Inbox inbox) throws Exception {
        switchInbox(server, inbox, true);
    }

    private static void switchInbox(Server server, Inbox inbox, boolean enabled) throws Exception {
        JsonObject form = Json.createObjectBuilder().add("podmiot", inbox.podmiot()).add("adresSkrytki", inbox.adres())
                .add("nazwaSkrytki", "skrytka").add("endpointUrl", server.url + "epuap-sim/services/pull")
                .add("account", inbox.clerk().username()).add("pollIntervalSeconds", 5).add("enabled", enabled).build();
        send(server, inbox.admin(), "PUT", "api/v1/epuap/inbox", "application/json", form.toString().getBytes(StandardCharsets.UTF_8),
                Map.of(), 200);
    }

    private static void seed(Server server, Inbox inbox, byte[] letter, Instant sent, int n) throws Exception {
        String query = "adresSkrytki=" + enc(inbox.adres()) + "&senderId=" + enc("PESEL:" + (80010100000L + n)) + "&senderName="
                + enc("Nadawca " + n) + "&senderKind=F&fileName=pismo.xml&dataNadania=" + enc(sent.toString());
        send(server, null, "POST", "epuap-sim/seed?" + query, "application/xml", letter, Map.of(), 201);
    }

    private static int registered(Server server) throws Exception {
        try (Connection c = server.database().getConnection(); var s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from epuap_received where state <> 'STORED'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void awaitDrained(Server server, List<Inbox> inboxes, int decided, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (registered(server) >= decided) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("only " + registered(server) + " of " + decided + " documents decided within " + timeout);
    }

    /** Store → registration committed, of the documents processed since {@code from}, with the failures. */
    private static String latencies(Server server, Instant from) throws Exception {
        Stats stats = new Stats();
        try (Connection c = server.database().getConnection();
             var s = c.prepareStatement("select stored_at, processed_at, state from epuap_received where processed_at >= ?")) {
            s.setTimestamp(1, java.sql.Timestamp.from(from));
            ResultSet rs = s.executeQuery();
            while (rs.next()) {
                if (!"REGISTERED".equals(rs.getString(3))) {
                    stats.error();
                    continue;
                }
                stats.record(Duration.between(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant()).toNanos());
            }
        }
        return String.format(Locale.ROOT, "%d registered, %d not: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms", stats.count(),
                stats.errors(), stats.percentileMillis(50), stats.percentileMillis(95), stats.percentileMillis(99), stats.percentileMillis(100));
    }

    private static String send(Server server, String user, String method, String path, String contentType, byte[] body,
                               Map<String, String> headers, int expected) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(server.url + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType).header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + Tenants.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static KeyPair rsa() throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static X509Certificate selfSigned(String subject, KeyPair keys) throws Exception {
        var name = new X500Name(subject);
        var builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(System.nanoTime()),
                Date.from(Instant.now().minus(Duration.ofDays(1))), Date.from(Instant.now().plus(Duration.ofDays(365))), name, keys.getPublic());
        return new JcaX509CertificateConverter().getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
    }

    /** The machine's load average (1, 5, 15 minutes): peers build on the same two cores. */
    static String loadAverage() {
        try {
            String[] fields = java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

}
