package pl.ezd.correspondence.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * pocztowa książka nadawcza: the paper post items of one organisation handed to the postal
 * operator on one day, registered first, in register order.
 */
public record PostalBook(String organizationName, LocalDate day, List<Row> rows) {

    /** One line of the book. */
    public record Row(int no, String addressee, String address, String kind, String registerNumber, String caseReference,
                      String notes) {
    }

    /** As CSV for spreadsheets used in Polish offices: semicolons, UTF-8 with a byte order mark. */
    public String toCsv() {
        var csv = new StringBuilder("\uFEFF");
        line(csv, "Książka nadawcza", organizationName, "dzień " + day);
        line(csv, "Lp.", "Adresat (imię i nazwisko lub nazwa)", "Dokładne miejsce doręczenia", "Rodzaj przesyłki",
                "Nr w rejestrze przesyłek wychodzących", "Znak sprawy", "Uwagi");
        for (Row row : rows) {
            line(csv, String.valueOf(row.no()), row.addressee(), row.address(), row.kind(), row.registerNumber(),
                    row.caseReference(), row.notes());
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                csv.append(';');
            }
            String cell = cells[i] == null ? "" : cells[i];
            // formula injection guard: spreadsheets execute cells starting with these
            if (!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0) {
                cell = "'" + cell;
            }
            if (cell.contains(";") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
                cell = '"' + cell.replace("\"", "\"\"") + '"';
            }
            csv.append(cell);
        }
        csv.append("\r\n");
    }
}
