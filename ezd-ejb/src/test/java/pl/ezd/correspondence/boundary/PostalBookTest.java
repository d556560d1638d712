package pl.ezd.correspondence.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostalBookTest {

    @Test
    void oneLinePerItemWithSemicolonsAndNoFormulaAPostOfficeSpreadsheetWouldRun() {
        var book = new PostalBook("Urząd Miejski w Ciechocinku", LocalDate.of(2026, 11, 25), List.of(
                new PostalBook.Row(1, "Jan Nowak", "ul. Lipowa 3, 87-720 Ciechocinek", "polecona", "7/2026", "GK.6100.5.2026", null),
                new PostalBook.Row(2, "=HYPERLINK(\"x\")", "ul. Słoneczna 8; m. 2, 87-720 Ciechocinek", "zwykła", "8/2026", null, null)));

        String[] lines = book.toCsv().split("\r\n");

        assertThat(lines[0]).startsWith("\uFEFFKsiążka nadawcza;Urząd Miejski w Ciechocinku;dzień 2026-11-25");
        assertThat(lines[2]).isEqualTo("1;Jan Nowak;ul. Lipowa 3, 87-720 Ciechocinek;polecona;7/2026;GK.6100.5.2026;");
        assertThat(lines[3]).startsWith("2;\"'=HYPERLINK(\"\"x\"\")\";\"ul. Słoneczna 8; m. 2, 87-720 Ciechocinek\";zwykła;8/2026");
    }
}
