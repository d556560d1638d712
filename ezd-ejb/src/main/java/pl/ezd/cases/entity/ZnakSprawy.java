package pl.ezd.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * znak sprawy: the case reference {@code UNIT.JRWA.NUMBER.YEAR}, e.g. {@code OR.0012.5.2026}, or
 * with a sub-series {@code OR.0012.5.2.2026}. The unit symbol may name an internal sub-unit
 * ({@code OR-II}); the JRWA symbol is the final class; the year is the year the case started and
 * never changes. Parses, validates and formats itself.
 */
@Embeddable
public class ZnakSprawy {

    private static final String UNIT = "[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*";
    private static final Pattern FORMAT = Pattern.compile(
            "(" + UNIT + ")\\.(\\d{1,4})\\.(\\d{1,6})(?:\\.(\\d{1,4}))?\\.(\\d{4})");

    @Column(name = "unit_symbol", nullable = false, length = 20)
    private String unitSymbol;

    @Column(name = "jrwa_symbol", nullable = false, length = 10)
    private String jrwaSymbol;

    @Column(name = "case_number", nullable = false)
    private int number;

    /** 0 for a main case (stored so, to keep the znak under one unique index). */
    @Column(name = "sub_number", nullable = false)
    private int subNumber;

    @Column(name = "case_year", nullable = false)
    private int year;

    protected ZnakSprawy() {
    }

    public ZnakSprawy(String unitSymbol, String jrwaSymbol, int number, Integer subNumber, int year) {
        if (unitSymbol == null || !unitSymbol.matches(UNIT)) {
            throw new IllegalArgumentException("Symbol komórki musi składać się z wielkich liter i cyfr, np. OR lub OR-II: " + unitSymbol);
        }
        if (jrwaSymbol == null || !jrwaSymbol.matches("\\d{1,4}")) {
            throw new IllegalArgumentException("Symbol klasy JRWA musi mieć od 1 do 4 cyfr: " + jrwaSymbol);
        }
        if (number < 1 || (subNumber != null && subNumber < 1)) {
            throw new IllegalArgumentException("Numery spraw zaczynają się od 1");
        }
        if (year < 1990 || year > 9999) {
            throw new IllegalArgumentException("Nieprawidłowy rok sprawy: " + year);
        }
        this.unitSymbol = unitSymbol;
        this.jrwaSymbol = jrwaSymbol;
        this.number = number;
        this.subNumber = subNumber == null ? 0 : subNumber;
        this.year = year;
    }

    /** Parses {@code OR.0012.5.2026} or {@code OR.0012.5.2.2026}; refuses anything else. */
    public static ZnakSprawy parse(String text) {
        var matcher = FORMAT.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("To nie jest znak sprawy (oczekiwano np. OR.0012.5.2026): " + text);
        }
        return new ZnakSprawy(matcher.group(1), matcher.group(2), Integer.parseInt(matcher.group(3)),
                matcher.group(4) == null ? null : Integer.valueOf(matcher.group(4)), Integer.parseInt(matcher.group(5)));
    }

    /** The next case of a sub-series opened under this case, e.g. {@code OR.0012.5.2.2026}. */
    public ZnakSprawy subCase(int subNumber) {
        if (this.subNumber != 0) {
            throw new IllegalArgumentException("Podsprawa nie ma własnych podspraw: " + this);
        }
        return new ZnakSprawy(unitSymbol, jrwaSymbol, number, subNumber, year);
    }

    public String unitSymbol() {
        return unitSymbol;
    }

    public String jrwaSymbol() {
        return jrwaSymbol;
    }

    public int number() {
        return number;
    }

    /** The number within the sub-series, or null for a main case. */
    public Integer subNumber() {
        return subNumber == 0 ? null : subNumber;
    }

    public int year() {
        return year;
    }

    @Override
    public String toString() {
        return unitSymbol + "." + jrwaSymbol + "." + number + (subNumber == 0 ? "" : "." + subNumber) + "." + year;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ZnakSprawy znak && znak.toString().equals(toString());
    }

    @Override
    public int hashCode() {
        return Objects.hash(toString());
    }
}
