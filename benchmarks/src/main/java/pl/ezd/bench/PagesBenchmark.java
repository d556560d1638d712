package pl.ezd.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

/**
 * Server time of the main pages on the large data set (issues 4 and 7): the provisioned server on
 * its own PostgreSQL with normal durability, filled by {@link BigDataSet} (1 million cases, 5
 * million tasks of which 500 thousand open at scale 1), the people logged in once through the
 * login form (as the screens are used), then each group of pages requested in a closed loop:
 * warm-up, then {@code bench.seconds} measured, p50/p95/p99 per page and person. Pages of one group
 * are requested alternately, so that the clerk and the administrator are compared in one run.
 *
 * <p>The loaded database is kept in {@code bench.work-dir/bigdata} and reused by the next run when
 * {@code bench.reuse=true} (the default) and it was loaded with the same scale and seed.
 *
 * <p>Built in: the inbox (JSON and the JSF page, clerk and organisation administrator), the
 * incoming register (JSON; the JSF page {@code registry/incoming.xhtml} as first opened and with a
 * filter applied by its Ajax button), the case JSONs and the case folder page
 * {@code cases/case.xhtml} of a random case of the clerk. {@code -Dbench.groups=inbox page,case page}
 * measures only those groups. The machine's load average is written beside each group's figures.
 *
 * <p>More pages: {@code -Dbench.pages=name|who|path[|group];...} where {@code who} is {@code clerk},
 * {@code admin} or {@code registry}, and {@code {case}} in the path is a case the clerk handles,
 * e.g. {@code -Dbench.pages="case folder|clerk|cases/folder.xhtml?id={case}"}.
 */
