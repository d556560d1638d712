package pl.ezd.secrets.control;

import pl.ezd.secrets.boundary.SecretException;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Envelope encryption of one value: a fresh AES-256 data key encrypts the value (AES-GCM), the
 * master key encrypts the data key (AES-GCM). Both are bound to a header (format, master key id
 * and check value) and to a context the caller names (e.g. {@code epuap_inbox:17:certificate}),
 * so a sealed value copied into another record or column does not open there.
 *
 * <pre>
 * "EZS1" | id length (1) | master key id (UTF-8) | key check value (8)
 *        | IV (12) | data key under the master key + tag (48) | IV (12) | value under the data key + tag
 * </pre>
 *
 * Opening tells apart a value that is not sealed at all, a master key that is missing, another key
 * under the same name (check value differs) and changed data (authentication tag fails), each with
 * a Polish message; none of them includes the value.
 */
public final class EnvelopeCipher {

    private static final byte[] MAGIC = {'E', 'Z', 'S', '1'};
    private static final int IV = 12;
    private static final int TAG_BITS = 128;
    private static final int WRAPPED_KEY = 32 + TAG_BITS / 8;
    private static final int CHECK = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private EnvelopeCipher() {
    }

    /** Seals {@code plaintext} under {@code key} for {@code context}. */
    public static byte[] seal(MasterKey key, byte[] plaintext, String context) {
        byte[] header = header(key.id(), key.checkValue());
        byte[] aad = aad(header, context);
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, RANDOM);
            SecretKey dataKey = generator.generateKey();
            byte[] wrapIv = random(IV);
            byte[] wrapped = gcm(Cipher.ENCRYPT_MODE, key.key(), wrapIv, aad, dataKey.getEncoded());
            byte[] dataIv = random(IV);
            byte[] sealed = gcm(Cipher.ENCRYPT_MODE, dataKey, dataIv, aad, plaintext);
            var out = new ByteArrayOutputStream(header.length + 2 * IV + wrapped.length + sealed.length);
            out.writeBytes(header);
            out.writeBytes(wrapIv);
            out.writeBytes(wrapped);
            out.writeBytes(dataIv);
            out.writeBytes(sealed);
            return out.toByteArray();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /** The id of the master key that sealed the value. */
    public static String keyIdOf(byte[] sealed) {
        return parse(sealed).keyId();
    }

    /** Whether the value looks like one sealed here (the format's marker); says nothing about its integrity. */
    public static boolean isSealed(byte[] value) {
        return value != null && value.length > MAGIC.length && Arrays.equals(Arrays.copyOf(value, MAGIC.length), MAGIC);
    }

    /**
     * Opens a sealed value.
     *
     * @param keys the master keys by id
     * @throws SecretException with a Polish message if the value cannot be opened
     */
    public static byte[] open(Function<String, Optional<MasterKey>> keys, byte[] sealed, String context) {
        Parts parts = parse(sealed);
        MasterKey key = keys.apply(parts.keyId()).orElseThrow(() -> new SecretException(SecretException.Reason.UNKNOWN_KEY,
                "Brak klucza głównego „" + parts.keyId() + "”, którym zaszyfrowano dane: odtwórz plik kluczy z kopii zapasowej"));
        if (!MessageDigest.isEqual(key.checkValue(), parts.check())) {
            throw new SecretException(SecretException.Reason.WRONG_KEY, "Klucz główny „" + parts.keyId()
                    + "” w pliku kluczy nie jest tym, którym zaszyfrowano dane (inny plik kluczy?): odtwórz właściwy plik z kopii zapasowej");
        }
        byte[] aad = aad(parts.header(), context);
        try {
            byte[] dataKey = gcm(Cipher.DECRYPT_MODE, key.key(), parts.wrapIv(), aad, parts.wrapped());
            return gcm(Cipher.DECRYPT_MODE, new SecretKeySpec(dataKey, "AES"), parts.dataIv(), aad, parts.data());
        } catch (AEADBadTagException e) {
            throw new SecretException(SecretException.Reason.TAMPERED,
                    "Zaszyfrowane dane zostały zmienione albo przeniesione z innego rekordu: odmowa odszyfrowania");
        } catch (GeneralSecurityException e) {
            throw new SecretException(SecretException.Reason.MALFORMED, "Nie udało się odszyfrować danych: " + e.getMessage(), e);
        }
    }

    private record Parts(byte[] header, String keyId, byte[] check, byte[] wrapIv, byte[] wrapped, byte[] dataIv, byte[] data) {
    }

    private static Parts parse(byte[] sealed) {
        if (!isSealed(sealed) || sealed.length < MAGIC.length + 1) {
            throw malformed();
        }
        int idLength = sealed[MAGIC.length] & 0xff;
        int headerLength = MAGIC.length + 1 + idLength + CHECK;
        if (idLength == 0 || sealed.length < headerLength + IV + WRAPPED_KEY + IV + TAG_BITS / 8) {
            throw malformed();
        }
        String id = new String(sealed, MAGIC.length + 1, idLength, StandardCharsets.UTF_8);
        int at = headerLength;
        byte[] header = Arrays.copyOfRange(sealed, 0, at);
        byte[] check = Arrays.copyOfRange(sealed, at - CHECK, at);
        byte[] wrapIv = Arrays.copyOfRange(sealed, at, at += IV);
        byte[] wrapped = Arrays.copyOfRange(sealed, at, at += WRAPPED_KEY);
        byte[] dataIv = Arrays.copyOfRange(sealed, at, at += IV);
        byte[] data = Arrays.copyOfRange(sealed, at, sealed.length);
        return new Parts(header, id, check, wrapIv, wrapped, dataIv, data);
    }

    private static SecretException malformed() {
        return new SecretException(SecretException.Reason.MALFORMED, "To nie są dane zaszyfrowane przez EZD (albo są niekompletne)");
    }

    private static byte[] header(String keyId, byte[] check) {
        byte[] id = keyId.getBytes(StandardCharsets.UTF_8);
        var out = new ByteArrayOutputStream();
        out.writeBytes(MAGIC);
        out.write(id.length);
        out.writeBytes(id);
        out.writeBytes(check);
        return out.toByteArray();
    }

    private static byte[] aad(byte[] header, String context) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(header);
        out.writeBytes(context.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static byte[] gcm(int mode, SecretKey key, byte[] iv, byte[] aad, byte[] input) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(aad);
        return cipher.doFinal(input);
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
