package pl.ezd.classification.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import pl.ezd.classification.boundary.WykazAktRefusedException;
import pl.ezd.classification.entity.Jrwa;
import pl.ezd.classification.entity.JrwaClass;
import pl.ezd.classification.entity.JrwaSymbol;

class WykazAktImportTest {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);

    static byte[] file(String name) {
        try (InputStream in = WykazAktImportTest.class.getResourceAsStream("/jrwa/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test file " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Jrwa read(byte[] xml) {
        return new WykazAktImport().toJrwa(xml, 7L, "JRWA 2026", FROM, Instant.parse("2026-01-02T08:00:00Z"),
                "admin", "ab", 4);
    }

    @Test
    void readsAGoodFileIntoAVersionWithItsHierarchyAndCategories() {
        Jrwa jrwa = read(file("good.xml"));
        assertThat(jrwa.getClasses()).extracting(c -> c.getSymbol().value())
                .containsExactly("0", "00", "001", "0012", "0013", "01", "010", "0100", "0101");
        JrwaClass plans = jrwa.findClass(JrwaSymbol.of("0012")).orElseThrow();
        assertThat(plans.getTitle()).isEqualTo("Plany pracy rady i jej komisji");
        assertThat(plans.isFinalClass()).isTrue();
        assertThat(plans.getHomeCategory()).hasToString("A");
        assertThat(plans.getOtherCategory()).hasToString("Bc");
        assertThat(plans.getParent().getSymbol()).hasToString("001");
        JrwaClass seals = jrwa.findClass(JrwaSymbol.of("0101")).orElseThrow();
        assertThat(seals.getHomeCategory()).as("canonical form").hasToString("BE10");
        assertThat(seals.getOtherCategory()).hasToString("Bc");
        assertThat(jrwa.findClass(JrwaSymbol.of("0100")).orElseThrow().getOtherCategory()).isNull();
        assertThat(jrwa.findClass(JrwaSymbol.of("00")).orElseThrow().isFinalClass()).isFalse();
        assertThat(jrwa.getOrganizationId()).isEqualTo(7L);
    }

    @Test
    void exportsWhatItImportsAndTheExportValidatesAndReadsBackTheSame() {
        Jrwa jrwa = read(file("good.xml"));
        byte[] exported = new WykazAktWriter().write(jrwa);
        assertThat(new String(exported, StandardCharsets.UTF_8))
                .contains("<wykaz xmlns=\"http://www.mswia.gov.pl/standardy/ndap\">")
                .contains("<haslo>Plany pracy rady i jej komisji</haslo>")
                .contains("<kategoriaMerytoryczna>BE10</kategoriaMerytoryczna>");
        Jrwa again = read(exported);
        assertThat(again.getClasses()).extracting(WykazAktImportTest::row)
                .containsExactlyElementsOf(jrwa.getClasses().stream().map(WykazAktImportTest::row).toList());
    }

    private static String row(JrwaClass c) {
        return c.getSymbol() + "|" + c.getTitle() + "|" + c.getHomeCategory() + "|" + c.getOtherCategory() + "|"
                + c.isFinalClass();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "xxe.xml; 2; DOCTYPE",
            "billion-laughs.xml; 2; DOCTYPE",
            "missing-parent.xml; 11; brakuje klasy 001",
            "bad-category.xml; 15; Niepoprawna kategoria archiwalna „C7”",
            "duplicate-symbol.xml; 20; Symbol 0012 występuje w pliku więcej niż raz (pierwszy raz w wierszu 15)",
            "malformed.xml; 10; nie jest poprawnym dokumentem XML",
            "wrong-structure.xml; 4; nie odpowiada schematowi WykazAkt",
            "foreign-root.xml; 2; główny element musi być <wykaz>",
            "not-a-symbol.xml; 7; Symbol klasy „0.1” jest niepoprawny",
            "category-on-parent.xml; 7; Klasa 00 ma podklasy"})
    void refusesABadFileWithTheLineAndAReason(String name, int line, String reason) {
        assertThatThrownBy(() -> read(file(name)))
                .isInstanceOf(WykazAktRefusedException.class)
                .hasMessageStartingWith("Wiersz " + line + ": ")
                .hasMessageContaining(reason)
                .extracting(e -> ((WykazAktRefusedException) e).line()).isEqualTo(line);
    }

    @Test
    @Timeout(10)
    void neverExpandsEntitiesOrReadsLocalFiles() {
        assertThatThrownBy(() -> read(file("xxe.xml"))).hasMessageNotContaining("root:");
        long started = System.nanoTime();
        assertThatThrownBy(() -> read(file("billion-laughs.xml"))).isInstanceOf(WykazAktRefusedException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void refusesEmptyAndOversizedFilesWithoutParsingThem() {
        assertThatThrownBy(() -> read(new byte[0])).hasMessage("Plik jest pusty");
        byte[] huge = new byte[WykazAktReader.MAX_BYTES + 1];
        assertThatThrownBy(() -> read(huge)).hasMessageStartingWith("Plik jest za duży");
    }

    @Test
    void refusesAFileWithoutClasses() {
        String empty = "<?xml version=\"1.0\"?><wykaz xmlns=\"http://www.mswia.gov.pl/standardy/ndap\"/>";
        assertThatThrownBy(() -> read(empty.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(WykazAktRefusedException.class).hasMessageContaining("schematowi");
    }

    @Test
    void theDemoJrwaOfAGminaIsAValidCatalogue() throws IOException {
        byte[] demo;
        try (InputStream in = WykazAktImportTest.class.getResourceAsStream("/demo/jrwa-gmina.xml")) {
            demo = in.readAllBytes();
        }
        Jrwa jrwa = read(demo);
        assertThat(jrwa.getClasses()).extracting(c -> c.getSymbol().value()).contains("0", "1", "2", "3", "4", "5", "6", "7");
        assertThat(jrwa.finalClassCount()).isGreaterThan(40);
        assertThat(jrwa.finalClass(JrwaSymbol.of("0012"), FROM).orElseThrow().getTitle()).startsWith("Plany pracy");
    }

    @Test
    void refusesALeafShorterThanAFinalClass() {
        String shortLeaf = """
                <wykaz xmlns="http://www.mswia.gov.pl/standardy/ndap">
                  <akta><symbol>0</symbol><haslo>ZARZĄDZANIE</haslo></akta>
                  <akta><symbol>00</symbol><haslo>Organy gminy</haslo><kategoriaMerytoryczna>A</kategoriaMerytoryczna></akta>
                </wykaz>""";
        assertThatThrownBy(() -> read(shortLeaf.getBytes(StandardCharsets.UTF_8)))
                .hasMessageStartingWith("Wiersz 3: Klasa 00 nie ma podklas");
    }
}
