package pl.ezd.correspondence.boundary;

/** Fired inside the registering transaction when an item has been entered in the RPW. */
public record IncomingItemRegistered(long itemId, long organizationId, String rpwNumber, String title,
                                     String senderName, String registeredBy, java.time.LocalDate receivedOn) {
}
