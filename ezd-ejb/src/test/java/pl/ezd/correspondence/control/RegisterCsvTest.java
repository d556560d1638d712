package pl.ezd.correspondence.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import pl.ezd.correspondence.entity.IncomingItem;
import pl.ezd.correspondence.entity.IncomingItemMetadata;
import pl.ezd.correspondence.entity.RpwNumber;

class RegisterCsvTest {

    @Test
    void excel_gets_a_bom_semicolons_and_every_field_of_the_minimal_set() {
        var out = new ByteArrayOutputStream();
        var item = new IncomingItem(1, new RpwNumber(5, 2026), IncomingItemMetadata.letter(
                "Wniosek; o \"zwrot\" podatku", "Żaneta Łęcka", "Łódź", LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 24)),
                Instant.parse("2026-11-24T09:00:00Z"), "kancelaria");
        try (var csv = new RegisterCsv(out)) {
            csv.write(item);
        }
        byte[] bytes = out.toByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String[] lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0].split(";")).hasSize(RegisterCsv.HEADER.size()).contains("Numer RPW", "Tytuł", "Miejscowość",
                "Sposób doręczenia", "Nie otwierać", "Miejsce oryginału", "Typ (DCMI)", "Dostęp");
        assertThat(lines[1]).startsWith("RPW/5/2026;2026-11-24;2026-11-24 10:00:00;kancelaria;Żaneta Łęcka;;Łódź;")
                .contains(";\"Wniosek; o \"\"zwrot\"\" podatku\";PUBLIC;0;", ";ORDINARY_LETTER;", ";NIE;", ";REGISTERED;");
    }

    @Test
    void values_a_spreadsheet_would_run_as_formulas_are_defused() {
        assertThat(RegisterCsv.field("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(RegisterCsv.field("+48 600")).isEqualTo("'+48 600");
        assertThat(RegisterCsv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(RegisterCsv.field("zwykły tekst")).isEqualTo("zwykły tekst");
        assertThat(RegisterCsv.field(null)).isEmpty();
    }
}
