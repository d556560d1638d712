package pl.ezd.classification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * kategoria archiwalna of a JRWA final class: {@code A} (materiały archiwalne, kept for ever and
 * handed to the state archive), {@code B<n>} (kept n years), {@code BE<n>} (expert review by the
 * state archive after n years), {@code Bc} (short-lived, destroyed once used). Parses any
 * letter case and stores the canonical form ({@code be10} → {@code BE10}, {@code BC} → {@code Bc}).
 */
@Embeddable
public record KategoriaArchiwalna(@Column(name = "code", length = 8) String code) {

    /** The longest retention period accepted, in years. */
    public static final int MAX_YEARS = 100;

    private static final Pattern FORMAT = Pattern.compile("(A|BC|BE|B)(\\d*)");

    /** What the category says about the records' fate. */
    public enum Kind {
        /** materiały archiwalne: permanent, go to the state archive */
        A,
        /** dokumentacja niearchiwalna: kept for a number of years, then destroyed */
        B,
        /** kept for a number of years, then reviewed by the state archive */
        BE,
        /** short-lived: destroyed once used, with the state archive's consent */
        BC
    }

    public KategoriaArchiwalna {
        code = canonical(code);
    }

    public static KategoriaArchiwalna parse(String text) {
        return new KategoriaArchiwalna(text);
    }

    /** The category, or null for an empty text (a class without a category). */
    public static KategoriaArchiwalna parseOptional(String text) {
        return text == null || text.isBlank() ? null : parse(text);
    }

    private static String canonical(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Brak kategorii archiwalnej (dozwolone: A, B<lata>, BE<lata>, Bc)");
        }
        Matcher m = FORMAT.matcher(text.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw refused(text, "dozwolone są A, B<lata>, BE<lata> i Bc, np. A, B5, BE10, Bc");
        }
        String kind = m.group(1);
        String digits = m.group(2);
        return switch (kind) {
            case "A" -> {
                if (!digits.isEmpty()) {
                    throw refused(text, "kategoria A (materiały archiwalne) nie ma liczby lat");
                }
                yield "A";
            }
            case "BC" -> {
                if (!digits.isEmpty()) {
                    throw refused(text, "kategoria Bc nie ma liczby lat");
                }
                yield "Bc";
            }
            default -> {
                if (digits.isEmpty()) {
                    throw refused(text, "po " + kind + " podaj liczbę lat przechowywania, np. " + kind + "5");
                }
                int years = digits.length() > 3 ? Integer.MAX_VALUE : Integer.parseInt(digits);
                if (years < 1 || years > MAX_YEARS) {
                    throw refused(text, "liczba lat musi wynosić od 1 do " + MAX_YEARS);
                }
                yield kind + years;
            }
        };
    }

    private static IllegalArgumentException refused(String text, String why) {
        return new IllegalArgumentException("Niepoprawna kategoria archiwalna „" + text.strip() + "”: " + why);
    }

    public Kind kind() {
        if (code.equals("A")) {
            return Kind.A;
        }
        if (code.equals("Bc")) {
            return Kind.BC;
        }
        return code.startsWith("BE") ? Kind.BE : Kind.B;
    }

    /** How many years the records are kept (for {@code B} and {@code BE}); empty for {@code A} and {@code Bc}. */
    public OptionalInt retentionYears() {
        return switch (kind()) {
            case B -> OptionalInt.of(Integer.parseInt(code.substring(1)));
            case BE -> OptionalInt.of(Integer.parseInt(code.substring(2)));
            default -> OptionalInt.empty();
        };
    }

    /** Materiały archiwalne: never destroyed, handed over to the state archive. */
    public boolean isArchival() {
        return kind() == Kind.A;
    }

    /** The state archive reviews the records before they may be destroyed. */
    public boolean needsExpertReview() {
        return kind() == Kind.BE;
    }

    @Override
    public String toString() {
        return code;
    }
}
