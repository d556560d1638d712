package pl.ezd.cases.control;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import pl.ezd.cases.boundary.CaseView;
import pl.ezd.cases.boundary.MetrykaRow;
import pl.ezd.cases.boundary.SpisSpraw;
import pl.ezd.printing.boundary.TablePdf;

/** The printed forms of the cases component: the spis spraw and the metryka sprawy. */
public final class CasePrints {

    private static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Warsaw");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(OFFICE_ZONE);

    private CasePrints() {
    }

    /** The spis spraw with the header and columns of the instrukcja kancelaryjna, A4 landscape. */
    public static byte[] spisSpraw(SpisSpraw spis, String organizationName) {
        var table = TablePdf.a4Landscape("Spis spraw")
                .headerLine(organizationName)
                .headerLine("Komórka organizacyjna: " + spis.unitSymbol() + "    Rok: " + spis.year()
                        + "    Data wygenerowania: " + spis.generatedOn())
                .headerLine("Symbol klasy JRWA: " + spis.jrwaSymbol() + (spis.jrwaTitle() == null ? "" : " – " + spis.jrwaTitle())
                        + (spis.podteczka() == null ? "" : "    Podteczka: " + spis.podteczka()))
                .column("Lp.", 3)
                .column("Znak sprawy", 11)
                .column("Sprawa (krótka treść)", 18.5f)
                .column("Od kogo wpłynęła", 13)
                .column("Znak pisma", 9)
                .column("Data pisma", 7.5f)
                .column("Data wszczęcia sprawy", 7.5f)
                .column("Data ostatecznego załatwienia", 10)
                .column("Prowadzący", 8)
                .column("Uwagi (sposób załatwienia)", 12.5f)
                .whenEmpty("W tym spisie spraw nie ma jeszcze żadnej sprawy.");
        for (SpisSpraw.Row row : spis.rows()) {
            table.row(String.valueOf(row.no()), row.znak(), row.title(), row.sender(), row.senderReference(),
                    text(row.dateOnLetter()), text(row.startedOn()), text(row.settledOn()), row.handler(), row.notes());
        }
        return table.toPdf();
    }

    /** The metryka sprawy (KPA art. 66a): znak and title in the header, then every action. */
    public static byte[] metryka(CaseView theCase, List<MetrykaRow> rows, String organizationName, LocalDate printedOn) {
        var table = TablePdf.a4Portrait("Metryka sprawy")
                .headerLine(organizationName)
                .headerLine("Znak sprawy: " + theCase.znak() + "    Data wszczęcia: " + theCase.openedOn())
                .headerLine("Tytuł sprawy: " + theCase.title())
                .headerLine("Wydrukowano: " + printedOn)
                .column("Lp.", 3)
                .column("Data czynności", 9)
                .column("Imię i nazwisko, stanowisko", 16)
                .column("Wykonana czynność", 26)
                .column("Identyfikator dokumentu", 12);
        for (MetrykaRow row : rows) {
            table.row(String.valueOf(row.no()), DATE_TIME.format(row.occurredAt()), row.personName() + "\n" + row.personPost(),
                    row.action(), row.documentId());
        }
        return table.toPdf();
    }

    private static String text(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
