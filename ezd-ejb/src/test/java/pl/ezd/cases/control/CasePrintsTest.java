package pl.ezd.cases.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import pl.ezd.cases.boundary.CaseView;
import pl.ezd.cases.boundary.MetrykaRow;
import pl.ezd.cases.boundary.SpisSpraw;
import pl.ezd.cases.entity.CaseStatus;

class CasePrintsTest {

    private static String text(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theSpisSprawOfAPodteczkaSaysWhichOneInItsHeader() throws Exception {
        var spis = new SpisSpraw(2026, LocalDate.of(2026, 11, 25), "GK", "7001", "Decyzje o warunkach zabudowy", 3, List.of(
                new SpisSpraw.Row(1, "GK.7001.3.1.2026", "Warunki zabudowy – dz. 12/3", "Józef Łączny", "JŁ/1", LocalDate.of(2026, 2, 1),
                        LocalDate.of(2026, 2, 3), null, "referent", null)));
        String text = text(CasePrints.spisSpraw(spis, "Urząd Miejski w Ciechocinku"));
        assertThat(text).contains("Spis spraw", "Urząd Miejski w Ciechocinku", "Komórka organizacyjna: GK", "Rok: 2026",
                "Data wygenerowania: 2026-11-25", "Symbol klasy JRWA: 7001 – Decyzje o warunkach zabudowy", "Podteczka: 3",
                "Lp.", "Znak sprawy", "Od kogo wpłynęła", "Znak pisma", "Data pisma", "Data wszczęcia sprawy",
                "Data ostatecznego załatwienia", "Prowadzący", "Uwagi", "GK.7001.3.1.2026", "Józef Łączny", "JŁ/1", "2026-02-01");
    }

    @Test
    void theMetrykaShowsTheColumnsOfKpaArticle66a() throws Exception {
        var theCase = new CaseView(1, "GK.0500.4.2026", "Skarga na hałas", null, "referent", CaseStatus.OPEN,
                LocalDate.of(2026, 3, 1), null);
        var rows = List.of(new MetrykaRow(1, Instant.parse("2026-03-01T08:05:00Z"), "Jan Kowalski", "Podinspektor (GK)",
                "Wszczęcie sprawy: Skarga na hałas", "GK.0500.4.2026"));
        String text = text(CasePrints.metryka(theCase, rows, "Urząd Miejski w Ciechocinku", LocalDate.of(2026, 3, 2)));
        assertThat(text).contains("Metryka sprawy", "Znak sprawy: GK.0500.4.2026", "Tytuł sprawy: Skarga na hałas",
                "Data czynności", "Imię i nazwisko, stanowisko", "Wykonana czynność", "Identyfikator dokumentu",
                "2026-03-01 09:05", "Jan Kowalski Podinspektor (GK)", "Wszczęcie sprawy: Skarga na hałas", "strona 1/1");
    }
}
