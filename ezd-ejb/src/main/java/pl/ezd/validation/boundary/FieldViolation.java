package pl.ezd.validation.boundary;

import java.util.Locale;
import java.util.Objects;

/**
 * One wrong field: its path as the client sent it ({@code senderAddress.postcode},
 * {@code files[1]}) and a Polish message a clerk understands; with {@code text}, the same message
 * as a key, worded in the reader's language by {@link #message(Locale)}.
 */
public record FieldViolation(String field, String message, UserMessage text) {

    public FieldViolation {
        Objects.requireNonNull(field);
        Objects.requireNonNull(message);
    }

    /** A violation worded in Polish only (a message without a key). */
    public FieldViolation(String field, String message) {
        this(field, message, null);
    }

    public static FieldViolation of(String field, UserMessage text) {
        return new FieldViolation(field, text.polish(), text);
    }

    public static FieldViolation of(String field, String key, Object... arguments) {
        return of(field, UserMessage.of(key, arguments));
    }

    /** The message in {@code locale}'s language (Polish when it has no key or no wording there). */
    public String message(Locale locale) {
        return text == null ? message : text.in(locale);
    }
}
