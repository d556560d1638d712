package pl.ezd.documents.control;

import pl.ezd.documents.boundary.ContentIntegrityException;
import pl.ezd.documents.boundary.ContentTooLargeException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemContentStoreTest {

    @TempDir
    Path root;

    @Test
    void contentComesBackByteForByteWithTheDigestComputedWhileStreaming() throws Exception {
        var store = new FileSystemContentStore(root);
        byte[] content = new byte[300_000];
        new Random(42).nextBytes(content);

        var stored = store.write(7, new ByteArrayInputStream(content), 1_000_000);

        assertThat(stored.size()).isEqualTo(content.length);
        assertThat(stored.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
        assertThat(stored.storageKey()).startsWith("7/");
        assertThat(Files.exists(root.resolve(stored.storageKey()))).isTrue();
        try (InputStream in = store.read(stored.storageKey(), stored.sha256())) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        assertThat(filesUnder(root)).as("no temporary file left").hasSize(1);
    }

    @Test
    void theSameContentTwiceIsStoredTwiceUnderDifferentKeys() {
        var store = new FileSystemContentStore(root);
        var a = store.write(7, bytes("pismo"), 100);
        var b = store.write(7, bytes("pismo"), 100);
        assertThat(a.storageKey()).isNotEqualTo(b.storageKey());
        assertThat(a.sha256()).isEqualTo(b.sha256());
    }

    @Test
    void alteredContentIsRefusedNotServed() throws Exception {
        var store = new FileSystemContentStore(root);
        var stored = store.write(7, bytes("Decyzja: odmowa"), 100);
        Files.writeString(root.resolve(stored.storageKey()), "Decyzja: zgoda!");

        assertThatThrownBy(() -> store.read(stored.storageKey(), stored.sha256()))
                .isInstanceOf(ContentIntegrityException.class)
                .hasMessageContaining("SHA-256");
    }

    @Test
    void missingContentIsAnIntegrityErrorToo() throws Exception {
        var store = new FileSystemContentStore(root);
        var stored = store.write(7, bytes("x"), 100);
        Files.delete(root.resolve(stored.storageKey()));

        assertThatThrownBy(() -> store.read(stored.storageKey(), stored.sha256()))
                .isInstanceOf(ContentIntegrityException.class);
    }

    @Test
    void oversizedContentIsRefusedWhileStreamingAndLeavesNothingBehind() throws Exception {
        var store = new FileSystemContentStore(root);
        var endless = new InputStream() {
            long served;

            @Override
            public int read() {
                served++;
                return 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                served += len;
                java.util.Arrays.fill(b, off, off + len, (byte) 'x');
                return len;
            }
        };

        assertThatThrownBy(() -> store.write(7, endless, 1_000_000))
                .isInstanceOf(ContentTooLargeException.class);

        assertThat(endless.served).as("stopped soon after the limit").isLessThan(1_000_000 + 128 * 1024);
        assertThat(filesUnder(root)).isEmpty();
    }

    @Test
    void contentOfExactlyTheLimitIsAccepted() {
        var store = new FileSystemContentStore(root);
        assertThat(store.write(7, new ByteArrayInputStream(new byte[1000]), 1000).size()).isEqualTo(1000);
    }

    @Test
    void discardRemovesContentAndKeysOutsideTheStoreAreRefused() throws Exception {
        var store = new FileSystemContentStore(root);
        var stored = store.write(7, bytes("x"), 100);
        store.discard(stored.storageKey());
        assertThat(filesUnder(root)).isEmpty();
        assertThatThrownBy(() -> store.read("../../etc/passwd", "a".repeat(64))).isInstanceOf(IllegalStateException.class);
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static java.util.List<Path> filesUnder(Path dir) throws Exception {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }
}
