package pl.ezd.epuap.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pl.ezd.epuap.control.AttachmentFetcher;
import pl.ezd.epuap.control.EpuapDocumentException;
import pl.ezd.epuap.control.EpuapDocuments;
import pl.ezd.epuap.control.EpuapLetter;
import pl.ezd.epuap.control.EpuapLimits;
import pl.ezd.epuapsim.boundary.EpuapSimulator;

/**
 * The import's step before registration: fetches the attachments a stored document gives by URI
 * from its inbox's ePUAP file repository (docs/epuap.md "Attachments by URI"), outside any
 * transaction (no lock is held while the network is waited for), into temporary files the
 * registration stores as the item's files like inline attachments. A transient failure (the
 * repository does not answer) leaves the document pending, counted, for the next pull; a
 * permanent one (an address outside the repository, a file too large, a wrong hash, no repository
 * configured) refuses the document with a Polish reason for the "needs attention" list.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EpuapAttachmentFetching {

    private static final Logger LOG = Logger.getLogger(EpuapAttachmentFetching.class.getName());
    private static final byte[] URI_MARK = "URI".getBytes(StandardCharsets.US_ASCII);

    @PersistenceContext
    EntityManager em;

    @Inject
    EpuapInboxes inboxes;

    @Inject
    EpuapSimulator simulator;

    @Inject
    @ConfigProperty(name = "ezd.epuap.max-document-size", defaultValue = "5000000")
    long maxDocumentSize;

    /** true, false, or auto: allowed exactly when the ePUAP simulator is on (demo and tests, whose repository is localhost). */
    @Inject
    @ConfigProperty(name = "ezd.epuap.attachments.allow-private-addresses", defaultValue = "auto")
    String allowPrivateAddresses;

    @Inject
    @ConfigProperty(name = "ezd.epuap.attachments.timeout", defaultValue = "PT60S")
    Duration timeout;

    @Inject
    @ConfigProperty(name = "ezd.epuap.attachments.max-size", defaultValue = "20971520")
    long maxSize;

    /** After this many transient failures the document needs attention. */
    @Inject
    @ConfigProperty(name = "ezd.epuap.attachments.max-attempts", defaultValue = "20")
    int maxAttempts;

    /**
     * What was fetched for one document: the files (to be stored with the item), or why it is to
     * wait. Close it once the registration is over: the temporary files go.
     */
    public record Fetched(List<AttachmentFetcher.Fetched> files, Path directory, String pendingReason) implements AutoCloseable {

        static final Fetched NONE = new Fetched(List.of(), null, null);

        public boolean pending() {
            return pendingReason != null;
        }

        @Override
        public void close() {
            delete(directory);
        }
    }

    /** How many transient failures a document may have before it needs attention. */
    @PermitAll
    public int maxAttempts() {
        return maxAttempts;
    }

    /**
     * Fetches every attachment the stored document gives by URI. Called by the import (no user) and
     * by a clerk's retry.
     *
     * @throws DocumentRefused (Polish reason) when the attachments can never be fetched
     */
    @PermitAll
    public Fetched fetch(long receivedId) {
        List<Object[]> rows = em.createQuery("select d.organizationId, d.content from ReceivedDocument d where d.id = :id", Object[].class)
                .setParameter("id", receivedId).getResultList();
        if (rows.isEmpty()) {
            return Fetched.NONE;
        }
        long organizationId = (Long) rows.get(0)[0];
        byte[] content = (byte[]) rows.get(0)[1];
        if (!contains(content, URI_MARK)) {
            return Fetched.NONE; // no attachment by URI can be declared without the word: skip parsing
        }
        EpuapLetter letter;
        try {
            letter = EpuapDocuments.read(content, EpuapLimits.DEFAULT.withMaxDocumentBytes(maxDocumentSize));
        } catch (EpuapDocumentException e) {
            return Fetched.NONE; // the registration refuses it with the reader's reason
        }
        List<EpuapLetter.Attachment> byUri = letter.attachments().stream().filter(a -> !a.isInline()).toList();
        if (byUri.isEmpty()) {
            return Fetched.NONE;
        }
        String repository = inboxes.fileRepository(organizationId).orElseThrow(() -> new DocumentRefused(
                "Dokument ma załączniki wskazane adresem (" + names(byUri) + "), a skrytka ePUAP nie ma ustawionego adresu"
                        + " repozytorium plików, z którego wolno je pobrać: ustaw go w konfiguracji skrytki i ponów"));
        var fetcher = new AttachmentFetcher(new AttachmentFetcher.Policy(URI.create(repository), privateAllowed(),
                Math.min(maxSize, EpuapLimits.DEFAULT.maxAttachmentBytes()), timeout));
        Path directory;
        try {
            directory = Files.createTempDirectory(temporaryRoot(), "ezd-epuap-" + receivedId + "-");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create a directory for fetched attachments: " + e.getMessage(), e);
        }
        List<AttachmentFetcher.Fetched> files = new ArrayList<>();
        try {
            for (EpuapLetter.Attachment attachment : byUri) {
                files.add(fetcher.fetch(attachment, directory));
            }
        } catch (AttachmentFetcher.FetchFailure e) {
            delete(directory);
            if (e.transientFailure()) {
                LOG.info("ePUAP document " + receivedId + ": " + e.getMessage() + " (will try again)");
                return new Fetched(List.of(), null, e.getMessage());
            }
            throw new DocumentRefused(e.getMessage());
        } catch (RuntimeException e) {
            delete(directory);
            throw e;
        }
        return new Fetched(List.copyOf(files), directory, null);
    }

    private boolean privateAllowed() {
        return switch (allowPrivateAddresses.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "auto" -> simulator.enabled();
            default -> false;
        };
    }

    private static Path temporaryRoot() throws IOException {
        String dir = System.getProperty("jboss.server.temp.dir", System.getProperty("java.io.tmpdir"));
        return Files.createDirectories(Path.of(dir));
    }

    private static String names(List<EpuapLetter.Attachment> attachments) {
        return String.join(", ", attachments.stream().map(EpuapLetter.Attachment::fileName).toList());
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    static void delete(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // temporary; the server's temp directory is cleaned on restart
                }
            });
        } catch (IOException ignored) {
            // already gone
        }
    }
}
