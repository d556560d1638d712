package pl.ezd.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Registering incoming letters over real HTTP, as registry clerks of many organisations do at once:
 * each registration is the letter's §2 metadata and its two-page PDF of about 100 KB in one request
 * (RPW number, stored file, audit entry and workflow start in one transaction on the server).
 *
 * <p>Phases: warm-up (closed loop); maximum sustained throughput (closed loop, {@code bench.threads}
 * clients); the target rate (open loop at {@code bench.rate}/s, latency measured from each request's
 * intended start, so a stall is not hidden by the driver waiting for it); then the background text
 * extraction's drain of its backlog, compared with Tika called directly on the same files.
 */
public final class RegistrationBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private RegistrationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int organizations = Benchmarks.intProperty("bench.organizations", 40);
        int threads = Benchmarks.intProperty("bench.threads", 8);
        int warmup = Benchmarks.intProperty("bench.warmup-seconds", 30);
        int seconds = Benchmarks.intProperty("bench.seconds", 60);
        int rate = Benchmarks.intProperty("bench.rate", 200);
        int offset = Benchmarks.intProperty("bench.port-offset", 3000);
        Path serverHome = Path.of(System.getProperty("bench.server-dir", "ezd-ear/target/server"));
        Path workDir = Path.of(System.getProperty("bench.work-dir", "benchmarks/target/bench"));
        List<Letters.Letter> letters = Letters.load();
        System.out.printf(Locale.ROOT, "[setup] %d letters, %.0f KB on average; %d organisations; %d cores%n", letters.size(),
                letters.stream().mapToInt(l -> l.content().length).average().orElse(0) / 1024, organizations,
                Runtime.getRuntime().availableProcessors());

        // 0 organisations: the demo gmina alone, a quick check of the harness rather than a measurement
        Map<String, String> environment = organizations == 0 ? Map.of("EZD_DEMO_DATA", "true",
                "EZD_BOOTSTRAP_ADMIN_USERNAME", "", "EZD_BOOTSTRAP_ADMIN_PASSWORD", "") : Map.of();
        try (Server server = Server.start(serverHome, workDir, offset, environment)) {
            List<Tenants.Clerk> clerks = Tenants.prepare(server, organizations);
            var driver = new Driver(server.url, clerks, letters);

            // HTTP Basic on every request, as a simple API client does: measured briefly, for the record
            System.out.println("[basic auth per request, " + threads + " clients, 20 s] " + driver.closedLoop(threads, 20).summary(20));
            logIn(server.url, clerks);
            System.out.println("[warm-up, sessions] " + driver.closedLoop(threads, warmup).summary(warmup));
            Stats closed = driver.closedLoop(threads, seconds);
            System.out.println("[closed loop, " + threads + " clients] " + closed.summary(seconds));
            Stats open = driver.openLoop(rate, seconds);
            System.out.println("[open loop at " + rate + "/s] " + open.summary(seconds));

            Extraction drain = Extraction.drain(server, Duration.ofMinutes(30));
            System.out.println("[extraction] " + drain);
            Stats tika = TikaDirect.run(letters, Runtime.getRuntime().availableProcessors(), warmup, seconds);
            System.out.println("[tika-direct, " + Runtime.getRuntime().availableProcessors() + " threads] " + tika.summary(seconds));
            System.out.printf(Locale.ROOT, "[extraction ratio] pipeline %.1f /s vs Tika directly %.1f /s = %.2fx%n",
                    drain.rate(), tika.count() / (double) seconds, drain.rate() / (tika.count() / (double) seconds));
        }
    }

    /** Sends registrations, each as one of the organisations' registry clerks, round-robin. */
    static final class Driver {
        private final String url;
        private final List<Tenants.Clerk> clerks;
        private final List<Letters.Letter> letters;
        private final AtomicLong sequence = new AtomicLong();

        Driver(String url, List<Tenants.Clerk> clerks, List<Letters.Letter> letters) {
            this.url = url;
            this.clerks = clerks;
            this.letters = letters;
        }

        Stats closedLoop(int threads, int seconds) throws InterruptedException {
            Stats stats = new Stats();
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            var done = new CountDownLatch(threads);
            for (int t = 0; t < threads; t++) {
                new Thread(() -> {
                    try {
                        while (System.nanoTime() < end) {
                            long start = System.nanoTime();
                            if (registerOne()) {
                                stats.record(System.nanoTime() - start);
                            } else {
                                stats.error();
                            }
                        }
                    } finally {
                        done.countDown();
                    }
                }, "client-" + t).start();
            }
            done.await();
            return stats;
        }

        Stats openLoop(int perSecond, int seconds) throws InterruptedException {
            Stats stats = new Stats();
            ExecutorService workers = Executors.newFixedThreadPool(Math.max(16, perSecond / 4));
            long start = System.nanoTime();
            long interval = 1_000_000_000L / perSecond;
            long total = (long) perSecond * seconds;
            for (long i = 0; i < total; i++) {
                long intended = start + i * interval;
                long wait = intended - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                workers.execute(() -> {
                    if (registerOne()) {
                        stats.record(System.nanoTime() - intended);
                    } else {
                        stats.error();
                    }
                });
            }
            workers.shutdown();
            if (!workers.awaitTermination(30, TimeUnit.SECONDS)) {
                // the server fell behind the rate: what never started counts as failed, not as fast
                int neverStarted = workers.shutdownNow().size();
                for (int i = 0; i < neverStarted; i++) {
                    stats.error();
                }
                workers.awaitTermination(1, TimeUnit.MINUTES);
                System.out.println("[open loop] " + neverStarted + " registrations never started: the server could not keep the rate");
            }
            return stats;
        }

        boolean registerOne() {
            long n = sequence.getAndIncrement();
            Tenants.Clerk clerk = clerks.get((int) (n % clerks.size()));
            Letters.Letter letter = letters.get((int) (n % letters.size()));
            try {
                return Registration.register(HTTP, url, clerk, letter, n);
            } catch (IOException e) {
                System.out.println("[error] " + e);
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    static String basic(Tenants.Clerk clerk) {
        return "Basic " + Base64.getEncoder().encodeToString((clerk.username() + ":" + clerk.password()).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * How a request authenticates: {@code basic} sends the password with every request (WildFly then
     * verifies the bcrypt hash every time, about 150 ms of CPU); {@code session} logs in once per
     * clerk through the login form, as the screens do, and sends the session cookie.
     */
    static final java.util.Map<String, String> SESSIONS = new java.util.concurrent.ConcurrentHashMap<>();

    static HttpRequest.Builder authenticated(HttpRequest.Builder request, Tenants.Clerk clerk) {
        String cookie = SESSIONS.get(clerk.username());
        return cookie == null ? request.header("Authorization", basic(clerk)) : request.header("Cookie", cookie);
    }

    /** Logs every clerk in through the login form once; later requests carry the session cookie. */
    static void logIn(String url, List<Tenants.Clerk> clerks) throws IOException, InterruptedException {
        for (Tenants.Clerk clerk : clerks) {
            var client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
            var page = client.send(HttpRequest.newBuilder(URI.create(url + "workflow/inbox.xhtml")).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            String cookie = sessionCookie(page).orElseThrow(() -> new IllegalStateException("no session cookie from the login page"));
            String form = "j_username=" + encode(clerk.username()) + "&j_password=" + encode(clerk.password());
            var login = client.send(HttpRequest.newBuilder(URI.create(url + "j_security_check")).header("Cookie", cookie)
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.discarding());
            cookie = sessionCookie(login).orElse(cookie);
            var me = client.send(HttpRequest.newBuilder(URI.create(url + "api/v1/me")).header("Cookie", cookie)
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
            if (me.statusCode() != 200) {
                throw new IllegalStateException("form login of " + clerk.username() + " did not give an API session: " + me.statusCode());
            }
            SESSIONS.put(clerk.username(), cookie);
        }
    }

    private static java.util.Optional<String> sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).reduce((first, last) -> last);
    }

    static String today() {
        return LocalDate.now(ZoneId.of("Europe/Warsaw")).toString();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The background text extraction of everything the load stored, measured while it drains. */
    record Extraction(int total, int doneWhenLoadEnded, double seconds, int failed) {

        double rate() {
            return (total - doneWhenLoadEnded) / seconds;
        }

        static Extraction drain(Server server, Duration limit) throws Exception {
            try (Connection c = server.database().getConnection()) {
                int[] first = counts(c);
                long start = System.nanoTime();
                int[] now = first;
                long deadline = start + limit.toNanos();
                long lastProgress = System.nanoTime();
                while (now[1] > 0 && System.nanoTime() < deadline) {
                    Thread.sleep(200);
                    int[] next = counts(c);
                    if (next[1] != now[1]) {
                        lastProgress = System.nanoTime();
                    } else if (System.nanoTime() - lastProgress > 30_000_000_000L) {
                        // nothing moved for 30 s: versions left PENDING are a defect to report, not to wait for
                        System.out.println("[extraction] " + next[1] + " versions stay PENDING with no progress for 30 s");
                        now = next;
                        break;
                    }
                    now = next;
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                return new Extraction(now[0], first[0] - first[1], seconds, now[2]);
            }
        }

        /** total versions, still pending, failed. */
        private static int[] counts(Connection c) throws Exception {
            try (ResultSet rs = c.createStatement().executeQuery(
                    "select count(*), count(*) filter (where extraction_status = 'PENDING'),"
                            + " count(*) filter (where extraction_status = 'FAILED') from document_version")) {
                rs.next();
                return new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3)};
            }
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d versions, %d extracted while the load ran, the remaining %d in %.1f s = %.1f /s (%d failed)",
                    total, doneWhenLoadEnded, total - doneWhenLoadEnded, seconds, rate(), failed);
        }
    }

    /**
     * One registration over the API as a registry clerk's desk sends it: the letter's metadata and
     * its PDF in one {@code multipart/form-data} request, registered all or nothing.
     */
    static final class Registration {
        private static final java.util.concurrent.atomic.AtomicInteger REPORTED = new java.util.concurrent.atomic.AtomicInteger();

        private Registration() {
        }

        static boolean register(HttpClient http, String url, Tenants.Clerk clerk, Letters.Letter letter, long n)
                throws IOException, InterruptedException {
            String json = "{\"title\":\"Wniosek nr " + n + " w sprawie zagospodarowania działki\",\"sender\":\"Jan Kowalski " + n + "\""
                    + ",\"senderAddress\":{\"postcode\":\"87-720\",\"town\":\"Ciechocinek\",\"street\":\"Zdrojowa\",\"building\":\"" + (1 + n % 120) + "\"}"
                    + ",\"dateOnLetter\":\"" + today() + "\",\"receivedOn\":\"" + today() + "\""
                    + ",\"access\":\"PUBLIC\",\"dcmiType\":\"Text\",\"deliveryMethod\":\"ORDINARY_LETTER\",\"attachmentsCount\":0}";
            String boundary = "ezd-bench-" + n;
            var body = new java.io.ByteArrayOutputStream(letter.content().length + 2048);
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\n"
                    + "Content-Type: application/json; charset=UTF-8\r\n\r\n" + json + "\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + letter.fileName() + "\"\r\n"
                    + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(letter.content());
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            var response = http.send(authenticated(HttpRequest.newBuilder(URI.create(url + "api/v1/incoming-items")), clerk)
                    .header("Accept", "application/json")
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 201 || failed("registration", response);
        }

        /** Reports the first few refusals, so a broken run says why. */
        static boolean failed(String step, HttpResponse<String> response) {
            if (REPORTED.incrementAndGet() <= 3) {
                System.out.println("[error] " + step + " answered " + response.statusCode() + ": "
                        + response.body().substring(0, Math.min(400, response.body().length())));
            }
            return false;
        }
    }

    static List<String> split(String s) {
        return new ArrayList<>(List.of(s.split(",")));
    }
}