public final class PagesBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /**
     * One page as one person requests it: a GET, or with {@code form} a JSF postback of that form
     * (the page is fetched first, untimed, for its view state; then the Ajax POST a filter button
     * sends is timed, with its partial response: the re-rendered table with its count and page).
     */
    record Target(String group, String name, Tenants.Clerk who, String path, String accept, Predicate<String> looksRight,
                  Map<String, String> form) {
        Target(String group, String name, Tenants.Clerk who, String path, String accept, Predicate<String> looksRight) {
            this(group, name, who, path, accept, looksRight, null);
        }
    }

    private static final java.util.regex.Pattern VIEW_STATE = java.util.regex.Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    private PagesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double scale = Double.parseDouble(System.getProperty("bench.scale", "1.0"));
        long seed = Long.parseLong(System.getProperty("bench.seed", "20261125"));
        boolean reuse = Boolean.parseBoolean(System.getProperty("bench.reuse", "true"));
        int warmup = Benchmarks.intProperty("bench.warmup-seconds", 20);
        int seconds = Benchmarks.intProperty("bench.seconds", 60);
        int threads = Benchmarks.intProperty("bench.threads", 1);
        int offset = Benchmarks.intProperty("bench.port-offset", 3000);
        Path serverHome = Path.of(System.getProperty("bench.server-dir", "ezd-ear/target/server"));
        Path workDir = Path.of(System.getProperty("bench.work-dir", "benchmarks/target/bench")).resolve("bigdata");
        Path terc = Path.of(System.getProperty("bench.terc-file", "ezd-ejb/src/main/resources/teryt/teryt-terc-kujawsko-pomorskie-2024-01-01.csv"));
        Path marker = workDir.resolve("loaded.properties");
        String wanted = scale + "/" + seed;

        Properties loaded = new Properties();
        boolean reusing = reuse && Files.exists(marker) && Files.exists(workDir.resolve("postgres/PG_VERSION"));
        if (reusing) {
            try (InputStream in = Files.newInputStream(marker)) {
                loaded.load(in);
            }
            reusing = wanted.equals(loaded.getProperty("dataset"));
        }
        var report = new StringBuilder();
        EmbeddedPostgres postgres;
        if (reusing) {
            System.out.println("[setup] reusing the data set loaded in " + workDir + " (" + loaded.getProperty("summary") + ")");
            postgres = Server.database(workDir.resolve("postgres"), false, true, "512MB");
        } else {
            Server.deleteRecursively(workDir);
            postgres = Server.database(workDir.resolve("postgres"), true, true, "512MB");
            // the first boot migrates the schema, deploys the process models and creates the regional administrator
            long boot = System.nanoTime();
            Server.start(postgres, false, serverHome, workDir, offset, Map.of()).close();
            System.out.printf(Locale.ROOT, "[setup] empty database migrated by the server in %.0f s%n", (System.nanoTime() - boot) / 1e9);
            var data = BigDataSet.load(postgres.getDatabase("postgres", "ezd"), BigDataSet.Options.ofScale(scale, seed), BigDataSet.gminy(terc));
            loaded.setProperty("dataset", wanted);
            loaded.setProperty("clerk", data.clerk());
            loaded.setProperty("admin", data.admin());
            loaded.setProperty("registry", data.registry());
            loaded.setProperty("organization", String.valueOf(data.bigOrganizationId()));
            loaded.setProperty("summary", String.format(Locale.ROOT, "scale %s, seed %d: %d organisations, %,d cases, %,d open tasks,"
                    + " %,d task rows in the engine's history; loaded in %.0f s; rows %s", scale, seed, data.organizations(), data.cases(),
                    data.openTasks(), data.historicTasks(), data.seconds(), data.rows()));
            try (OutputStream out = Files.newOutputStream(marker)) {
                loaded.store(out, "BigDataSet loaded by PagesBenchmark");
            }
        }
        report.append("[data] ").append(loaded.getProperty("summary")).append('\n');
        if (Boolean.getBoolean("bench.load-only")) {
            postgres.close();
            System.out.print(report);
            return;
        }
        try (postgres) {
            long boot = System.nanoTime();
            try (Server server = Server.start(postgres, false, serverHome, workDir, offset, Map.of())) {
                report.append(String.format(Locale.ROOT, "[setup] server started on the data set in %.0f s%n", (System.nanoTime() - boot) / 1e9));
                System.out.print(report);
                long organization = Long.parseLong(loaded.getProperty("organization"));
                var clerk = new Tenants.Clerk(organization, loaded.getProperty("clerk"), Server.REGION_ADMIN_PASSWORD);
                var admin = new Tenants.Clerk(organization, loaded.getProperty("admin"), Server.REGION_ADMIN_PASSWORD);
                var registry = new Tenants.Clerk(organization, loaded.getProperty("registry"), Server.REGION_ADMIN_PASSWORD);
                RegistrationBenchmark.logIn(server.url, List.of(clerk, admin, registry));
                List<Long> cases = casesOf(server, clerk.username());
                report.append(String.format(Locale.ROOT, "[setup] %s handles %,d cases; %d client thread(s), %d s warm-up and %d s measured per group%n",
                        clerk.username(), cases.size(), threads, warmup, seconds));

                Predicate<String> json = body -> body.startsWith("{") || body.startsWith("[");
                Predicate<String> page = body -> body.contains("</html>") && !body.contains("j_security_check");
                // the re-rendered table shows October's letters (the unfiltered first page holds only late November's): the filter was applied
                Predicate<String> table = body -> body.contains("<partial-response") && !body.contains("<error>")
                        && body.contains("RPW/") && body.contains("2026-10-");
                // the registry clerk's filter of a month's ePUAP letters, as the register's filter button sends it
                Map<String, String> filter = new LinkedHashMap<>();
                filter.put("jakarta.faces.partial.ajax", "true");
                filter.put("jakarta.faces.source", "incoming-form:apply-filter");
                filter.put("jakarta.faces.partial.execute", "incoming-form");
                filter.put("jakarta.faces.partial.render", "incoming-form");
                filter.put("incoming-form:apply-filter", "incoming-form:apply-filter");
                filter.put("incoming-form", "incoming-form");
                filter.put("incoming-form:filter-text", "");
                filter.put("incoming-form:filter-from", "2026-10-01");
                filter.put("incoming-form:filter-to", "2026-10-31");
                filter.put("incoming-form:filter-channel_input", "EPUAP");
                filter.put("incoming-form:filter-status_input", "");
                filter.put("incoming-form:filter-unit", "");
                List<Target> targets = new ArrayList<>(List.of(
                        new Target("inbox API", "inbox JSON first page (20, newest first), clerk", clerk, "api/v1/tasks?first=0&max=20", "application/json", json),
                        new Target("inbox API", "inbox JSON first page (20, newest first), organisation administrator", admin, "api/v1/tasks?first=0&max=20", "application/json", json),
                        new Target("inbox page", "inbox page (JSF, full GET), clerk", clerk, "workflow/inbox.xhtml", "text/html", page),
                        new Target("inbox page", "inbox page (JSF, full GET), organisation administrator", admin, "workflow/inbox.xhtml", "text/html", page),
                        new Target("register", "incoming register JSON first page (50, RPW order), registry clerk", registry, "api/v1/incoming-items?first=0&max=50", "application/json", json),
                        new Target("register", "incoming register JSON first page (50, newest first), registry clerk", registry, "api/v1/incoming-items?first=0&max=50&descending=true", "application/json", json),
                        new Target("case", "case JSON, clerk", clerk, "api/v1/cases/{case}", "application/json", json),
                        new Target("case", "case items JSON, clerk", clerk, "api/v1/cases/{case}/items", "application/json", json),
                        new Target("case", "metryka sprawy JSON, clerk", clerk, "api/v1/cases/{case}/metryka", "application/json", json),
                        new Target("register page", "incoming register page registry/incoming.xhtml (JSF, full GET, first 20 newest), registry clerk",
                                registry, "registry/incoming.xhtml", "text/html", page.and(body -> body.contains("ponad 1000"))),
                        new Target("register page", "incoming register page, filter applied (ePUAP, October 2026; JSF Ajax POST), registry clerk",
                                registry, "registry/incoming.xhtml", "text/xml", table, filter),
                        new Target("register page", "incoming register JSON, same filter, first 20, registry clerk", registry,
                                "api/v1/incoming-items?first=0&max=20&channel=EPUAP&from=2026-10-01&to=2026-10-31&descending=true",
                                "application/json", json),
                        new Target("case page", "case folder page cases/case.xhtml (JSF, full GET), clerk, random case of theirs", clerk,
                                "cases/case.xhtml?id={case}", "text/html", page)));
                targets.addAll(extraPages(System.getProperty("bench.pages", ""), Map.of("clerk", clerk, "admin", admin, "registry", registry), page));

                Map<String, List<Target>> groups = new LinkedHashMap<>();
                targets.forEach(target -> groups.computeIfAbsent(target.group(), g -> new ArrayList<>()).add(target));
                String only = System.getProperty("bench.groups", "");
                for (var group : groups.entrySet()) {
                    if (!only.isBlank() && !List.of(only.split(",")).contains(group.getKey())) {
                        continue;
                    }
                    run(server.url, group.getValue(), cases, threads, warmup);
                    String before = loadAverage();
                    Map<Target, Stats> measured = run(server.url, group.getValue(), cases, threads, seconds);
                    String load = String.format(Locale.ROOT, "[%s] load average (1/5/15 min) at start %s, at end %s", group.getKey(), before, loadAverage());
                    System.out.println(load);
                    report.append(load).append('\n');
                    for (var result : measured.entrySet()) {
                        String line = String.format(Locale.ROOT, "[%s] %s: %s", group.getKey(), result.getKey().name(), result.getValue().summary(seconds));
                        System.out.println(line);
                        report.append(line).append('\n');
                    }
                }
            }
        }
        Path out = Path.of(System.getProperty("bench.report", "benchmarks/target/pages-benchmark.txt"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report);
        System.out.println("[report] " + out.toAbsolutePath());
    }

    /** The group's pages requested in turn by {@code threads} clients for {@code seconds}. */
    static Map<Target, Stats> run(String url, List<Target> targets, List<Long> cases, int threads, int seconds) throws InterruptedException {
        Map<Target, Stats> stats = new LinkedHashMap<>();
        targets.forEach(target -> stats.put(target, new Stats()));
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        var done = new CountDownLatch(threads);
        for (int t = 0; t < threads; t++) {
            int first = t;
            new Thread(() -> {
                try {
                    for (int n = first; System.nanoTime() < end; n++) {
                        Target target = targets.get(n % targets.size());
                        String path = target.path().replace("{case}", String.valueOf(cases.get(ThreadLocalRandom.current().nextInt(cases.size()))));
                        long[] start = {System.nanoTime()};
                        if (get(url, target, path, start)) {
                            stats.get(target).record(System.nanoTime() - start[0]);
                        } else {
                            stats.get(target).error();
                        }
                    }
                } finally {
                    done.countDown();
                }
            }, "page-client-" + t).start();
        }
        done.await();
        return stats;
    }

    private static final java.util.concurrent.atomic.AtomicInteger REPORTED = new java.util.concurrent.atomic.AtomicInteger();

    /** The machine's load average, as {@code uptime} shows it (peers build on the same two cores). */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Requests the target; for a form, fetches the page for its view state first (untimed) and returns the POST's start. */
    private static boolean get(String url, Target target, String path, long[] start) {
        try {
            HttpRequest.Builder request = RegistrationBenchmark.authenticated(HttpRequest.newBuilder(URI.create(url + path)), target.who())
                    .header("Accept", target.accept()).timeout(Duration.ofSeconds(60));
            if (target.form() != null) {
                var page = HTTP.send(RegistrationBenchmark.authenticated(HttpRequest.newBuilder(URI.create(url + path)), target.who())
                        .header("Accept", "text/html").timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
                var state = VIEW_STATE.matcher(page.body());
                if (page.statusCode() != 200 || !state.find()) {
                    throw new IOException("no view state in " + path + " (" + page.statusCode() + ")");
                }
                var body = new StringBuilder();
                target.form().forEach((name, value) -> body.append(body.isEmpty() ? "" : "&").append(enc(name)).append('=').append(enc(value)));
                body.append("&jakarta.faces.ViewState=").append(enc(state.group(1)));
                request.header("Faces-Request", "partial/ajax").header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
                start[0] = System.nanoTime();
            } else {
                request.GET();
            }
            var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200 && target.looksRight().test(response.body())) {
                return true;
            }
            if (REPORTED.incrementAndGet() <= 5) {
                System.out.println("[error] " + path + " as " + target.who().username() + " answered " + response.statusCode() + ": "
                        + response.body().substring(0, Math.min(300, response.body().length())));
            }
            return false;
        } catch (IOException e) {
            System.out.println("[error] " + path + ": " + e);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static List<Target> extraPages(String spec, Map<String, Tenants.Clerk> people, Predicate<String> page) {
        List<Target> targets = new ArrayList<>();
        for (String entry : spec.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.split("\\|");
            Tenants.Clerk who = people.get(parts[1].strip());
            if (parts.length < 3 || who == null) {
                throw new IllegalArgumentException("bench.pages entry not name|clerk/admin/registry|path[|group]: " + entry);
            }
            String path = parts[2].strip();
            boolean api = path.startsWith("api/");
            targets.add(new Target(parts.length > 3 ? parts[3].strip() : parts[0].strip(), parts[0].strip(), who, path,
                    api ? "application/json" : "text/html", api ? body -> !body.isEmpty() : page));
        }
        return targets;
    }

    /** Cases the clerk handles (the case pages pick one at random per request). */
    private static List<Long> casesOf(Server server, String clerk) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Connection c = server.database().getConnection();
             PreparedStatement s = c.prepareStatement("select id from case_file where handler = ? order by id")) {
            s.setString(1, clerk);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException(clerk + " handles no case");
        }
        return ids;
    }
}
