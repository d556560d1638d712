package pl.ezd.secrets.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pl.ezd.secrets.control.EnvelopeCipher;
import pl.ezd.secrets.control.MasterKeyFile;

/**
 * Seals and opens secrets kept in the database (envelope encryption, AES-256-GCM) with the
 * installation's master keys. The key file is {@code ezd.secrets.key-file} (default
 * {@code ezd-secrets.p12} in the server's configuration directory), a PKCS#12 store opened with
 * {@code ezd.secrets.key-file-password}; it is created with a new key and owner-only permissions
 * at the first use if absent, so a demo needs no set-up. New values are sealed with the current
 * key ({@code ezd.secrets.current-key}, else the newest in the file); values sealed with an older
 * key still open as long as the file keeps it. The file is read again when it changes.
 *
 * <p>Every value is sealed for a context (which record, which field): the caller passes the same
 * context to open it, so a sealed value moved elsewhere does not open.
 */
@ApplicationScoped
public class Secrets {

    @Inject
    @ConfigProperty(name = "ezd.secrets.key-file")
    Optional<String> keyFile;

    @Inject
    @ConfigProperty(name = "ezd.secrets.key-file-password", defaultValue = "ezd-secrets")
    String keyFilePassword;

    @Inject
    @ConfigProperty(name = "ezd.secrets.current-key")
    Optional<String> currentKey;

    private volatile Loaded loaded;

    private record Loaded(MasterKeyFile.KeyRing ring, FileTime modified) {
    }

    /** A sealed value and the id of the master key that sealed it. */
    public record Sealed(byte[] value, String keyId) {
    }

    /** For tools and tests outside the container. */
    public static Secrets of(Path keyFile, String password, Optional<String> currentKey) {
        Secrets secrets = new Secrets();
        secrets.keyFile = Optional.of(keyFile.toString());
        secrets.keyFilePassword = password;
        secrets.currentKey = currentKey;
        return secrets;
    }

    public Sealed seal(byte[] plaintext, String context) {
        var current = ring().current();
        return new Sealed(EnvelopeCipher.seal(current, plaintext, context), current.id());
    }

    /** @throws SecretException (Polish message) if the value cannot be opened: missing or wrong key, changed data */
    public byte[] open(byte[] sealed, String context) {
        var ring = ring();
        return EnvelopeCipher.open(ring::key, sealed, context);
    }

    /** The id of the key new values are sealed with. */
    public String currentKeyId() {
        return ring().current().id();
    }

    /** Where the master keys are. */
    public Path keyFile() {
        return keyFile.filter(f -> !f.isBlank()).map(Path::of).orElseGet(() -> {
            String configDir = System.getProperty("jboss.server.config.dir");
            return (configDir == null ? Path.of(System.getProperty("user.dir")) : Path.of(configDir)).resolve("ezd-secrets.p12");
        });
    }

    private synchronized MasterKeyFile.KeyRing ring() {
        Path file = keyFile();
        FileTime modified = modified(file);
        Loaded l = loaded;
        if (l == null || modified == null || !modified.equals(l.modified()) || !file.equals(l.ring().file())) {
            var ring = MasterKeyFile.openOrCreate(file, keyFilePassword.toCharArray(), currentKey);
            loaded = l = new Loaded(ring, modified(file));
        }
        return l.ring();
    }

    private static FileTime modified(Path file) {
        try {
            return Files.exists(file) ? Files.getLastModifiedTime(file) : null;
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
