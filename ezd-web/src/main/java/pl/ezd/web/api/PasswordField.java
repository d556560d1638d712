package pl.ezd.web.api;

/** Passwords arrive as JSON strings; the boundaries take them as characters. */
final class PasswordField {

    private PasswordField() {
    }

    static char[] chars(String password) {
        return password == null ? null : password.toCharArray();
    }
}
