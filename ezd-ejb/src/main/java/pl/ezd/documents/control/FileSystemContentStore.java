package pl.ezd.documents.control;

import pl.ezd.documents.boundary.ContentIntegrityException;
import pl.ezd.documents.boundary.ContentTooLargeException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Content in files under a root directory, one sub-directory per organisation. A write goes to a
 * temporary file in the target directory, is forced to the disk, then atomically renamed to its
 * final name and the directory forced too, so a committed record never names a file a crash lost.
 */
@ApplicationScoped
public class FileSystemContentStore implements ContentStore {

    private static final Logger LOG = Logger.getLogger(FileSystemContentStore.class.getName());
    private static final int BUFFER = 64 * 1024;

    @Inject
    @ConfigProperty(name = "ezd.content.dir")
    Optional<String> configuredRoot;

    private Path root;

    public FileSystemContentStore() {
    }

    /** For tests and tools: a store over {@code root}. */
    public FileSystemContentStore(Path root) {
        this.root = root;
    }

    @PostConstruct
    void init() {
        root = Path.of(configuredRoot.filter(dir -> !dir.isBlank())
                .orElseGet(() -> Path.of(System.getProperty("jboss.server.data.dir", "data"), "ezd", "content").toString()));
        LOG.info(() -> "Document content is stored under " + root.toAbsolutePath());
    }

    public Path root() {
        return root;
    }

    @Override
    public Stored write(long organizationId, InputStream content, long maxBytes) {
        Path directory = root.resolve(String.valueOf(organizationId));
        String name = UUID.randomUUID().toString();
        Path temporary = null;
        try {
            Files.createDirectories(directory);
            temporary = Files.createTempFile(directory, name, ".part");
            MessageDigest sha256 = sha256();
            long size = 0;
            try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                byte[] buffer = new byte[BUFFER];
                int read;
                while ((read = content.read(buffer)) != -1) {
                    size += read;
                    if (size > maxBytes) {
                        throw new ContentTooLargeException(maxBytes);
                    }
                    sha256.update(buffer, 0, read);
                    ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, read);
                    while (chunk.hasRemaining()) {
                        out.write(chunk);
                    }
                }
                out.force(true);
            }
            Path target = directory.resolve(name);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IllegalStateException("The content directory " + directory + " does not support atomic renames", e);
            }
            temporary = null;
            forceDirectory(directory);
            return new Stored(organizationId + "/" + name, size, HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store content under " + directory, e);
        } finally {
            if (temporary != null) {
                deleteQuietly(temporary);
            }
        }
    }

    @Override
    public InputStream read(String storageKey, String expectedSha256) {
        Path file = fileOf(storageKey);
        try {
            MessageDigest sha256 = sha256();
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buffer = new byte[BUFFER];
                int read;
                while ((read = in.read(buffer)) != -1) {
                    sha256.update(buffer, 0, read);
                }
            }
            String actual = HexFormat.of().formatHex(sha256.digest());
            if (!actual.equalsIgnoreCase(expectedSha256)) {
                LOG.severe(() -> "Stored content " + storageKey + " has SHA-256 " + actual + " but " + expectedSha256
                        + " was recorded: it was altered or damaged and is not served");
                throw new ContentIntegrityException("Treść dokumentu jest uszkodzona (niezgodny skrót SHA-256); zgłoś to administratorowi");
            }
            return Files.newInputStream(file);
        } catch (java.nio.file.NoSuchFileException e) {
            LOG.severe(() -> "Stored content " + storageKey + " is missing from " + file);
            throw new ContentIntegrityException("Brak treści dokumentu w magazynie; zgłoś to administratorowi");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read content " + storageKey, e);
        }
    }

    @Override
    public void discard(String storageKey) {
        deleteQuietly(fileOf(storageKey));
    }

    private Path fileOf(String storageKey) {
        Path file = root.resolve(storageKey).normalize();
        if (!file.startsWith(root.normalize()) || !storageKey.matches("\\d+/[0-9a-f-]{36}")) {
            throw new IllegalStateException("Not a storage key of this store: " + storageKey);
        }
        return file;
    }

    private static void forceDirectory(Path directory) {
        // makes the rename durable; some filesystems cannot open a directory for this, and say so
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            LOG.log(Level.FINE, "Could not force directory " + directory, e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete " + file, e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
