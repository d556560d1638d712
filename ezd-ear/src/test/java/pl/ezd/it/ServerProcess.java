package pl.ezd.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Another boot of the provisioned server, configured only by environment variables as an operator
 * would, on its own copy of the server's base directory and its own ports; always stopped.
 */
final class ServerProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    final String url;
    final String readyUrl;
    final Path log;
    private final Process process;

    private ServerProcess(String url, String readyUrl, Path log, Process process) {
        this.url = url;
        this.readyUrl = readyUrl;
        this.log = log;
        this.process = process;
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
        Path home = Path.of(System.getProperty("ezd.server-dir", "target/server"));
        Path base = Path.of("target/" + name);
        if (fresh || !Files.exists(base)) {
            deleteRecursively(base);
            copyRecursively(home.resolve("standalone"), base);
        }
        Path log = Path.of("target/" + name + ".log");
        var command = new ProcessBuilder(home.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + base.toAbsolutePath(),
                "-Djboss.socket.binding.port-offset=" + offset,
                // a loaded, shared machine can take minutes to deploy; WildFly's own limit is 300 s
                "-Djboss.as.management.blocking.timeout=" + Integer.getInteger("ezd.blocking-timeout", 1500))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        command.environment().putAll(environment);
        var server = new ServerProcess("http://localhost:" + (8080 + offset) + "/",
                "http://localhost:" + (9990 + offset) + "/health/ready", log, command.start());
        try {
            server.awaitReady(Duration.ofMinutes(20));
        } catch (Exception e) {
            server.close();
            throw e;
        }
        return server;
    }

    private void awaitReady(Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("WildFly exited; see " + log.toAbsolutePath());
            }
            if (Files.readString(log).contains("WFLYSRV0026")) {
                throw new IllegalStateException("The EZD failed to deploy:\n" + Files.readAllLines(log).stream()
                        .filter(line -> line.contains("ERROR") || line.contains("Caused by")).limit(20)
                        .reduce("", (all, line) -> all + line + "\n") + "see " + log.toAbsolutePath());
            }
            try {
                var reply = HTTP.send(HttpRequest.newBuilder(URI.create(readyUrl)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (reply.statusCode() == 200 && reply.body().contains("\"database\"") && reply.body().contains("workflow-engine")) {
                    return;
                }
            } catch (IOException notYet) {
                // still booting
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("WildFly not ready within " + timeout + "; see " + log.toAbsolutePath());
    }

    /** Stops the JVM under standalone.sh too, and waits for it: nothing is left running. */
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
    }

    /** Kills the server as a power cut would (SIGKILL): no shutdown hooks, no transaction completes. */
    void kill() throws Exception {
        var processes = new ArrayList<ProcessHandle>(process.descendants().toList());
        processes.add(process.toHandle());
        processes.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle handle : processes) {
            handle.onExit().get(60, TimeUnit.SECONDS);
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

    private static void deleteRecursively(Path path) throws IOException {
        if (Files.exists(path)) {
            try (Stream<Path> files = Files.walk(path)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
