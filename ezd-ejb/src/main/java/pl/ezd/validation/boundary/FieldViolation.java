package pl.ezd.validation.boundary;

import java.util.Objects;

/**
 * One wrong field: its path as the client sent it ({@code senderAddress.postcode},
 * {@code files[1]}) and a Polish message a clerk understands.
 */
public record FieldViolation(String field, String message) {

    public FieldViolation {
        Objects.requireNonNull(field);
        Objects.requireNonNull(message);
    }
}
