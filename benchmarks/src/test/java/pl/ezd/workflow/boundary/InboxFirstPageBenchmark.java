package pl.ezd.workflow.boundary;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

/**
 * The inbox's first page (list of 20, newest first, plus the count) on the read model with
 * 500 000 open tasks in 100 organisations, bulk-loaded with COPY into an embedded PostgreSQL
 * migrated by Flyway: p50/p95/p99 for an ordinary clerk (one unit's tasks and their own) and an
 * organisation administrator who sees every unit of the largest organisation (50 000 open tasks).
 * Closed tasks and cases live in other tables, which no inbox query reads, so they are not loaded.
 * Run: {@code ./mvnw -B -Pbenchmarks -pl benchmarks -am verify -Dtest=InboxFirstPageBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}; the report goes to {@code benchmarks/target/inbox-benchmark.txt}.
 */
class InboxFirstPageBenchmark {

    private static final int ORGANISATIONS = 100;
    private static final int OPEN_TASKS = 500_000;
    private static final int BIG_ORGANISATION_TASKS = 50_000;
    private static final int UNITS = 10;
    private static final int CLERKS_PER_UNIT = 20;
    private static final int WARM_UP = 100;
    private static final int RUNS = 1000;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void firstPageForAClerkAndForAnOrganisationAdministrator() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("shared_buffers", "256MB").start()) {
            EntityManagerFactory emf = Persistence.createEntityManagerFactory("ezd", Map.of(
                    "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                    "jakarta.persistence.nonJtaDataSource", postgres.getPostgresDatabase()));
            long loadStart = System.nanoTime();
            long candidates;
            try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
                candidates = load(connection);
                try (var statement = connection.createStatement()) {
                    statement.execute("analyze inbox_task");
                    statement.execute("analyze inbox_task_candidate");
                }
            }
            double loadSeconds = (System.nanoTime() - loadStart) / 1e9;

            var clerk = new InboxListing.Scope(1, Set.of("c1_3_7"), Set.of("org:1:CLERK", "org:1:unit:U3:CLERK"));
            Set<String> everyUnit = new LinkedHashSet<>(List.of("org:1:ORG_ADMIN", "org:1:HEAD"));
            for (int unit = 0; unit < UNITS; unit++) {
                everyUnit.add("org:1:unit:U" + unit + ":CLERK");
            }
            var administrator = new InboxListing.Scope(1, Set.of("admin1"), everyUnit);

            var report = new StringBuilder();
            report.append(String.format("loaded %,d open tasks and %,d candidate rows in %.1f s%n", OPEN_TASKS, candidates, loadSeconds));
            for (var who : List.of(Map.entry("clerk", clerk), Map.entry("organisation administrator", administrator))) {
                EntityManager em = emf.createEntityManager();
                var listing = new InboxListing(em);
                var request = InboxRequest.newestFirst(0, 20);
                long total = 0;
                for (int i = 0; i < WARM_UP; i++) {
                    listing.page(who.getValue(), request, TODAY);
                    total = listing.count(who.getValue(), request.filter(), TODAY);
                }
                long[] nanos = new long[RUNS];
                for (int i = 0; i < RUNS; i++) {
                    long start = System.nanoTime();
                    listing.page(who.getValue(), request, TODAY);
                    listing.count(who.getValue(), request.filter(), TODAY);
                    nanos[i] = System.nanoTime() - start;
                }
                Arrays.sort(nanos);
                report.append(String.format("%-27s sees %,7d tasks: first page + count p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
                        who.getKey(), total, ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99)));
                em.close();
            }
            try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
                report.append("\nplan of the clerk's first page:\n").append(explain(connection, clerk));
                report.append("\nplan of the administrator's first page:\n").append(explain(connection, administrator));
            }
            emf.close();
            System.out.println(report);
            Path out = Path.of("target/inbox-benchmark.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
        }
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    /** The page's SQL as the listing builds it, explained with its literal parameters. */
    private static String explain(Connection connection, InboxListing.Scope scope) throws SQLException {
        String groups = String.join(", ", scope.groups().stream().map(g -> "'" + g + "'").toList());
        String users = String.join(", ", scope.usernames().stream().map(u -> "'" + u + "'").toList());
        String sql = "explain (analyze, buffers) select t.task_id, t.title from inbox_task t where t.organization_id = 1 and t.task_id in ("
                + "select a.task_id from inbox_task a where a.organization_id = 1 and a.assignee in (" + users + ") union "
                + "select u.task_id from inbox_task_candidate u where u.kind = 'U' and u.organization_id = 1 and u.identity_id in (" + users + ") union "
                + "select g.task_id from inbox_task_candidate g where g.kind = 'G' and g.organization_id = 1 and g.identity_id in (" + groups + ")) "
                + "order by t.created desc, t.task_id desc offset 0 rows fetch next 20 rows only";
        var plan = new StringBuilder();
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                plan.append("  ").append(rows.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }

    /** Writes the read model with COPY: organisation 1 is the largest, the rest share the remainder. */
    private static long load(Connection connection) throws SQLException, IOException {
        var copy = connection.unwrap(PGConnection.class).getCopyAPI();
        var random = new Random(20261125);
        List<String[]> candidates = new ArrayList<>();
        var tasks = new java.io.StringWriter(64 * 1024 * 1024);
        long candidateRows = 0;
        Instant start = Instant.parse("2024-11-25T00:00:00Z");
        long span = 2L * 365 * 24 * 3600;
        int perOther = (OPEN_TASKS - BIG_ORGANISATION_TASKS) / (ORGANISATIONS - 1);
        var candidateText = new java.io.StringWriter(64 * 1024 * 1024);
        int id = 0;
        for (int organisation = 1; organisation <= ORGANISATIONS; organisation++) {
            int count = organisation == 1 ? BIG_ORGANISATION_TASKS : perOther;
            for (int i = 0; i < count; i++, id++) {
                String taskId = "t" + id;
                Instant created = start.plusSeconds((long) (random.nextDouble() * span));
                LocalDate deadline = random.nextInt(5) == 0 ? null : TODAY.plusDays(random.nextInt(120) - 60);
                int unit = random.nextInt(UNITS);
                String assignee = random.nextInt(10) < 3 ? "c" + organisation + "_" + unit + "_" + random.nextInt(CLERKS_PER_UNIT) : null;
                String ts = created.atOffset(ZoneOffset.UTC).toLocalDateTime().toString().replace('T', ' ');
                String day = deadline == null ? "\\N" : deadline.toString();
                tasks.write(String.join("\t", taskId, String.valueOf(organisation), "p" + id, "caseHandling", "Task_Handle",
                        "Załatwienie sprawy", assignee == null ? "\\N" : assignee, ts, day,
                        "Wniosek nr " + id + " w sprawie " + (id % 977), "Nadawca " + (id % 5003), "RPW/" + (id + 1) + "/2026",
                        String.valueOf(id + 1), "U" + unit + ".6131." + id + ".2026") + "\n");
                candidateText.write(String.join("\t", taskId, "G", "org:" + organisation + ":unit:U" + unit + ":CLERK",
                        String.valueOf(organisation), ts, day) + "\n");
                candidateRows++;
                if (random.nextInt(10) == 0) {
                    candidateText.write(String.join("\t", taskId, "G", "org:" + organisation + ":HEAD",
                            String.valueOf(organisation), ts, day) + "\n");
                    candidateRows++;
                }
            }
        }
        copy.copyIn("copy inbox_task (task_id, organization_id, process_instance_id, process_definition_key, task_definition_key, "
                + "name, assignee, created, deadline, title, sender, rpw_number, item_id, case_reference) from stdin",
                new java.io.StringReader(tasks.toString()));
        copy.copyIn("copy inbox_task_candidate (task_id, kind, identity_id, organization_id, created, deadline) from stdin",
                new java.io.StringReader(candidateText.toString()));
        candidates.clear();
        return candidateRows;
    }

}
