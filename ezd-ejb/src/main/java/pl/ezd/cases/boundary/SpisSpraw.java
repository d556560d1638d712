package pl.ezd.cases.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * The spis spraw of one unit, final JRWA class and year, as the instrukcja lays it out: a header
 * (year, generation date, unit, JRWA symbol and title, the podteczka when the spis is one of a
 * sub-series) and one row per case in number order.
 */
public record SpisSpraw(int year, LocalDate generatedOn, String unitSymbol, String jrwaSymbol, String jrwaTitle, Integer podteczka,
                        List<Row> rows) {

    /** One case: the sender columns come from the first item in its file (empty on own initiative). */
    public record Row(int no, String znak, String title, String sender, String senderReference, LocalDate dateOnLetter,
                      LocalDate startedOn, LocalDate settledOn, String handler, String notes) {
    }

    /** As CSV for spreadsheets used in Polish offices: semicolons, UTF-8 with a byte order mark. */
    public String toCsv() {
        var csv = new StringBuilder("\uFEFF");
        line(csv, "Spis spraw", "rok " + year, "wygenerowano " + generatedOn, "komórka " + unitSymbol, "JRWA " + jrwaSymbol + (jrwaTitle == null ? "" : " " + jrwaTitle)
                + (podteczka == null ? "" : ", podteczka " + podteczka));
        line(csv, "Lp.", "Znak sprawy", "Sprawa (tytuł)", "Od kogo wpłynęła", "Znak pisma", "Data pisma", "Data wszczęcia sprawy",
                "Data ostatecznego załatwienia", "Prowadzący", "Uwagi");
        for (Row row : rows) {
            line(csv, String.valueOf(row.no()), row.znak(), row.title(), row.sender(), row.senderReference(),
                    text(row.dateOnLetter()), text(row.startedOn()), text(row.settledOn()), row.handler(), row.notes());
        }
        return csv.toString();
    }

    private static String text(LocalDate date) {
        return date == null ? "" : date.toString();
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
