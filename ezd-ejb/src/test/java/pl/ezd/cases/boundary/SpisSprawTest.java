package pl.ezd.cases.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpisSprawTest {

    private static final SpisSpraw SPIS = new SpisSpraw(2026, LocalDate.of(2026, 11, 25), "GK", "6131", "Zezwolenia na usunięcie drzew", null, List.of(
            new SpisSpraw.Row(1, "GK.6131.1.2026", "Usunięcie drzew; ul. Lipowa", "Jan \"Janek\" Nowak", "JN/1/2026",
                    LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 20), "referent", null),
            new SpisSpraw.Row(2, "GK.6131.2.2026", "=HYPERLINK(\"http://zlo\")", null, null, null,
                    LocalDate.of(2026, 4, 1), null, "referent2", "z urzędu")));

    @Test
    void hasTheHeaderAndColumnsOfTheInstrukcja() {
        var lines = SPIS.toCsv().split("\r\n");
        assertThat(lines[0]).startsWith("\uFEFFSpis spraw;rok 2026;wygenerowano 2026-11-25;komórka GK;JRWA 6131 Zezwolenia na usunięcie drzew");
        assertThat(lines[1]).isEqualTo("Lp.;Znak sprawy;Sprawa (tytuł);Od kogo wpłynęła;Znak pisma;Data pisma;"
                + "Data wszczęcia sprawy;Data ostatecznego załatwienia;Prowadzący;Uwagi");
        assertThat(lines).hasSize(4);
    }

    @Test
    void quotesSeparatorsAndQuotesAndNeutralisesFormulas() {
        var lines = SPIS.toCsv().split("\r\n");
        assertThat(lines[2]).isEqualTo("1;GK.6131.1.2026;\"Usunięcie drzew; ul. Lipowa\";\"Jan \"\"Janek\"\" Nowak\";JN/1/2026;"
                + "2026-03-01;2026-03-02;2026-03-20;referent;");
        assertThat(lines[3]).startsWith("2;GK.6131.2.2026;\"'=HYPERLINK(\"\"http://zlo\"\")\";;;;2026-04-01;;referent2;z urzędu");
    }
}
