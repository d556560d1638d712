package pl.ezd.correspondence.boundary;

import java.time.Instant;
import java.time.LocalDate;
import pl.ezd.correspondence.entity.IncomingItem;
import pl.ezd.correspondence.entity.IncomingItemMetadata;
import pl.ezd.correspondence.entity.ItemStatus;

/** An incoming item as the register shows it. */
public record RegisteredItem(long id, String rpwNumber, String title, String senderName, LocalDate receivedOn,
                             Instant registeredAt, String registeredBy, IncomingItemMetadata metadata,
                             ItemStatus status, String unitSymbol) {

    static RegisteredItem of(IncomingItem item) {
        return new RegisteredItem(item.getId(), item.getRpw().toString(), item.getTitle(), item.getSenderName(),
                item.getReceivedOn(), item.getRegisteredAt(), item.getRegisteredBy(), item.metadata(), item.getStatus(),
                item.getUnitSymbol());
    }
}
