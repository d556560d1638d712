package pl.ezd.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Issue 4's circulation benchmark: one circulation is the start of {@code incomingItem} and three
 * task completions (dekretacja on a clerk, acceptance, filing into a new case), measured twice in
 * the same run on the same embedded PostgreSQL with durable commits (synchronous_commit and fsync
 * on, see {@link Server}):
 *
 * <ul>
 * <li><b>bare</b>: a plain {@code ProcessEngineConfiguration} in this JVM on its own database of the
 * same PostgreSQL server, the same BPMN and routing DMN from workflow-models, history {@code full}
 * as the EZD's engine, no job executor (the model has no jobs). {@code incomingItem} has no Java
 * delegates, so there is nothing to replace by no-ops: the model runs as it is.</li>
 * <li><b>ours</b>: the same circulation through the EZD's boundaries in the server, over real HTTP
 * with logged-in sessions (form login once per user, then the session cookie): registration in the
 * RPW (number, audit, workflow start, read model), and for each task the actor's inbox query to find
 * it ({@code GET /api/v1/tasks}) and the step's endpoint (audit, register status, read model, and for
 * the filing a new case with its znak, metryka and a started KPA deadline watch). Seven HTTP
 * requests per circulation against the bare engine's four API calls.</li>
 * </ul>
 *
 * Both are closed loops with {@code bench.threads} clients, a warm-up, then {@code bench.seconds}
 * of measurement; the figures are circulations per second and the latency of a whole circulation.
 */
