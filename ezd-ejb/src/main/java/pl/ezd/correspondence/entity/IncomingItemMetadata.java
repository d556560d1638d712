package pl.ezd.correspondence.entity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the registry office enters for an incoming item: the minimal metadata set of the
 * instrukcja kancelaryjna (REQUIREMENTS §2). Required: sender (name, town, country), date on the
 * letter, date received, title, access and DCMI type; the rest when known.
 */
public record IncomingItemMetadata(String title, String senderName, SenderAddress senderAddress, LocalDate dateOnLetter,
                                   LocalDate dateSent, LocalDate receivedOn, String documentKind, Dostep access,
                                   DcmiType dcmiType, DeliveryMethod deliveryMethod, String senderReference,
                                   int attachmentsCount, String format, String notes, boolean doNotOpen,
                                   String storageLocation) {

    public IncomingItemMetadata {
        Objects.requireNonNull(senderAddress, "Adres nadawcy jest wymagany");
        if (dateOnLetter == null) {
            throw new IllegalArgumentException("Data pisma jest wymagana");
        }
        if (receivedOn == null) {
            throw new IllegalArgumentException("Data wpływu jest wymagana");
        }
        if (access == null) {
            throw new IllegalArgumentException("Dostęp (jawność) jest wymagany");
        }
        if (dcmiType == null) {
            throw new IllegalArgumentException("Typ (DCMI) jest wymagany");
        }
        if (attachmentsCount < 0) {
            throw new IllegalArgumentException("Liczba załączników nie może być ujemna");
        }
        if (dateSent != null && dateSent.isBefore(dateOnLetter)) {
            throw new IllegalArgumentException("Pismo nie mogło zostać nadane przed datą, którą nosi");
        }
        if (dateSent != null && receivedOn.isBefore(dateSent)) {
            throw new IllegalArgumentException("Pismo nie mogło wpłynąć przed nadaniem");
        }
    }

    /** A letter as most registrations start: a text, public, received by post on the given day. */
    public static IncomingItemMetadata letter(String title, String senderName, String town, LocalDate dateOnLetter,
                                              LocalDate receivedOn) {
        return new IncomingItemMetadata(title, senderName, new SenderAddress(null, town, null, null, null, null, "PL", null),
                dateOnLetter, null, receivedOn, null, Dostep.PUBLIC, DcmiType.Text, DeliveryMethod.ORDINARY_LETTER, null, 0,
                null, null, false, null);
    }
}
