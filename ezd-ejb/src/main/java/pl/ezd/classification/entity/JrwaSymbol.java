package pl.ezd.classification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Optional;

/**
 * The decimal symbol of a JRWA class: one digit per level, so {@code 0012} is a class of
 * {@code 001}, which is a class of {@code 00}, which is in section {@code 0}. Symbols compare
 * as text, which puts a whole catalogue in the order it is printed (each class right before its
 * subclasses).
 */
@Embeddable
public record JrwaSymbol(@Column(name = "symbol", nullable = false, length = JrwaSymbol.MAX_DIGITS) String value)
        implements Comparable<JrwaSymbol> {

    /** JRWA for local government have at most four levels. */
    public static final int MAX_DIGITS = 4;

    public JrwaSymbol {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Brak symbolu klasy");
        }
        value = value.strip();
        if (!value.matches("\\d{1," + MAX_DIGITS + "}")) {
            throw new IllegalArgumentException("Symbol klasy „" + value + "” jest niepoprawny: symbol to od 1 do "
                    + MAX_DIGITS + " cyfr, bez kropek, spacji i liter (np. 0, 00, 001, 0012)");
        }
    }

    public static JrwaSymbol of(String text) {
        return new JrwaSymbol(text);
    }

    /** The level of the class: 1 for a section ({@code 0}), 4 for {@code 0012}. */
    public int depth() {
        return value.length();
    }

    /** The class this one subdivides; empty for a first-level section. */
    public Optional<JrwaSymbol> parent() {
        return depth() == 1 ? Optional.empty() : Optional.of(new JrwaSymbol(value.substring(0, depth() - 1)));
    }

    public boolean isParentOf(JrwaSymbol other) {
        return other.parent().map(this::equals).orElse(false);
    }

    @Override
    public int compareTo(JrwaSymbol other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
