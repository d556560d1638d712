package pl.ezd.it;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import pl.ezd.fixtures.wildfly.WildFlyServer;

/**
 * Another boot of the provisioned server, configured only by environment variables as an operator
 * would, on its own copy of the server's base directory ({@code target/<name>}) and its own ports;
 * always stopped. The in-container tests' names for {@link WildFlyServer} (test-fixtures), which
 * the benchmarks launch too.
 */
final class ServerProcess implements AutoCloseable {

    final String url;
    final String readyUrl;
    final Path log;
    private final WildFlyServer server;

    private ServerProcess(WildFlyServer server) {
        this.server = server;
        this.url = server.url();
        this.readyUrl = server.readyUrl();
        this.log = server.log();
    }

    /** Boots the server as {@code name} with ports moved by {@code offset}, and waits until it is ready. */
    static ServerProcess start(String name, int offset, Map<String, String> environment) throws Exception {
        return start(name, offset, environment, true);
    }

    /**
     * Boots the server; with {@code fresh} false it keeps what an earlier run of the same name left
     * (its database and content): a restart after {@link #kill()}.
     */
    static ServerProcess start(String name, int offset, Map<String, String> environment, boolean fresh) throws Exception {
        return new ServerProcess(WildFlyServer.builder(Path.of(System.getProperty("ezd.server-dir", "target/server")),
                        Path.of("target/" + name))
                .portOffset(offset)
                .fresh(fresh)
                // a loaded, shared machine can take minutes to deploy; WildFly's own limit is 300 s
                .bootTimeout(Duration.ofSeconds(Integer.getInteger("ezd.blocking-timeout", 1500)))
                .environment(environment)
                .start());
    }

    /** Stops the JVM under standalone.sh too, and waits for it: nothing is left running. */
    @Override
    public void close() throws Exception {
        server.close();
    }

    /** Kills the server as a power cut would (SIGKILL): no shutdown hooks, no transaction completes. */
    void kill() throws Exception {
        server.kill();
    }
}