public final class CirculationBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final ZoneId OFFICE = ZoneId.of("Europe/Warsaw");

    private CirculationBenchmark() {
    }

    /** One circulation, true when it went through. */
    interface Circulation {
        boolean run(long n) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        int threads = Benchmarks.intProperty("bench.threads", 8);
        int warmup = Benchmarks.intProperty("bench.warmup-seconds", 30);
        int seconds = Benchmarks.intProperty("bench.seconds", 60);
        int offset = Benchmarks.intProperty("bench.port-offset", 3000);
        Path serverHome = Path.of(System.getProperty("bench.server-dir", "ezd-ear/target/server"));
        Path workDir = Path.of(System.getProperty("bench.work-dir", "benchmarks/target/bench"));
        Path models = Path.of(System.getProperty("bench.models-dir", "workflow-models/src/main/resources"));
        System.out.printf(Locale.ROOT, "[setup] circulation benchmark, %d clients, warm-up %d s, %d s measured, %d cores%n",
                threads, warmup, seconds, Runtime.getRuntime().availableProcessors());

        // the demo gmina: its registry clerk, head and clerk, JRWA and units, on PostgreSQL
        Map<String, String> environment = Map.of("EZD_DEMO_DATA", "true", "EZD_BOOTSTRAP_ADMIN_USERNAME", "",
                "EZD_BOOTSTRAP_ADMIN_PASSWORD", "");
        try (Server server = Server.start(serverHome, workDir, offset, environment)) {
            try (Connection c = server.postgres.getPostgresDatabase().getConnection()) {
                c.createStatement().execute("create database bare");
            }
            ProcessEngine bare = bareEngine(server.postgres.getPort(), threads, models);
            try {
                var users = List.of(new Tenants.Clerk(0, "kancelaria", "Demo2026!"), new Tenants.Clerk(0, "kierownik", "Demo2026!"),
                        new Tenants.Clerk(0, "referent", "Demo2026!"));
                RegistrationBenchmark.logIn(server.url, users);
                Circulation ours = new Ours(server.url, users.get(0), users.get(1), users.get(2));
                Circulation bareCirculation = n -> bareCirculation(bare, n);

                // warm both, then measure each alone (never at the same time: they share the 2 cores)
                System.out.println("[warm-up, bare] " + closedLoop(bareCirculation, threads, warmup).summary(warmup));
                System.out.println("[warm-up, ours] " + closedLoop(ours, threads, warmup).summary(warmup));
                Stats bareStats = closedLoop(bareCirculation, threads, seconds);
                System.out.println("[bare engine, " + threads + " clients] " + bareStats.summary(seconds));
                Stats ourStats = closedLoop(ours, threads, seconds);
                System.out.println("[ours over HTTP, " + threads + " clients] " + ourStats.summary(seconds));
                double bareRate = bareStats.count() / (double) seconds;
                double ourRate = ourStats.count() / (double) seconds;
                System.out.printf(Locale.ROOT, "[ratio] ours %.1f /s vs bare %.1f /s = %.2fx (target 0.80x)%n", ourRate, bareRate,
                        ourRate / bareRate);
            } finally {
                bare.close();
            }
        }
    }

    static Stats closedLoop(Circulation circulation, int threads, int seconds) throws InterruptedException {
        Stats stats = new Stats();
        AtomicLong sequence = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        var done = new CountDownLatch(threads);
        for (int t = 0; t < threads; t++) {
            new Thread(() -> {
                try {
                    while (System.nanoTime() < end) {
                        long start = System.nanoTime();
                        boolean ok;
                        try {
                            ok = circulation.run(sequence.getAndIncrement());
                        } catch (Exception e) {
                            System.out.println("[error] " + e);
                            ok = false;
                        }
                        if (ok) {
                            stats.record(System.nanoTime() - start);
                        } else {
                            stats.error();
                        }
                    }
                } finally {
                    done.countDown();
                }
            }, "circulation-" + t).start();
        }
        done.await();
        return stats;
    }

    // ---- the bare engine -------------------------------------------------------------------------

    static ProcessEngine bareEngine(int postgresPort, int threads, Path models) throws IOException {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
                .createStandaloneProcessEngineConfiguration()
                .setProcessEngineName("bare-" + System.nanoTime())
                .setJdbcDriver("org.postgresql.Driver")
                .setJdbcUrl("jdbc:postgresql://localhost:" + postgresPort + "/bare")
                .setJdbcUsername("postgres")
                .setJdbcPassword("postgres")
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
                .setJobExecutorActivate(false);
        configuration.setJdbcMaxActiveConnections(threads + 2);
        configuration.setEnforceHistoryTimeToLive(true);
        ProcessEngine engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment().name("circulation-benchmark")
                .addString("incomingItem.bpmn", Files.readString(models.resolve("bpmn/incomingItem.bpmn")))
                .addString("routing.dmn", Files.readString(models.resolve("dmn/routing.dmn")))
                .deploy();
        return engine;
    }

    /** The same variables the EZD's IncomingItemWorkflow and IncomingItemTasks set, the same path. */
    static boolean bareCirculation(ProcessEngine engine, long n) {
        String today = LocalDate.now(OFFICE).toString();
        Map<String, Object> start = new HashMap<>();
        start.put("organizationId", 1L);
        start.put("itemId", n);
        start.put("rpwNumber", "RPW/" + n + "/2026");
        start.put("title", "Wniosek o wydanie zaświadczenia nr " + n);
        start.put("sender", "Jan Testowy");
        start.put("registeredBy", "kancelaria");
        start.put("receivedOn", today);
        start.put("documentKind", null);
        start.put("channel", "ORDINARY_LETTER");
        start.put("routingTenantId", null);
        start.put("clerk", null);
        start.put("deadline", null);
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("incomingItem", "ITEM/" + n, start);

        Task dekretacja = task(engine, instance, "Task_Dekretacja");
        engine.getTaskService().claim(dekretacja.getId(), "kierownik");
        Map<String, Object> decree = new HashMap<>();
        decree.put("leadUnit", null);
        decree.put("clerk", "referent");
        decree.put("forInformation", List.of());
        decree.put("informedUnits", List.of());
        decree.put("instructions", "Proszę załatwić");
        decree.put("decreeLevel", "ORG");
        decree.put("decretedBy", "kierownik");
        engine.getTaskService().complete(dekretacja.getId(), decree);

        Task acceptance = task(engine, instance, "Task_Przyjecie");
        engine.getTaskService().complete(acceptance.getId(), Map.of("accepted", true));

        Task filing = task(engine, instance, "Task_Sprawa");
        engine.getTaskService().complete(filing.getId(), Map.of("caseId", n, "caseReference", "GK.6100." + n + ".2026"));
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count() == 0;
    }

    private static Task task(ProcessEngine engine, ProcessInstance instance, String key) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
        if (task == null) {
            throw new IllegalStateException("no " + key + " in " + instance.getId());
        }
        return task;
    }

    // ---- ours, over HTTP -------------------------------------------------------------------------

    /** The circulation as the demo gmina's registry clerk, head and clerk do it through the API. */
    static final class Ours implements Circulation {
        private final String url;
        private final Tenants.Clerk registry;
        private final Tenants.Clerk head;
        private final Tenants.Clerk clerk;

        Ours(String url, Tenants.Clerk registry, Tenants.Clerk head, Tenants.Clerk clerk) {
            this.url = url;
            this.registry = registry;
            this.head = head;
            this.clerk = clerk;
        }

        @Override
        public boolean run(long n) throws Exception {
            String today = LocalDate.now(OFFICE).toString();
            String letter = "{\"title\":\"Wniosek o wydanie zaświadczenia nr " + n + "\",\"sender\":\"Jan Testowy\""
                    + ",\"senderAddress\":{\"postcode\":\"87-720\",\"town\":\"Ciechocinek\",\"street\":\"Zdrojowa\",\"building\":\"1\"}"
                    + ",\"dateOnLetter\":\"" + today + "\",\"receivedOn\":\"" + today + "\""
                    + ",\"access\":\"PUBLIC\",\"dcmiType\":\"Text\",\"deliveryMethod\":\"ORDINARY_LETTER\",\"attachmentsCount\":0}";
            JsonObject item = send(registry, "POST", "api/v1/incoming-items", letter, 201).asJsonObject();
            String rpw = item.getString("rpwNumber");

            String dekretacja = taskId(head, rpw, "Task_Dekretacja");
            send(head, "POST", "api/v1/tasks/" + dekretacja + "/dekretacja",
                    "{\"clerk\":\"" + clerk.username() + "\",\"instructions\":\"Proszę załatwić\"}", 204);
            String acceptance = taskId(clerk, rpw, "Task_Przyjecie");
            send(clerk, "POST", "api/v1/tasks/" + acceptance + "/acceptance", "{\"accepted\":true}", 204);
            String filing = taskId(clerk, rpw, "Task_Sprawa");
            send(clerk, "POST", "api/v1/tasks/" + filing + "/case", "{\"jrwaSymbol\":\"6100\",\"termin\":\"JEDEN_MIESIAC\"}", 200);
            return true;
        }

        /** The actor finds the task in their inbox, as the screens do: by the RPW number and the task kind. */
        private String taskId(Tenants.Clerk user, String rpw, String taskKey) throws Exception {
            JsonObject page = send(user, "GET", "api/v1/tasks?max=5&q=" + URLEncoder.encode(rpw, StandardCharsets.UTF_8)
                    + "&task=" + taskKey, null, 200).asJsonObject();
            return page.getJsonArray("tasks").getValuesAs(JsonObject.class).stream()
                    .filter(t -> rpw.equals(t.getString("rpwNumber", null))).findFirst()
                    .orElseThrow(() -> new IllegalStateException(user.username() + " has no " + taskKey + " for " + rpw))
                    .getString("id");
        }

        private jakarta.json.JsonValue send(Tenants.Clerk user, String method, String path, String json, int expected)
                throws IOException, InterruptedException {
            var request = RegistrationBenchmark.authenticated(HttpRequest.newBuilder(URI.create(url + path)), user)
                    .header("Accept", "application/json").timeout(Duration.ofSeconds(60));
            if (json == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
            }
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != expected) {
                throw new IllegalStateException(method + " " + path + " as " + user.username() + ": " + response.statusCode() + " "
                        + response.body());
            }
            return response.body().isBlank() ? jakarta.json.JsonValue.NULL : Json.createReader(new StringReader(response.body())).readValue();
        }
    }
}
