package pl.ezd.web.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import pl.ezd.organization.entity.FieldRefusal;

/** Dates in query parameters ({@code yyyy-MM-dd}), refused for their parameter when malformed. */
final class QueryDates {

    private QueryDates() {
    }

    static LocalDate parse(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new FieldRefusal(parameter, "Data ma postać RRRR-MM-DD (podano: " + value + ")");
        }
    }
}
