package pl.ezd.correspondence.control;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import pl.ezd.correspondence.boundary.RegisterQuery;
import pl.ezd.correspondence.entity.IncomingItem;
import pl.ezd.correspondence.entity.IncomingItemMetadata;
import pl.ezd.correspondence.entity.SenderAddress;
import pl.ezd.printing.boundary.TablePdf;

/**
 * The incoming register printed as an A4 landscape table (the paper form of the RPW): the
 * organisation and the filters in the header of every page, one row per item in register order
 * with the columns a clerk checks on paper.
 */
public final class RegisterPdf {

    /** A printed register is read by people: more rows than this is a spreadsheet's job (CSV). */
    public static final int MAX_ROWS = 5000;

    private static final DateTimeFormatter REGISTERED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Europe/Warsaw"));

    private RegisterPdf() {
    }

    public static byte[] pdf(String organizationName, RegisterQuery query, LocalDate printedOn, List<IncomingItem> items) {
        TablePdf table = TablePdf.a4Landscape("Rejestr przesyłek wpływających")
                .headerLine(organizationName)
                .headerLine(describe(query) + " · wydruk z " + printedOn + " · pozycji: " + items.size())
                .column("Numer RPW", 2.4f).column("Data wpływu", 2f).column("Zarejestrowano", 2.4f)
                .column("Nadawca i adres", 4.3f).column("Znak i data pisma", 2.4f).column("Tytuł", 4.3f)
                .column("Sposób doręczenia", 2.8f).column("Zał.", 1f).column("Status, komórka", 2.2f)
                .column("Oryginał", 1.6f)
                .whenEmpty("Brak przesyłek spełniających warunki wydruku");
        for (IncomingItem item : items) {
            IncomingItemMetadata m = item.metadata();
            table.row(item.getRpw().toString(), String.valueOf(m.receivedOn()),
                    REGISTERED.format(item.getRegisteredAt()) + "\n" + item.getRegisteredBy(),
                    m.senderName() + "\n" + address(m.senderAddress()),
                    (m.senderReference() == null ? "" : m.senderReference() + "\n") + "z " + m.dateOnLetter(),
                    m.title(), m.deliveryMethod() == null ? "" : m.deliveryMethod().name(),
                    String.valueOf(m.attachmentsCount()),
                    item.getStatus().name() + (item.getUnitSymbol() == null ? "" : "\n" + item.getUnitSymbol()),
                    m.doNotOpen() ? "nie otwierać" + (m.storageLocation() == null ? "" : "\n" + m.storageLocation())
                            : m.storageLocation() == null ? "" : m.storageLocation());
        }
        return table.toPdf();
    }

    static String address(SenderAddress a) {
        if (a == null) {
            return "";
        }
        var street = new StringBuilder();
        if (a.street() != null) {
            street.append(a.street());
        }
        if (a.building() != null) {
            street.append(street.isEmpty() ? "" : " ").append(a.building()).append(a.flat() == null ? "" : "/" + a.flat());
        }
        List<String> parts = new ArrayList<>();
        if (!street.isEmpty()) {
            parts.add(street.toString());
        }
        if (a.poBox() != null) {
            parts.add("skr. poczt. " + a.poBox());
        }
        parts.add((a.postcode() == null ? "" : a.postcode() + " ") + a.town() + ("PL".equals(a.country()) ? "" : " (" + a.country() + ")"));
        return String.join(", ", parts);
    }

    /** The filters in words, so a printout says what it lists. */
    static String describe(RegisterQuery q) {
        List<String> parts = new ArrayList<>();
        if (q.receivedFrom() != null || q.receivedTo() != null) {
            parts.add("wpływ " + (q.receivedFrom() == null ? "" : "od " + q.receivedFrom() + " ")
                    + (q.receivedTo() == null ? "" : "do " + q.receivedTo()));
        }
        if (q.channel() != null) {
            parts.add("sposób doręczenia " + q.channel().name());
        }
        if (q.status() != null) {
            parts.add("status " + q.status().name());
        }
        if (q.unit() != null) {
            parts.add("komórka " + q.unit());
        }
        if (q.text() != null) {
            parts.add("tekst „" + q.text() + "”");
        }
        return parts.isEmpty() ? "Wszystkie przesyłki" : "Filtr: " + String.join(", ", parts).replace("  ", " ").strip();
    }
}
