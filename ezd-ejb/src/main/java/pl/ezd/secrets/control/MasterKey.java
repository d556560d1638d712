package pl.ezd.secrets.control;

import pl.ezd.secrets.boundary.SecretException;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * A master key: an AES-256 key and its identifier (the alias in the key file). Its check value is
 * an HMAC of a fixed text under the key: stored with every sealed value, it tells "another key of
 * the same name" apart from "changed data" without revealing anything about the key.
 */
public record MasterKey(String id, SecretKey key) {

    /** Key identifiers: what keytool accepts as an alias and fits a sealed value's header. */
    public static final String ID_PATTERN = "[a-z0-9][a-z0-9._-]{0,63}";

    public MasterKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(key, "key");
        if (!id.matches(ID_PATTERN)) {
            throw new IllegalArgumentException("Identyfikator klucza głównego: małe litery, cyfry, . _ -, najwyżej 64 znaki: " + id);
        }
        if (!"AES".equalsIgnoreCase(key.getAlgorithm()) || key.getEncoded() == null || key.getEncoded().length != 32) {
            throw new IllegalArgumentException("Klucz główny „" + id + "” nie jest kluczem AES-256");
        }
    }

    public static MasterKey of(String id, byte[] aes256) {
        return new MasterKey(id, new SecretKeySpec(aes256, "AES"));
    }

    /** 8 bytes of HMAC-SHA256 over a fixed label under the key. */
    byte[] checkValue() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            return Arrays.copyOf(mac.doFinal("ezd-master-key-check".getBytes(StandardCharsets.US_ASCII)), 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "MasterKey[" + id + "]";
    }
}
