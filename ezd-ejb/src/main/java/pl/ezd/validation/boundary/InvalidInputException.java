package pl.ezd.validation.boundary;

import jakarta.ejb.ApplicationException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Input refused field by field; the transaction rolls back, so nothing of the request is stored.
 * Collect every violation first ({@link Collector}) so the client can correct all fields at once.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    private final List<FieldViolation> violations;

    public InvalidInputException(List<FieldViolation> violations) {
        super(summary(violations));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid input names at least one field");
        }
        this.violations = List.copyOf(violations);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldViolation(field, message)));
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    private static String summary(List<FieldViolation> violations) {
        return violations.size() == 1
                ? violations.get(0).message()
                : "Błędne dane w " + violations.size() + " polach: " + String.join("; ",
                        violations.stream().map(v -> v.field() + ": " + v.message()).toList());
    }

    /** Gathers the violations of one request, then throws them all at once. */
    public static final class Collector {

        private final List<FieldViolation> violations = new ArrayList<>();

        public void add(String field, String message) {
            violations.add(new FieldViolation(field, message));
        }

        /**
         * The value {@code parse} produces, or null with the field recorded as wrong when it
         * refuses the value with an {@link IllegalArgumentException} (whose message is kept).
         */
        public <T> T check(String field, Supplier<T> parse) {
            try {
                return parse.get();
            } catch (IllegalArgumentException e) {
                add(field, e.getMessage());
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
