package pl.ezd.correspondence.boundary;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import pl.ezd.correspondence.entity.DcmiType;
import pl.ezd.correspondence.entity.DeliveryMethod;
import pl.ezd.correspondence.entity.Dostep;
import pl.ezd.correspondence.entity.IncomingItemMetadata;
import pl.ezd.correspondence.entity.SenderAddress;
import pl.ezd.validation.boundary.InvalidInputException;
import pl.ezd.validation.boundary.UserMessage;

/**
 * An incoming item as the registry office types it (REST body or screen form): every value as
 * text, so that a wrong date or an unknown channel is refused field by field with a Polish message
 * instead of failing the whole request. {@link #toMetadata} checks all fields at once.
 * Required: title, sender, senderAddress.town, dateOnLetter, receivedOn, access, dcmiType.
 */
public record IncomingItemForm(String title, String sender, Address senderAddress, String dateOnLetter,
                               String dateSent, String receivedOn, String documentKind, String access,
                               String dcmiType, String deliveryMethod, String senderReference,
                               Integer attachmentsCount, String format, String notes, Boolean doNotOpen,
                               String storageLocation) {

    /** The sender's address as typed; town required, country an ISO code (PL when empty). */
    public record Address(String postcode, String town, String street, String building, String flat, String poBox,
                          String country, String email) {
    }

    /**
     * The metadata, or {@link InvalidInputException} naming every wrong field.
     *
     * @param today the office's date today: nothing can have been received or written later
     */
    public IncomingItemMetadata toMetadata(LocalDate today) {
        var v = new InvalidInputException.Collector();
        text(v, "title", title, true, 500, "correspondence.title.required");
        text(v, "sender", sender, true, 255, "correspondence.sender.required");
        SenderAddress address = address(v);
        LocalDate onLetter = date(v, "dateOnLetter", dateOnLetter, true, "correspondence.dateOnLetter.required");
        LocalDate sent = date(v, "dateSent", dateSent, false, null);
        LocalDate received = date(v, "receivedOn", receivedOn, true, "correspondence.receivedOn.required");
        if (onLetter != null && onLetter.isAfter(today)) {
            v.add("dateOnLetter", UserMessage.of("correspondence.dateOnLetter.future"));
        }
        if (received != null && received.isAfter(today)) {
            v.add("receivedOn", UserMessage.of("correspondence.receivedOn.future"));
        }
        if (sent != null && onLetter != null && sent.isBefore(onLetter)) {
            v.add("dateSent", UserMessage.of("correspondence.dateSent.beforeLetter"));
        }
        if (sent != null && received != null && received.isBefore(sent)) {
            v.add("receivedOn", UserMessage.of("correspondence.receivedOn.beforeSent"));
        }
        Dostep dostep = choice(v, "access", access, Dostep.class, true, "correspondence.access.required");
        DcmiType type = choice(v, "dcmiType", dcmiType, DcmiType.class, true, "correspondence.dcmiType.required");
        DeliveryMethod delivery = choice(v, "deliveryMethod", deliveryMethod, DeliveryMethod.class, false, null);
        if (attachmentsCount != null && attachmentsCount < 0) {
            v.add("attachmentsCount", UserMessage.of("correspondence.attachmentsCount.negative"));
        }
        text(v, "documentKind", documentKind, false, 100, null);
        text(v, "senderReference", senderReference, false, 100, null);
        text(v, "format", format, false, 100, null);
        text(v, "notes", notes, false, 2000, null);
        text(v, "storageLocation", storageLocation, false, 100, null);
        v.throwIfAny();
        IncomingItemMetadata metadata = v.check("", () -> new IncomingItemMetadata(title, sender, address, onLetter, sent,
                received, documentKind, dostep, type, delivery, senderReference, attachmentsCount == null ? 0 : attachmentsCount,
                format, notes, Boolean.TRUE.equals(doNotOpen), storageLocation));
        v.throwIfAny();
        return metadata;
    }

    private SenderAddress address(InvalidInputException.Collector v) {
        if (senderAddress == null) {
            v.add("senderAddress.town", UserMessage.of("correspondence.senderAddress.required"));
            return null;
        }
        Address a = senderAddress;
        int before = violations(v);
        text(v, "senderAddress.town", a.town(), true, 100, "correspondence.town.required");
        String country = a.country() == null || a.country().isBlank() ? "PL" : a.country().strip().toUpperCase(Locale.ROOT);
        if (!country.matches("[A-Z]{2}")) {
            v.add("senderAddress.country", UserMessage.of("correspondence.country.invalid"));
        }
        if ("PL".equals(country) && a.postcode() != null && !a.postcode().isBlank() && !a.postcode().strip().matches("\\d{2}-\\d{3}")) {
            v.add("senderAddress.postcode", UserMessage.of("correspondence.postcode.invalid"));
        }
        if (a.email() != null && !a.email().isBlank() && !a.email().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            v.add("senderAddress.email", UserMessage.of("correspondence.email.invalid"));
        }
        text(v, "senderAddress.postcode", a.postcode(), false, 10, null);
        text(v, "senderAddress.street", a.street(), false, 100, null);
        text(v, "senderAddress.building", a.building(), false, 20, null);
        text(v, "senderAddress.flat", a.flat(), false, 20, null);
        text(v, "senderAddress.poBox", a.poBox(), false, 20, null);
        text(v, "senderAddress.email", a.email(), false, 255, null);
        if (violations(v) > before) {
            return null;
        }
        return v.check("senderAddress", () -> new SenderAddress(a.postcode(), a.town(), a.street(), a.building(), a.flat(),
                a.poBox(), a.country(), a.email()));
    }

    private static int violations(InvalidInputException.Collector v) {
        return v.size();
    }

    private static void text(InvalidInputException.Collector v, String field, String value, boolean required, int max,
                             String requiredKey) {
        if (value == null || value.isBlank()) {
            if (required) {
                v.add(field, UserMessage.of(requiredKey));
            }
        } else if (value.strip().length() > max) {
            v.add(field, UserMessage.of("correspondence.text.tooLong", max, value.strip().length()));
        }
    }

    private static LocalDate date(InvalidInputException.Collector v, String field, String value, boolean required,
                                  String requiredKey) {
        if (value == null || value.isBlank()) {
            if (required) {
                v.add(field, UserMessage.of(requiredKey));
            }
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            v.add(field, UserMessage.of("correspondence.date.invalid", value.strip()));
            return null;
        }
    }

    private static <E extends Enum<E>> E choice(InvalidInputException.Collector v, String field, String value, Class<E> type,
                                                boolean required, String requiredKey) {
        if (value == null || value.isBlank()) {
            if (required) {
                v.add(field, UserMessage.of(requiredKey));
            }
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.strip())) {
                return constant;
            }
        }
        v.add(field, UserMessage.of("correspondence.choice.unknown", value.strip(),
                String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
        return null;
    }
}
