package pl.ezd.organization.entity;

import java.security.SecureRandom;
import java.util.Objects;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/**
 * A bcrypt password hash in the modular crypt form ({@code $2a$11$...}) that WildFly Elytron's
 * {@code modular-crypt-mapper} reads. Made only from a plain password, which it never keeps.
 */
public record PasswordHash(String value) {

    /** Work factor 2^11: about 0.1 s per login on the target machines. */
    static final int COST = 11;
    private static final SecureRandom RANDOM = new SecureRandom();
    static final int MIN_LENGTH = 8;

    public PasswordHash {
        Objects.requireNonNull(value);
        if (!value.startsWith("$2a$")) {
            throw new IllegalArgumentException("not a bcrypt modular crypt hash");
        }
    }

    public static PasswordHash of(char[] password) {
        if (password == null || password.length < MIN_LENGTH) {
            throw new IllegalArgumentException("A password must have at least " + MIN_LENGTH + " characters");
        }
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return new PasswordHash(OpenBSDBCrypt.generate("2a", password, salt, COST));
    }

    public boolean matches(char[] password) {
        return OpenBSDBCrypt.checkPassword(value, password);
    }

    @Override
    public String toString() {
        return "PasswordHash[bcrypt]";
    }
}
