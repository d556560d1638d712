package pl.ezd.correspondence.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import pl.ezd.correspondence.boundary.RegisterQuery;
import pl.ezd.correspondence.entity.DeliveryMethod;
import pl.ezd.correspondence.entity.IncomingItem;
import pl.ezd.correspondence.entity.IncomingItemMetadata;
import pl.ezd.correspondence.entity.RpwNumber;
import pl.ezd.correspondence.entity.SenderAddress;

class RegisterPdfTest {

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void the_printed_register_says_what_it_lists_and_shows_each_item_with_its_sender_and_polish_letters() throws Exception {
        var item = new IncomingItem(1, new RpwNumber(17, 2026), IncomingItemMetadata.letter(
                "Wniosek o wycięcie źródła hałasu", "Żaneta Łęcka", "Łódź", LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 24)),
                Instant.parse("2026-11-24T09:00:00Z"), "kancelaria");
        var query = new RegisterQuery(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), DeliveryMethod.ORDINARY_LETTER,
                null, null, "hałas", RegisterQuery.Sort.RPW, false);

        String printed = text(RegisterPdf.pdf("Urząd Miejski w Ciechocinku", query, LocalDate.of(2026, 11, 25), List.of(item)));

        assertThat(printed).contains("Rejestr przesyłek wpływających", "Urząd Miejski w Ciechocinku",
                "wpływ od 2026-11-01 do 2026-11-30", "sposób doręczenia ORDINARY_LETTER", "tekst „hałas”", "pozycji: 1",
                "RPW/17/2026 2026-11-24 2026-11-24", "10:00", "kancelaria", "Żaneta Łęcka", "Łódź", "Wniosek o wycięcie",
                "ORDINARY_LETTER", "strona 1/1");
    }

    @Test
    void an_empty_register_prints_a_page_that_says_so() throws Exception {
        String printed = text(RegisterPdf.pdf("Urząd", RegisterQuery.all(), LocalDate.of(2026, 11, 25), List.of()));
        assertThat(printed).contains("Wszystkie przesyłki", "pozycji: 0", "Brak przesyłek spełniających warunki wydruku");
    }

    @Test
    void an_address_reads_as_on_an_envelope() {
        assertThat(RegisterPdf.address(new SenderAddress("87-720", "Ciechocinek", "ul. Lipowa", "3", "4", null, "PL", null)))
                .isEqualTo("ul. Lipowa 3/4, 87-720 Ciechocinek");
        assertThat(RegisterPdf.address(new SenderAddress(null, "Berlin", null, null, null, "12", "DE", null)))
                .isEqualTo("skr. poczt. 12, Berlin (DE)");
    }
}
