package pl.ezd.signature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The directory in which an installation keeps its trusted lists: the EU list of trusted lists
 * (LOTL) and the national lists it points to, each in a file named after the URL it is published
 * at. An administrator imports files there ({@link #importList}, or {@code SignatureTool trust
 * import}); with online refresh enabled the verifier downloads newer lists and keeps those that
 * validated. Lists are XML: nothing here is trusted before the trusted-list job checks the
 * signatures.
 */
public final class TrustedListStore {

    /** Where the European Commission publishes the EU list of trusted lists. */
    public static final String EU_LOTL_URL = "https://ec.europa.eu/tools/lotl/eu-lotl.xml";

    /** Largest list accepted (the EU LOTL is about 0.3 MB, national lists up to a few MB). */
    static final int MAX_LIST_SIZE = 20 * 1024 * 1024;

    private final Path directory;
    private final Duration timeout;

    private TrustedListStore(Path directory, Duration timeout) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.timeout = timeout;
    }

    /**
     * @param directory an existing directory (created if missing)
     * @return the store
     */
    public static TrustedListStore at(Path directory) {
        return at(directory, Duration.ofSeconds(20));
    }

    /**
     * @param directory an existing directory (created if missing)
     * @param downloadTimeout how long one download may take when refreshing online
     * @return the store
     */
    public static TrustedListStore at(Path directory, Duration downloadTimeout) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new SignatureException.ConfigurationException("Cannot create the trusted list directory " + directory, e);
        }
        return new TrustedListStore(directory, downloadTimeout);
    }

    /** @return the directory */
    public Path directory() {
        return directory;
    }

    /**
     * Keeps a list obtained by other means (e.g. carried over on a medium) as the one published at
     * {@code url}. It is checked only when a verifier is built.
     *
     * @param url where the list is published (as the LOTL names it, or the LOTL's own URL)
     * @param xml the list
     * @return the file written
     */
    public Path importList(String url, byte[] xml) {
        if (xml.length > MAX_LIST_SIZE) {
            throw new SignatureException.ConfigurationException("Trusted list larger than " + MAX_LIST_SIZE + " bytes", null);
        }
        return save(url, xml);
    }

    /** @return the file that holds the list published at {@code url} */
    public Path fileFor(String url) {
        return directory.resolve(url.replaceAll("[^A-Za-z0-9.-]", "_") + (url.toLowerCase().endsWith(".xml") ? "" : ".xml"));
    }

    Optional<byte[]> read(String url) {
        Path file = fileFor(url);
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path save(String url, byte[] xml) {
        Path file = fileFor(url);
        try {
            Path tmp = Files.createTempFile(directory, ".import-", ".tmp");
            Files.write(tmp, xml);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return file;
        } catch (IOException e) {
            throw new SignatureException.ConfigurationException("Cannot write the trusted list " + file, e);
        }
    }

    /** Downloads a list; empty when the network or the server does not answer with one. */
    Optional<byte[]> download(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            return Optional.empty();
        }
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(timeout)
                    .followRedirects(HttpClient.Redirect.NORMAL).build();
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(uri).timeout(timeout).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            byte[] body = response.body();
            if (response.statusCode() != 200 || body == null || body.length == 0 || body.length > MAX_LIST_SIZE) {
                return Optional.empty();
            }
            return Optional.of(body);
        } catch (IOException e) {
            TrustedListLoader.logFailure("Trusted list " + url + " not downloaded", e);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
