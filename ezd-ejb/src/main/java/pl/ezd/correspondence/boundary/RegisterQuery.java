package pl.ezd.correspondence.boundary;

import java.time.LocalDate;
import pl.ezd.correspondence.entity.DeliveryMethod;
import pl.ezd.correspondence.entity.ItemStatus;

/**
 * Which items of the incoming register to list: received between {@code receivedFrom} and
 * {@code receivedTo} (both inclusive), by channel, status and unit, and containing {@code text} in
 * the title, sender or sender's reference (or being that RPW number). Null means any.
 */
public record RegisterQuery(LocalDate receivedFrom, LocalDate receivedTo, DeliveryMethod channel, ItemStatus status,
                            String unit, String text, Sort sort, boolean descending) {

    /** The columns the register sorts by; ties are broken by the RPW number. */
    public enum Sort {
        RPW, RECEIVED_ON, TITLE, SENDER
    }

    public RegisterQuery {
        if (receivedFrom != null && receivedTo != null && receivedTo.isBefore(receivedFrom)) {
            throw new IllegalArgumentException("Data „do” nie może być wcześniejsza niż data „od”");
        }
        sort = sort == null ? Sort.RPW : sort;
        text = text == null || text.isBlank() ? null : text.strip();
        unit = unit == null || unit.isBlank() ? null : unit.strip();
    }

    public static RegisterQuery all() {
        return new RegisterQuery(null, null, null, null, null, null, Sort.RPW, false);
    }
}
