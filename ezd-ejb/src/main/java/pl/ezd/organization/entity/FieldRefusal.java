package pl.ezd.organization.entity;

/**
 * Bad input for one field, refused with a Polish message the API returns as 400 with the field's
 * name. Nothing has been stored when it is thrown (an EJB transaction rolls back).
 */
@jakarta.ejb.ApplicationException(rollback = true)
public class FieldRefusal extends IllegalArgumentException {

    private final String field;

    public FieldRefusal(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** A required text: trimmed, not blank, at most {@code max} characters. */
    public static String required(String field, String value, int max, String what) {
        if (value == null || value.isBlank()) {
            throw new FieldRefusal(field, "Podaj " + what);
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new FieldRefusal(field, what.substring(0, 1).toUpperCase() + what.substring(1) + " może mieć najwyżej "
                    + max + " znaków");
        }
        return trimmed;
    }

    public static <T> T required(String field, T value, String what) {
        if (value == null) {
            throw new FieldRefusal(field, "Podaj " + what);
        }
        return value;
    }
}
