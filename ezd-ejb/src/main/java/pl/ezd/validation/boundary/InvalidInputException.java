package pl.ezd.validation.boundary;

import jakarta.ejb.ApplicationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Input refused field by field; the transaction rolls back, so nothing of the request is stored.
 * Collect every violation first ({@link Collector}) so the client can correct all fields at once.
 * The message is Polish; {@link #message(Locale)} words it in another language.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    private final List<FieldViolation> violations;

    public InvalidInputException(List<FieldViolation> violations) {
        super(summary(violations, UserMessage.POLISH));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid input names at least one field");
        }
        this.violations = List.copyOf(violations);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldViolation(field, message)));
    }

    /** One wrong field, its message from a bundle. */
    public InvalidInputException(String field, UserMessage message) {
        this(List.of(FieldViolation.of(field, message)));
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    /** The summary of all violations in {@code locale}'s language. */
    public String message(Locale locale) {
        return summary(violations, locale);
    }

    private static String summary(List<FieldViolation> violations, Locale locale) {
        if (violations.isEmpty()) {
            return "";
        }
        return violations.size() == 1
                ? violations.get(0).message(locale)
                : UserMessage.of("validation.fields", violations.size(), String.join("; ",
                        violations.stream().map(v -> v.field() + ": " + v.message(locale)).toList())).in(locale);
    }

    /** Gathers the violations of one request, then throws them all at once. */
    public static final class Collector {

        private final List<FieldViolation> violations = new ArrayList<>();

        public void add(String field, String message) {
            violations.add(new FieldViolation(field, message));
        }

        /** A violation worded from the component's bundle ({@code key} with its arguments). */
        public void add(String field, UserMessage message) {
            violations.add(FieldViolation.of(field, message));
        }

        /**
         * The value {@code parse} produces, or null with the field recorded as wrong when it
         * refuses the value with an {@link IllegalArgumentException} (whose message is kept, with
         * its key when it has one).
         */
        public <T> T check(String field, Supplier<T> parse) {
            try {
                return parse.get();
            } catch (IllegalArgumentException e) {
                if (e instanceof LocalizedRefusal localized && localized.userMessage() != null) {
                    add(field, localized.userMessage());
                } else {
                    add(field, e.getMessage());
                }
                return null;
            }
        }

        public int size() {
            return violations.size();
        }

        public boolean isEmpty() {
            return violations.isEmpty();
        }

        public void throwIfAny() {
            if (!violations.isEmpty()) {
                throw new InvalidInputException(violations);
            }
        }
    }
}
