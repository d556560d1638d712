package pl.ezd.web.registry;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.SessionScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Files a registry clerk has dropped on the registration form but not yet registered: kept in
 * temporary files of the session (never in the content store, which only gets them with the item,
 * all or nothing), so they can be previewed before saving. Gone when registered, removed, or when
 * the session ends.
 */
@SessionScoped
public class PendingUploads implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The media types a browser shows by itself: PDF and the usual scan images. */
    static final Set<String> PREVIEWABLE = Set.of("application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp");

    /** A file waiting on the form: {@code token} names it in preview links (unguessable, of this session only). */
    public record PendingFile(String token, String fileName, String contentType, long size, String path) implements Serializable {

        public boolean previewable() {
            return contentType != null && PREVIEWABLE.contains(contentType);
        }

        public boolean pdf() {
            return "application/pdf".equals(contentType);
        }
    }

    private final Map<String, PendingFile> files = new ConcurrentHashMap<>();

    public PendingFile keep(String fileName, String contentType, long size, InputStream content) {
        try {
            Path file = Files.createTempFile("ezd-upload-", ".part");
            Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
            var pending = new PendingFile(UUID.randomUUID().toString(), fileName, normalised(contentType), Files.size(file),
                    file.toString());
            files.put(pending.token(), pending);
            return pending;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<PendingFile> find(String token) {
        return token == null ? Optional.empty() : Optional.ofNullable(files.get(token));
    }

    public InputStream open(PendingFile file) {
        try {
            return Files.newInputStream(Path.of(file.path()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void discard(String token) {
        PendingFile removed = token == null ? null : files.remove(token);
        if (removed != null) {
            try {
                Files.deleteIfExists(Path.of(removed.path()));
            } catch (IOException e) {
                // a temporary file the system cleans up later
            }
        }
    }

    public void discardAll(Collection<String> tokens) {
        tokens.forEach(this::discard);
    }

    @PreDestroy
    void sessionEnded() {
        discardAll(Set.copyOf(files.keySet()));
    }

    private static String normalised(String contentType) {
        if (contentType == null) {
            return "application/octet-stream";
        }
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters)).strip().toLowerCase(java.util.Locale.ROOT);
    }
}
