package pl.ezd.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * znak sprawy: the case reference {@code UNIT.JRWA.NUMBER.YEAR}, e.g. {@code OR.0012.5.2026}, or
 * in a sub-series (podteczka) of the class {@code UNIT.JRWA.PODTECZKA.NUMBER.YEAR}, e.g.
 * {@code OR.0012.5.2.2026}: case 2 of podteczka 5. As the instrukcja kancelaryjna has it, the
 * podteczka's number follows the JRWA symbol and each podteczka keeps its own spis spraw, numbered
 * from 1 every year. The unit symbol may name an internal sub-unit ({@code OR-II}); the JRWA symbol
 * is the final class; the year is the year the case started and never changes. Parses, validates
 * and formats itself.
 */
@Embeddable
public class ZnakSprawy {

    private static final String UNIT = "[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*";
    private static final Pattern FORMAT = Pattern.compile(
            "(" + UNIT + ")\\.(\\d{1,4})\\.(\\d{1,6})(?:\\.(\\d{1,6}))?\\.(\\d{4})");

    /** The podteczka part of the znak has at most 4 digits. */
    public static final int MAX_PODTECZKA = 9999;

    @Column(name = "unit_symbol", nullable = false, length = 20)
    private String unitSymbol;

    @Column(name = "jrwa_symbol", nullable = false, length = 10)
    private String jrwaSymbol;

    @Column(name = "case_number", nullable = false)
    private int number;

    /** The podteczka (sub-series) of the JRWA class; 0 when the class has none (stored so, to keep the znak under one unique index). */
    @Column(name = "podteczka", nullable = false)
    private int podteczka;

    @Column(name = "case_year", nullable = false)
    private int year;

    protected ZnakSprawy() {
    }

    /** A znak of the spis spraw of the class ({@code podteczka} null) or of one of its podteczki. */
    public ZnakSprawy(String unitSymbol, String jrwaSymbol, int number, Integer podteczka, int year) {
        if (unitSymbol == null || !unitSymbol.matches(UNIT)) {
            throw new IllegalArgumentException("Symbol komórki musi składać się z wielkich liter i cyfr, np. OR lub OR-II: " + unitSymbol);
        }
        if (jrwaSymbol == null || !jrwaSymbol.matches("\\d{1,4}")) {
            throw new IllegalArgumentException("Symbol klasy JRWA musi mieć od 1 do 4 cyfr: " + jrwaSymbol);
        }
        if (number < 1) {
            throw new IllegalArgumentException("Numery spraw zaczynają się od 1");
        }
        if (podteczka != null && (podteczka < 1 || podteczka > MAX_PODTECZKA)) {
            throw new IllegalArgumentException("Numer podteczki musi być liczbą od 1 do " + MAX_PODTECZKA + ": " + podteczka);
        }
        if (year < 1990 || year > 9999) {
            throw new IllegalArgumentException("Nieprawidłowy rok sprawy: " + year);
        }
        this.unitSymbol = unitSymbol;
        this.jrwaSymbol = jrwaSymbol;
        this.number = number;
        this.podteczka = podteczka == null ? 0 : podteczka;
        this.year = year;
    }

    /**
     * Parses {@code OR.0012.5.2026} or, in podteczka 5, {@code OR.0012.5.2.2026}; refuses anything
     * else.
     */
    public static ZnakSprawy parse(String text) {
        var matcher = FORMAT.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("To nie jest znak sprawy (oczekiwano np. OR.0012.5.2026): " + text);
        }
        boolean inPodteczka = matcher.group(4) != null;
        int number = Integer.parseInt(inPodteczka ? matcher.group(4) : matcher.group(3));
        Integer podteczka = inPodteczka ? Integer.valueOf(matcher.group(3)) : null;
        return new ZnakSprawy(matcher.group(1), matcher.group(2), number, podteczka, Integer.parseInt(matcher.group(5)));
    }

    /**
     * The series of the spis spraw this znak is numbered in, as the register counter keys it:
     * {@code GK/6730} for the class, {@code GK/6730/2} for its podteczka 2.
     */
    public static String series(String unitSymbol, String jrwaSymbol, Integer podteczka) {
        return unitSymbol + "/" + jrwaSymbol + (podteczka == null ? "" : "/" + podteczka);
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

    /** The podteczka (sub-series) of the JRWA class the case is numbered in, or null. */
    public Integer podteczka() {
        return podteczka == 0 ? null : podteczka;
    }

    public int year() {
        return year;
    }

    @Override
    public String toString() {
        return unitSymbol + "." + jrwaSymbol + "." + (podteczka == 0 ? "" : podteczka + ".") + number + "." + year;
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
