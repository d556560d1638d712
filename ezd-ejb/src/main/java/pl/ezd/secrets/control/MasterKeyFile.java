package pl.ezd.secrets.control;

import pl.ezd.secrets.boundary.SecretException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;

/**
 * The master keys in a PKCS#12 key store file (secret-key entries, alias = key id), the format
 * {@code keytool -genseckey -storetype PKCS12 -keyalg AES -keysize 256} writes, so an operator can
 * also add a key with the JDK's own tool. Created with one new key and owner-only permissions
 * ({@code rw-------}) when absent; a key added for rotation is written to a new file that replaces
 * the old one atomically, with every earlier key kept. The current key (the one new values are
 * sealed with) is the one named by the caller, else the newest.
 */
public final class MasterKeyFile {

    private static final Logger LOG = Logger.getLogger(MasterKeyFile.class.getName());
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The keys of a file and the one to seal with. */
    public record KeyRing(Path file, Map<String, MasterKey> keys, MasterKey current) {

        public KeyRing {
            keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
        }

        public Optional<MasterKey> key(String id) {
            return Optional.ofNullable(keys.get(id));
        }
    }

    private MasterKeyFile() {
    }

    /** Loads the key file, creating it with one new key if it does not exist. */
    public static KeyRing openOrCreate(Path file, char[] password, Optional<String> currentId) {
        if (!Files.exists(file)) {
            KeyStore store = emptyStore();
            add(store, newKeyId(), password);
            try {
                write(store, file, password, false);
                LOG.warning("Created the master key file " + file + " (owner-only permissions). Back it up now, separately from"
                        + " the database: without it the secrets sealed in the database cannot be opened.");
            } catch (FileAlreadyExistsException raced) {
                // another server created it at the same moment: use theirs
            } catch (IOException e) {
                throw new SecretException(SecretException.Reason.KEY_FILE, "Nie udało się utworzyć pliku kluczy " + file + ": " + e.getMessage(), e);
            }
        }
        return open(file, password, currentId);
    }

    /** Loads an existing key file. */
    public static KeyRing open(Path file, char[] password, Optional<String> currentId) {
        KeyStore store = load(file, password);
        warnIfReadableByOthers(file);
        Map<String, MasterKey> keys = new LinkedHashMap<>();
        Map<String, Date> created = new LinkedHashMap<>();
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (store.entryInstanceOf(alias, KeyStore.SecretKeyEntry.class)
                        && store.getKey(alias, password) instanceof SecretKey key && key.getEncoded() != null
                        && key.getEncoded().length == 32) {
                    MasterKey master = MasterKey.of(alias.toLowerCase(java.util.Locale.ROOT), key.getEncoded());
                    keys.put(master.id(), master);
                    Date date = store.getCreationDate(alias);
                    created.put(master.id(), date == null ? new Date(0) : date);
                }
            }
        } catch (Exception e) {
            throw new SecretException(SecretException.Reason.KEY_FILE, "Nie udało się odczytać kluczy z pliku " + file + ": " + e.getMessage(), e);
        }
        if (keys.isEmpty()) {
            throw new SecretException(SecretException.Reason.KEY_FILE, "Plik kluczy " + file + " nie zawiera żadnego klucza AES-256");
        }
        MasterKey current;
        if (currentId.isPresent() && !currentId.get().isBlank()) {
            String id = currentId.get().strip().toLowerCase(java.util.Locale.ROOT);
            current = Optional.ofNullable(keys.get(id)).orElseThrow(() -> new SecretException(SecretException.Reason.KEY_FILE,
                    "Klucza bieżącego „" + id + "” (ezd.secrets.current-key) nie ma w pliku kluczy " + file));
        } else {
            current = keys.get(created.entrySet().stream()
                    .max(Map.Entry.<String, Date>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.naturalOrder())))
                    .orElseThrow().getKey());
        }
        return new KeyRing(file, keys, current);
    }

    /** Adds a new key (it becomes the newest, hence current unless another is named) and returns its id. */
    public static String addKey(Path file, char[] password) {
        KeyStore store = load(file, password);
        String id = newKeyId();
        add(store, id, password);
        try {
            write(store, file, password, true);
        } catch (IOException e) {
            throw new SecretException(SecretException.Reason.KEY_FILE, "Nie udało się zapisać pliku kluczy " + file + ": " + e.getMessage(), e);
        }
        return id;
    }

    static String newKeyId() {
        byte[] random = new byte[3];
        RANDOM.nextBytes(random);
        return "ezd-" + ID_TIME.format(java.time.Instant.now()) + "-" + HexFormat.of().formatHex(random);
    }

    private static KeyStore emptyStore() {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            return store;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void add(KeyStore store, String id, char[] password) {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, RANDOM);
            store.setEntry(id, new KeyStore.SecretKeyEntry(generator.generateKey()), new KeyStore.PasswordProtection(password));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot add an AES key to a PKCS#12 store", e);
        }
    }

    private static KeyStore load(Path file, char[] password) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SecretException(SecretException.Reason.KEY_FILE, "Nie można odczytać pliku kluczy " + file + ": " + e.getMessage(), e);
        }
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(bytes), password);
            return store;
        } catch (Exception e) {
            throw new SecretException(SecretException.Reason.KEY_FILE, "Nie udało się otworzyć pliku kluczy " + file
                    + " (PKCS#12): zły plik albo złe hasło (ezd.secrets.key-file-password)", e);
        }
    }

    /** Writes to a new owner-only file beside the target, forces it to disk, then moves it into place. */
    private static void write(KeyStore store, Path file, char[] password, boolean replace) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        boolean posix = Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null;
        Path temporary = posix ? Files.createTempFile(dir, ".ezd-keys", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                : Files.createTempFile(dir, ".ezd-keys", ".tmp");
        try {
            var out = new ByteArrayOutputStream();
            store.store(out, password);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                channel.write(java.nio.ByteBuffer.wrap(out.toByteArray()));
                channel.force(true);
            }
            if (replace) {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.move(temporary, file);
            }
        } catch (Exception e) {
            Files.deleteIfExists(temporary);
            if (e instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getMessage(), e);
        }
    }

    private static void warnIfReadableByOthers(Path file) {
        try {
            if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
                if (permissions.contains(PosixFilePermission.GROUP_READ) || permissions.contains(PosixFilePermission.OTHERS_READ)) {
                    LOG.warning("The master key file " + file + " is readable by others (" + PosixFilePermissions.toString(permissions)
                            + "): make it rw------- for the server's user only");
                }
            }
        } catch (IOException e) {
            LOG.fine(() -> "Cannot read the permissions of " + file + ": " + e.getMessage());
        }
    }
}
