package pl.ezd.epuap.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fetching attachments by URI from a real local HTTP server standing for the ePUAP file repository. */
class AttachmentFetcherTest {

    private static final byte[] PDF = "%PDF-1.4 załącznik z repozytorium ePUAP".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger unavailable = new AtomicInteger();
    private String base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort() + "/file-repo/";
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.add(path);
        switch (path) {
            case "/file-repo/plik.pdf" -> {
                if (unavailable.getAndDecrement() > 0) {
                    send(exchange, 503, new byte[0]);
                } else {
                    send(exchange, 200, PDF);
                }
            }
            case "/file-repo/przeniesiony.pdf" -> redirect(exchange, "/file-repo/plik.pdf");
            case "/file-repo/na-zewnatrz.pdf" -> redirect(exchange, "http://localhost:" + server.getAddress().getPort() + "/inne/plik.pdf");
            case "/file-repo/poza.pdf" -> redirect(exchange, "/tajne/plik.pdf");
            case "/file-repo/wielki.pdf" -> send(exchange, 200, new byte[5000]);
            case "/file-repo/strumien.pdf" -> {
                exchange.sendResponseHeaders(200, 0); // chunked: no length declared
                try (OutputStream out = exchange.getResponseBody()) {
                    for (int i = 0; i < 50; i++) {
                        out.write(new byte[1000]);
                    }
                } catch (IOException closedByTheClient) {
                    // the fetcher gave up, as it should
                }
            }
            case "/file-repo/wolny.pdf" -> {
                try {
                    Thread.sleep(3000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                send(exchange, 200, PDF);
            }
            default -> send(exchange, 404, new byte[0]);
        }
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private AttachmentFetcher fetcher(boolean allowPrivate) {
        return new AttachmentFetcher(new AttachmentFetcher.Policy(URI.create(base), allowPrivate, 1000, Duration.ofSeconds(2)));
    }

    private static EpuapLetter.Attachment byUri(String uri, String description) {
        return EpuapLetter.Attachment.byUri("dokumentacja.pdf", "application/pdf", description, URI.create(uri));
    }

    private static String sha1(byte[] bytes) throws Exception {
        return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1").digest(bytes));
    }

    @Test
    void anAttachmentUnderTheRepositoryIsFetchedAndItsHashChecked() throws Exception {
        var fetched = fetcher(true).fetch(byUri(base + "plik.pdf", sha1(PDF)), dir);

        assertThat(Files.readAllBytes(fetched.file())).isEqualTo(PDF);
        assertThat(fetched.size()).isEqualTo(PDF.length);
        assertThat(fetched.fileName()).isEqualTo("dokumentacja.pdf");
        assertThat(fetched.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)));
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)).toUpperCase();
        assertThat(fetcher(true).fetch(byUri(base + "plik.pdf", "Skrót SHA-256: " + sha256), dir).size()).isEqualTo(PDF.length);
        assertThat(fetcher(true).fetch(byUri(base + "plik.pdf", "Dokumentacja zdjęciowa"), dir).size())
                .as("no hash given: nothing to compare").isEqualTo(PDF.length);
    }

    @Test
    void aFileWhoseHashDiffersFromTheDocumentsIsRefusedForGood() {
        assertThatThrownBy(() -> fetcher(true).fetch(byUri(base + "plik.pdf", sha1("inny plik".getBytes(StandardCharsets.UTF_8))), dir))
                .isInstanceOfSatisfying(AttachmentFetcher.FetchFailure.class, e -> {
                    assertThat(e.transientFailure()).isFalse();
                    assertThat(e.getMessage()).contains("dokumentacja.pdf", "nie zgadza się ze skrótem");
                });
    }

    @Test
    void addressesOutsideTheRepositoryAreRefusedWithoutARequest() {
        int port = server.getAddress().getPort();
        for (String uri : List.of("http://example.org/file-repo/plik.pdf", "https://127.0.0.1:" + port + "/file-repo/plik.pdf",
                "http://127.0.0.1:" + (port + 1) + "/file-repo/plik.pdf", "http://127.0.0.1:" + port + "/tajne/plik.pdf",
                "http://127.0.0.1:" + port + "/file-repo/../tajne/plik.pdf", "http://127.0.0.1:" + port + "/file-repo/%2e%2e/tajne",
                "http://admin:haslo@127.0.0.1:" + port + "/file-repo/plik.pdf", "file:///etc/passwd",
                "jar:file:///opt/ezd.ear!/META-INF/MANIFEST.MF", "ftp://127.0.0.1/file-repo/plik.pdf")) {
            assertThatThrownBy(() -> fetcher(true).fetch(byUri(uri, null), dir)).as(uri)
                    .isInstanceOfSatisfying(AttachmentFetcher.FetchFailure.class, e -> {
                        assertThat(e.transientFailure()).isFalse();
                        assertThat(e.getMessage()).containsAnyOf("poza repozytorium", "schemat", "pełnym adresem");
                    });
        }
        assertThat(requests).isEmpty();
    }

    @Test
    void internalAddressesAreRefusedUnlessAllowed() {
        assertThatThrownBy(() -> fetcher(false).fetch(byUri(base + "plik.pdf", null), dir))
                .isInstanceOfSatisfying(AttachmentFetcher.FetchFailure.class, e -> {
                    assertThat(e.transientFailure()).isFalse();
                    assertThat(e.getMessage()).contains("sieci wewnętrznej", "127.0.0.1");
                });
        assertThat(requests).isEmpty();
        for (String address : List.of("10.1.2.3", "172.20.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "::1",
                "fd00::1", "fe80::1", "::ffff:10.0.0.1")) {
            assertThat(AttachmentFetcher.internal(ip(address))).as(address).isTrue();
        }
        assertThat(AttachmentFetcher.internal(ip("91.198.174.192"))).isFalse();
        assertThat(AttachmentFetcher.internal(ip("2a00:1450:4001::1"))).isFalse();
    }

    private static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void redirectsAreFollowedOnlyWithinTheRepository() throws Exception {
        assertThat(Files.readAllBytes(fetcher(true).fetch(byUri(base + "przeniesiony.pdf", null), dir).file())).isEqualTo(PDF);
        for (String name : List.of("na-zewnatrz.pdf", "poza.pdf")) {
            assertThatThrownBy(() -> fetcher(true).fetch(byUri(base + name, null), dir)).as(name)
                    .isInstanceOfSatisfying(AttachmentFetcher.FetchFailure.class, e -> {
                        assertThat(e.transientFailure()).isFalse();
                        assertThat(e.getMessage()).contains("przekierowało pod adres spoza repozytorium");
                    });
        }
        assertThat(requests).doesNotContain("/inne/plik.pdf", "/tajne/plik.pdf");
    }

    @Test
    void aFileOverTheLimitIsRefusedWhetherItsLengthIsDeclaredOrNot() throws Exception {
        for (String name : List.of("wielki.pdf", "strumien.pdf")) {
            assertThatThrownBy(() -> fetcher(true).fetch(byUri(base + name, null), dir)).as(name)
                    .isInstanceOfSatisfying(AttachmentFetcher.FetchFailure.class, e -> {
                        assertThat(e.transientFailure()).isFalse();
                        assertThat(e.getMessage()).contains("większy niż dopuszczalne 1000 B");
                    });
        }
        try (var left = Files.list(dir)) {
            assertThat(left).as("nothing half-fetched stays").isEmpty();
        }
    }

    @Test
    void aRepositoryThatDoesNotAnswerIsATransientFailureAMissingFileAPermanentOne() throws Exception {
        unavailable.set(1);
        assertThatThrownBy(() -> fetcher(true).fetch(byUri(base + "plik.pdf", null), dir))
                .isInstanceOfSatisfying(AttachmentFetcher.FetchFailure.class, e -> {
                    assertThat(e.transientFailure()).isTrue();
                    assertThat(e.getMessage()).contains("HTTP 503");
                });
        assertThat(fetcher(true).fetch(byUri(base + "plik.pdf", null), dir).size()).as("once it answers").isEqualTo(PDF.length);

        assertThatThrownBy(() -> fetcher(true).fetch(byUri(base + "brak.pdf", null), dir))
                .isInstanceOfSatisfying(AttachmentFetcher.FetchFailure.class, e -> {
                    assertThat(e.transientFailure()).isFalse();
                    assertThat(e.getMessage()).contains("HTTP 404", "pliku nie ma w repozytorium");
                });

        assertThatThrownBy(() -> fetcher(true).fetch(byUri(base + "wolny.pdf", null), dir))
                .isInstanceOfSatisfying(AttachmentFetcher.FetchFailure.class, e -> {
                    assertThat(e.transientFailure()).isTrue();
                    assertThat(e.getMessage()).contains("przekroczono czas pobierania");
                });

        int closed;
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        var nobody = new AttachmentFetcher(new AttachmentFetcher.Policy(URI.create("http://127.0.0.1:" + closed + "/file-repo/"), true,
                1000, Duration.ofSeconds(2)));
        assertThatThrownBy(() -> nobody.fetch(byUri("http://127.0.0.1:" + closed + "/file-repo/plik.pdf", null), dir))
                .isInstanceOfSatisfying(AttachmentFetcher.FetchFailure.class, e -> {
                    assertThat(e.transientFailure()).isTrue();
                    assertThat(e.getMessage()).contains("nie odpowiada");
                });
    }

    @Test
    void hashesAreReadFromTheDescriptionAsEpuapWritesThem() throws Exception {
        assertThat(AttachmentFetcher.expectedHashes(sha1(PDF))).hasSize(1);
        assertThat(AttachmentFetcher.expectedHashes("SHA-1: " + HexFormat.of().formatHex(new byte[20]))).hasSize(1);
        assertThat(AttachmentFetcher.expectedHashes("Zdjęcia drzewa, 3 strony")).isEmpty();
        assertThat(AttachmentFetcher.expectedHashes(null)).isEmpty();
    }
}
