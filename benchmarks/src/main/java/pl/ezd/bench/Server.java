package pl.ezd.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * The system under test as production runs it: PostgreSQL with normal durability (fsync and
 * synchronous_commit on; the embedded binaries' own default, asynchronous commits, is
 * overridden) and the provisioned WildFly of ezd-ear, configured only by environment variables, on
 * its own copy of the server's base directory and ports.
 */
final class Server implements AutoCloseable {

    static final String REGION_ADMIN = "admin.benchmark";
    static final String REGION_ADMIN_PASSWORD = "Benchmark-2026!";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    final EmbeddedPostgres postgres;
    final String url;
    final Path log;
    private final Process process;
    private final boolean ownsPostgres;

    private Server(EmbeddedPostgres postgres, boolean ownsPostgres, String url, Path log, Process process) {
        this.postgres = postgres;
        this.ownsPostgres = ownsPostgres;
        this.url = url;
        this.log = log;
        this.process = process;
    }

    static Server start(Path serverHome, Path workDir, int offset, Map<String, String> extraEnvironment) throws Exception {
        deleteRecursively(workDir);
        Files.createDirectories(workDir);
        return start(database(workDir.resolve("postgres"), true, false, "512MB"), true, serverHome, workDir, offset, extraEnvironment);
    }

    /**
     * PostgreSQL with normal durability in {@code dataDirectory}: a fresh cluster with an empty
     * database {@code ezd} when {@code clean}, else the cluster already there (a loaded data set).
     * The cluster is deleted when closed unless {@code keep} (the embedded binaries delete a
     * directory they were told to clean).
     */
    static EmbeddedPostgres database(Path dataDirectory, boolean clean, boolean keep, String sharedBuffers) throws Exception {
        Files.createDirectories(dataDirectory.getParent());
        if (clean) {
            deleteRecursively(dataDirectory);
        }
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(clean && !keep)
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("max_connections", "300")
                .setServerConfig("shared_buffers", sharedBuffers)
                .start();
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            if (clean) {
                c.createStatement().execute("create database ezd");
            }
            System.out.println("[postgres] " + setting(c, "server_version") + ", synchronous_commit=" + setting(c, "synchronous_commit")
                    + ", fsync=" + setting(c, "fsync") + ", full_page_writes=" + setting(c, "full_page_writes")
                    + ", shared_buffers=" + setting(c, "shared_buffers"));
        }
        return postgres;
    }

    /**
     * Boots the provisioned server on {@code postgres} (from a fresh copy of its base directory in
     * {@code workDir/server}); closing the server closes the database too only if {@code ownsPostgres}.
     */
    static Server start(EmbeddedPostgres postgres, boolean ownsPostgres, Path serverHome, Path workDir, int offset,
                        Map<String, String> extraEnvironment) throws Exception {
        Path base = workDir.resolve("server");
        deleteRecursively(base);
        copyRecursively(serverHome.resolve("standalone"), base);
        Path log = workDir.resolve("server.log");
        var command = new ProcessBuilder(serverHome.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + base.toAbsolutePath(),
                "-Djboss.socket.binding.port-offset=" + offset,
                // a loaded, shared machine can take minutes to deploy; WildFly's own limit is 300 s
                "-Djboss.as.management.blocking.timeout=" + Benchmarks.intProperty("bench.boot-seconds", 1200))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = command.environment();
        env.put("EZD_DB_DRIVER", "postgresql");
        env.put("EZD_DB_URL", "jdbc:postgresql://localhost:" + postgres.getPort() + "/ezd");
        env.put("EZD_DB_USER", "postgres");
        env.put("EZD_DB_PASSWORD", "postgres");
        env.put("EZD_DB_POOL_SIZE", "40");
        env.put("EZD_DEMO_DATA", "false");
        env.put("EZD_CONTENT_DIR", workDir.resolve("content").toAbsolutePath().toString());
        env.put("EZD_BOOTSTRAP_ADMIN_USERNAME", REGION_ADMIN);
        env.put("EZD_BOOTSTRAP_ADMIN_PASSWORD", REGION_ADMIN_PASSWORD);
        env.put("EZD_BOOTSTRAP_REGION_NAME", "Urząd Marszałkowski Województwa Kujawsko-Pomorskiego");
        env.put("EZD_BOOTSTRAP_REGION_TERYT", "04");
        env.putAll(extraEnvironment);
        env.values().removeIf(String::isEmpty);
        var server = new Server(postgres, ownsPostgres, "http://localhost:" + (8080 + offset) + "/", log, command.start());
        try {
            server.awaitReady("http://localhost:" + (9990 + offset) + "/health/ready",
                    Duration.ofSeconds(Benchmarks.intProperty("bench.boot-seconds", 1200)));
        } catch (Exception e) {
            server.close();
            throw e;
        }
        return server;
    }

    DataSource database() {
        return postgres.getDatabase("postgres", "ezd");
    }

    private static String setting(Connection c, String name) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery("show " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private void awaitReady(String readyUrl, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("WildFly exited; see " + log.toAbsolutePath());
            }
            if (Files.readString(log).contains("WFLYSRV0026")) {
                throw new IllegalStateException("The EZD failed to deploy; see " + log.toAbsolutePath());
            }
            try {
                var reply = HTTP.send(HttpRequest.newBuilder(URI.create(readyUrl)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (reply.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still booting
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("WildFly not ready within " + timeout + "; see " + log.toAbsolutePath());
    }

    @Override
    public void close() throws Exception {
        var processes = new ArrayList<ProcessHandle>(process.descendants().toList());
        processes.add(process.toHandle());
        processes.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : processes) {
            try {
                handle.onExit().get(60, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                handle.destroyForcibly();
            }
        }
        if (ownsPostgres) {
            postgres.close();
        }
    }

    private static void copyRecursively(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path relative = from.relativize(source);
                Path target = to.resolve(relative.toString());
                boolean runtimeState = relative.startsWith("data") || relative.startsWith("tmp") || relative.startsWith("log");
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!runtimeState) {
                    Files.copy(source, target);
                }
            }
        }
    }

    static void deleteRecursively(Path path) throws IOException {
        if (Files.exists(path)) {
            try (Stream<Path> files = Files.walk(path)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
