package pl.ezd.correspondence.boundary;

import pl.ezd.correspondence.entity.ItemStatus;

/**
 * Fire it (in the transaction of the step) when an item moves on in its circulation, so the
 * incoming register shows and filters its status and unit: DECREED with the unit after dekretacja,
 * RETURNED when the clerk returns it (with the unit only if its head decreed it there), ACCEPTED when the clerk accepts, IN_CASE when it is put in a case file. Items of another
 * organisation than {@code organizationId} are left alone.
 */
public record IncomingItemProgressed(long organizationId, long itemId, ItemStatus status, String unitSymbol) {
}
