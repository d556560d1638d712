package pl.ezd.correspondence.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import pl.ezd.correspondence.entity.DispatchChannel;
import pl.ezd.correspondence.entity.OutgoingItem;

/** An entry of the outgoing register as the API shows it. */
public record OutgoingItemView(long id, String registerNumber, int number, int year, Long caseId, String caseReference,
                               String title, OutgoingItem.Addressee addressee, DispatchChannel channel, LocalDate dateOnLetter,
                               LocalDate sentOn, String author, String authorName, String authorPost, String notes,
                               List<OutgoingItem.SentDocument> documents, Instant registeredAt, String registeredBy) {

    static OutgoingItemView of(OutgoingItem i) {
        return new OutgoingItemView(i.getId(), i.registerNumber(), i.getNumber(), i.getYear(), i.getCaseId(), i.getCaseReference(),
                i.getTitle(), i.getAddressee(), i.getChannel(), i.getDateOnLetter(), i.getSentOn(), i.getAuthor(),
                i.getAuthorName(), i.getAuthorPost(), i.getNotes(), i.getDocuments(), i.getRegisteredAt(), i.getRegisteredBy());
    }
}
