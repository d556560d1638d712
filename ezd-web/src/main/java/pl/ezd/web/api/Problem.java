package pl.ezd.web.api;

import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pl.ezd.validation.boundary.FieldViolation;
import pl.ezd.validation.boundary.UserMessage;

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
        this(status, code, message, UserMessage.POLISH);
    }

    /** A problem whose title is worded in {@code language} (the message already is). */
    public Problem(int status, String code, String message, Locale language) {
        this("urn:ezd:problem:" + code.toLowerCase(Locale.ROOT).replace('_', '-'), titleOf(status, language), status, message, code,
                message, null);
    }

    /** Input refused field by field: 400 INVALID_INPUT, every field's message in {@code language}. */
    static Problem invalidInput(String detail, List<FieldViolation> violations, Locale language) {
        return new Problem("urn:ezd:problem:invalid-input", titleOf(400, language), 400, detail, "INVALID_INPUT", detail,
                violations.stream().map(v -> new Field(v.field(), v.message(language))).toList());
    }

    private static String titleOf(int status, Locale language) {
        String key = switch (status) {
            case 400, 401, 403, 404, 409, 413, 422 -> "validation.title." + status;
            default -> "validation.title.500";
        };
        return UserMessage.of(key).in(language);
    }
}
