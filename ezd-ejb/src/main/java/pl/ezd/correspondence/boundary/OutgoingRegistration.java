package pl.ezd.correspondence.boundary;

import java.time.LocalDate;
import java.util.List;
import pl.ezd.correspondence.entity.DispatchChannel;
import pl.ezd.correspondence.entity.OutgoingItem;

/**
 * What the registry office gives when it sends an item: the addressee with their address, the
 * channel (required), the dates, and the document versions sent. {@code author} is the username of
 * the responsible author (the case handler; the caller when left out); {@code sentOn} defaults to today.
 */
public record OutgoingRegistration(String title, OutgoingItem.Addressee addressee, DispatchChannel channel,
                                   LocalDate dateOnLetter, LocalDate sentOn, String author, String caseReference,
                                   String notes, List<OutgoingItem.SentDocument> documents) {
}
