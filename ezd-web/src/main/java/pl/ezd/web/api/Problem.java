package pl.ezd.web.api;

import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pl.ezd.validation.boundary.FieldViolation;

/**
 * An error as API clients receive it (docs/api.md): RFC 9457 members {@code type}, {@code title},
 * {@code status}, {@code detail}; for refused input the wrong {@code fields}, each with a Polish
 * message to show beside it; and, as before, {@code code} to act on and {@code message}
 * (the same text as {@code detail}).
 */
@Schema(description = "Błąd: type, title, status, detail, przy błędnych danych fields [{field, message}]; code i message jak dotąd")
public record Problem(String type, String title, int status, String detail, String code, String message,
                      List<Field> fields) {

    /** One wrong field of the request and what is wrong with it. */
    public record Field(String field, String message) {
    }

    public Problem(int status, String code, String message) {
        this("urn:ezd:problem:" + code.toLowerCase(Locale.ROOT).replace('_', '-'), titleOf(status), status, message, code,
                message, null);
    }

    /** Input refused field by field: 400 INVALID_INPUT. */
    static Problem invalidInput(String detail, List<FieldViolation> violations) {
        return new Problem("urn:ezd:problem:invalid-input", titleOf(400), 400, detail, "INVALID_INPUT", detail,
                violations.stream().map(v -> new Field(v.field(), v.message())).toList());
    }

    private static String titleOf(int status) {
        return switch (status) {
            case 400 -> "Nieprawidłowe dane";
            case 401 -> "Nie zalogowano";
            case 403 -> "Brak uprawnień";
            case 404 -> "Nie znaleziono";
            case 409 -> "Konflikt ze stanem sprawy";
            case 413 -> "Za duży plik";
            case 422 -> "Nie można wykonać";
            default -> "Błąd serwera";
        };
    }
}
