package pl.ezd.correspondence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.regex.Pattern;

/**
 * The identifier of an incoming item in the organisation's incoming register: its number within
 * the calendar year of registration, shown as {@code RPW/123/2026}.
 */
@Embeddable
public record RpwNumber(@Column(name = "rpw_number", nullable = false) int number,
                        @Column(name = "rpw_year", nullable = false) int year) {

    private static final Pattern FORMAT = Pattern.compile("RPW/(\\d{1,9})/(\\d{4})");

    public RpwNumber {
        if (number < 1) {
            throw new IllegalArgumentException("RPW numbers start at 1: " + number);
        }
        if (year < 1990 || year > 9999) {
            throw new IllegalArgumentException("Implausible RPW year: " + year);
        }
    }

    public static RpwNumber parse(String text) {
        var matcher = FORMAT.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not an RPW number (expected RPW/<number>/<year>): " + text);
        }
        return new RpwNumber(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    @Override
    public String toString() {
        return "RPW/" + number + "/" + year;
    }
}
