package pl.ezd.secrets.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.ezd.secrets.boundary.SecretException;
import pl.ezd.secrets.boundary.Secrets;

/** Envelope encryption of secrets at rest and the master key file. */
class EnvelopeCipherTest {

    private static final byte[] SECRET = "hasło do certyfikatu: Zażółć-2026!".getBytes(StandardCharsets.UTF_8);
    private static final String CONTEXT = "epuap_inbox:7:password";

    @TempDir
    Path dir;

    private static MasterKey key(String id) {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return MasterKey.of(id, bytes);
    }

    @Test
    void aSealedValueOpensWithItsKeyAndShowsNothingOfTheSecret() {
        MasterKey key = key("ezd-1");
        byte[] sealed = EnvelopeCipher.seal(key, SECRET, CONTEXT);

        assertThat(EnvelopeCipher.keyIdOf(sealed)).isEqualTo("ezd-1");
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("Zażółć", "hasło", "2026!");
        assertThat(EnvelopeCipher.open(id -> Optional.of(key).filter(k -> k.id().equals(id)), sealed, CONTEXT)).isEqualTo(SECRET);
        assertThat(EnvelopeCipher.seal(key, SECRET, CONTEXT)).as("a fresh data key and IV every time").isNotEqualTo(sealed);
    }

    @Test
    void aTamperedValueIsRefused() {
        MasterKey key = key("ezd-1");
        byte[] sealed = EnvelopeCipher.seal(key, SECRET, CONTEXT);
        for (int position : new int[] {sealed.length - 1, sealed.length - 20, sealed.length / 2}) {
            byte[] changed = sealed.clone();
            changed[position] ^= 0x01;
            assertThatThrownBy(() -> EnvelopeCipher.open(id -> Optional.of(key), changed, CONTEXT))
                    .isInstanceOfSatisfying(SecretException.class, e -> {
                        assertThat(e.reason()).isEqualTo(SecretException.Reason.TAMPERED);
                        assertThat(e.getMessage()).contains("zostały zmienione");
                    });
        }
        byte[] cut = java.util.Arrays.copyOf(sealed, 30);
        assertThatThrownBy(() -> EnvelopeCipher.open(id -> Optional.of(key), cut, CONTEXT))
                .isInstanceOfSatisfying(SecretException.class, e -> assertThat(e.reason()).isEqualTo(SecretException.Reason.MALFORMED));
    }

    @Test
    void aValueMovedToAnotherRecordDoesNotOpenThere() {
        MasterKey key = key("ezd-1");
        byte[] sealed = EnvelopeCipher.seal(key, SECRET, CONTEXT);
        assertThatThrownBy(() -> EnvelopeCipher.open(id -> Optional.of(key), sealed, "epuap_inbox:8:password"))
                .isInstanceOfSatisfying(SecretException.class, e -> assertThat(e.reason()).isEqualTo(SecretException.Reason.TAMPERED));
    }

    @Test
    void aWrongKeyUnderTheSameNameIsRefusedWithAClearMessage() {
        byte[] sealed = EnvelopeCipher.seal(key("ezd-1"), SECRET, CONTEXT);
        MasterKey other = key("ezd-1");
        assertThatThrownBy(() -> EnvelopeCipher.open(id -> Optional.of(other), sealed, CONTEXT))
                .isInstanceOfSatisfying(SecretException.class, e -> {
                    assertThat(e.reason()).isEqualTo(SecretException.Reason.WRONG_KEY);
                    assertThat(e.getMessage()).contains("„ezd-1”", "nie jest tym, którym zaszyfrowano", "kopii zapasowej");
                });
    }

    @Test
    void aMissingKeyIsNamed() {
        byte[] sealed = EnvelopeCipher.seal(key("ezd-old"), SECRET, CONTEXT);
        assertThatThrownBy(() -> EnvelopeCipher.open(id -> Optional.empty(), sealed, CONTEXT))
                .isInstanceOfSatisfying(SecretException.class, e -> {
                    assertThat(e.reason()).isEqualTo(SecretException.Reason.UNKNOWN_KEY);
                    assertThat(e.getMessage()).contains("Brak klucza głównego „ezd-old”");
                });
    }

    @Test
    void plaintextIsNotMistakenForASealedValue() {
        assertThat(EnvelopeCipher.isSealed(SECRET)).isFalse();
        assertThatThrownBy(() -> EnvelopeCipher.open(id -> Optional.empty(), SECRET, CONTEXT))
                .isInstanceOfSatisfying(SecretException.class, e -> assertThat(e.reason()).isEqualTo(SecretException.Reason.MALFORMED));
    }

    @Test
    void theKeyFileIsCreatedOwnerOnlyOnFirstUseAndKeepsOldKeysWhenRotated() throws Exception {
        Path file = dir.resolve("conf/ezd-secrets.p12");
        Secrets secrets = Secrets.of(file, "test-password", Optional.empty());

        Secrets.Sealed first = secrets.seal(SECRET, CONTEXT);
        assertThat(file).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(first.keyId()).isEqualTo(secrets.currentKeyId()).matches(MasterKey.ID_PATTERN);

        Thread.sleep(1100); // PKCS#12 keeps creation dates to the millisecond; make the new key clearly the newest
        String second = MasterKeyFile.addKey(file, "test-password".toCharArray());
        assertThat(secrets.currentKeyId()).as("the file is read again when it changes").isEqualTo(second);
        assertThat(secrets.open(first.value(), CONTEXT)).as("old values still open").isEqualTo(SECRET);
        assertThat(secrets.seal(SECRET, CONTEXT).keyId()).isEqualTo(second);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");

        Secrets pinned = Secrets.of(file, "test-password", Optional.of(first.keyId()));
        assertThat(pinned.currentKeyId()).as("ezd.secrets.current-key names the key to seal with").isEqualTo(first.keyId());
    }

    @Test
    void aWrongKeyFilePasswordOrAnotherKeyFileIsRefusedClearly() {
        Path file = dir.resolve("ezd-secrets.p12");
        byte[] sealed = Secrets.of(file, "right", Optional.empty()).seal(SECRET, CONTEXT).value();

        assertThatThrownBy(() -> Secrets.of(file, "wrong", Optional.empty()).open(sealed, CONTEXT))
                .isInstanceOfSatisfying(SecretException.class, e -> {
                    assertThat(e.reason()).isEqualTo(SecretException.Reason.KEY_FILE);
                    assertThat(e.getMessage()).contains("złe hasło");
                });
        Path another = dir.resolve("another.p12");
        assertThatThrownBy(() -> Secrets.of(another, "right", Optional.empty()).open(sealed, CONTEXT))
                .as("a new key file (the old one lost) holds no key of that name")
                .isInstanceOfSatisfying(SecretException.class, e -> assertThat(e.reason()).isEqualTo(SecretException.Reason.UNKNOWN_KEY));
    }

    @Test
    void aKeyAddedWithKeytoolIsUsed() throws Exception {
        Path file = dir.resolve("ezd-secrets.p12");
        Secrets secrets = Secrets.of(file, "changeit", Optional.empty());
        byte[] sealed = secrets.seal(SECRET, CONTEXT).value();
        Thread.sleep(1100);
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(keytool.toString(), "-genseckey", "-keystore", file.toString(), "-storetype", "PKCS12",
                "-storepass", "changeit", "-keypass", "changeit", "-alias", "ezd-keytool-2027", "-keyalg", "AES", "-keysize", "256")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();

        assertThat(secrets.currentKeyId()).isEqualTo("ezd-keytool-2027");
        assertThat(secrets.open(sealed, CONTEXT)).isEqualTo(SECRET);
    }
}
