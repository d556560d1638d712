package pl.ezd.organization.entity;

/**
 * What a new password must be: 10 to 128 characters, with a lower-case and an upper-case letter
 * and a digit or another sign, and not containing the login. Applies to every password set from
 * now on (own change, reset by an administrator, a new employee's first password); passwords set
 * earlier stay valid until changed.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    public static void check(String field, char[] password, String username) {
        if (password == null || password.length == 0) {
            throw new FieldRefusal(field, "Podaj hasło");
        }
        if (password.length < MIN_LENGTH || password.length > MAX_LENGTH) {
            throw new FieldRefusal(field, "Hasło musi mieć od " + MIN_LENGTH + " do " + MAX_LENGTH + " znaków");
        }
        boolean lower = false;
        boolean upper = false;
        boolean other = false;
        for (char c : password) {
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
            } else {
                other = true;
            }
        }
        if (!(lower && upper && other)) {
            throw new FieldRefusal(field, "Hasło musi zawierać małą i wielką literę oraz cyfrę lub znak specjalny");
        }
        if (username != null && username.length() >= 3
                && new String(password).toLowerCase(java.util.Locale.ROOT).contains(username.toLowerCase(java.util.Locale.ROOT))) {
            throw new FieldRefusal(field, "Hasło nie może zawierać loginu");
        }
    }
}
