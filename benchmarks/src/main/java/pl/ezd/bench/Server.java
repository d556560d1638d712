package pl.ezd.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import pl.ezd.fixtures.wildfly.WildFlyServer;

/**
 * The system under test as production runs it: PostgreSQL with normal durability (fsync and
 * synchronous_commit on; the embedded binaries' own default, asynchronous commits, is
 * overridden) and the provisioned WildFly of ezd-ear, configured only by environment variables, on
 * its own copy of the server's base directory and ports (launched by test-fixtures'
 * {@link WildFlyServer}, as ezd-ear's in-container tests launch their own servers).
 */
final class Server implements AutoCloseable {

    static final String REGION_ADMIN = "admin.benchmark";
    static final String REGION_ADMIN_PASSWORD = "Benchmark-2026!";

    final EmbeddedPostgres postgres;
    final String url;
    final Path log;
    private final WildFlyServer server;
    private final boolean ownsPostgres;

    private Server(EmbeddedPostgres postgres, boolean ownsPostgres, WildFlyServer server) {
        this.postgres = postgres;
        this.ownsPostgres = ownsPostgres;
        this.server = server;
        this.url = server.url();
        this.log = server.log();
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
     * {@code workDir/server}, log in {@code workDir/server.log}); closing the server closes the
     * database too only if {@code ownsPostgres}.
     */
    static Server start(EmbeddedPostgres postgres, boolean ownsPostgres, Path serverHome, Path workDir, int offset,
                        Map<String, String> extraEnvironment) throws Exception {
        WildFlyServer server = WildFlyServer.builder(serverHome, workDir.resolve("server"))
                .portOffset(offset)
                // a loaded, shared machine can take minutes to deploy; WildFly's own limit is 300 s
                .bootTimeout(Duration.ofSeconds(Benchmarks.intProperty("bench.boot-seconds", 1200)))
                .database("jdbc:postgresql://localhost:" + postgres.getPort() + "/ezd", "postgres", "postgres")
                .environment(Map.of(
                        "EZD_DB_POOL_SIZE", "40",
                        "EZD_DEMO_DATA", "false",
                        "EZD_CONTENT_DIR", workDir.resolve("content").toAbsolutePath().toString(),
                        "EZD_BOOTSTRAP_ADMIN_USERNAME", REGION_ADMIN,
                        "EZD_BOOTSTRAP_ADMIN_PASSWORD", REGION_ADMIN_PASSWORD,
                        "EZD_BOOTSTRAP_REGION_NAME", "Urząd Marszałkowski Województwa Kujawsko-Pomorskiego",
                        "EZD_BOOTSTRAP_REGION_TERYT", "04"))
                .environment(extraEnvironment)
                .start();
        return new Server(postgres, ownsPostgres, server);
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

    @Override
    public void close() throws Exception {
        server.close();
        if (ownsPostgres) {
            postgres.close();
        }
    }

    static void deleteRecursively(Path path) throws IOException {
        WildFlyServer.deleteRecursively(path);
    }
}
