package pl.ezd.correspondence.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import pl.ezd.correspondence.entity.IncomingItem;
import pl.ezd.correspondence.entity.IncomingItemMetadata;
import pl.ezd.correspondence.entity.SenderAddress;

/**
 * The incoming register as CSV a spreadsheet opens: UTF-8 with a byte order mark (so Excel shows
 * Polish letters), {@code ;} between fields (Polish Excel's list separator), every field of the
 * minimal metadata set (REQUIREMENTS §2). Written row by row; a value that a spreadsheet would run
 * as a formula is prefixed with {@code '}.
 */
public final class RegisterCsv implements AutoCloseable {

    static final List<String> HEADER = List.of("Numer RPW", "Data wpływu", "Data rejestracji", "Zarejestrował",
            "Nadawca", "Kod pocztowy", "Miejscowość", "Ulica", "Nr budynku", "Nr lokalu", "Skrytka pocztowa", "Kraj",
            "E-mail", "Data pisma", "Data nadania", "Rodzaj dokumentu", "Tytuł", "Dostęp", "Liczba załączników",
            "Format", "Uwagi", "Typ (DCMI)", "Sposób doręczenia", "Znak pisma nadawcy", "Nie otwierać",
            "Miejsce oryginału", "Status", "Komórka");

    private static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Warsaw");
    private static final DateTimeFormatter REGISTERED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(OFFICE_ZONE);

    private final Writer out;

    public RegisterCsv(OutputStream stream) {
        try {
            stream.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        row(HEADER);
    }

    public void write(IncomingItem item) {
        IncomingItemMetadata m = item.metadata();
        SenderAddress a = m.senderAddress();
        row(java.util.Arrays.asList(item.getRpw().toString(), String.valueOf(m.receivedOn()),
                REGISTERED.format(item.getRegisteredAt()), item.getRegisteredBy(), m.senderName(), a.postcode(), a.town(),
                a.street(), a.building(), a.flat(), a.poBox(), a.country(), a.email(), String.valueOf(m.dateOnLetter()),
                m.dateSent() == null ? null : m.dateSent().toString(), m.documentKind(), m.title(), m.access().name(),
                String.valueOf(m.attachmentsCount()), m.format(), m.notes(), m.dcmiType().name(),
                m.deliveryMethod() == null ? null : m.deliveryMethod().name(), m.senderReference(),
                m.doNotOpen() ? "TAK" : "NIE", m.storageLocation(), item.getStatus().name(), item.getUnitSymbol()));
    }

    private void row(List<String> values) {
        try {
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    out.write(';');
                }
                out.write(field(values.get(i)));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.indexOf(';') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    /** Flushes what is written; the stream itself belongs to the caller. */
    @Override
    public void close() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
