package pl.ezd.classification.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JrwaTest {

    private static final LocalDate JAN_2026 = LocalDate.of(2026, 1, 1);

    private static Jrwa jrwa(LocalDate validFrom) {
        return new Jrwa(1L, "JRWA " + validFrom, validFrom, Instant.parse("2025-12-01T10:00:00Z"), "admin", "00");
    }

    private static void add(Jrwa jrwa, String symbol, String home, String other) {
        jrwa.addClass(JrwaSymbol.of(symbol), "Klasa " + symbol, KategoriaArchiwalna.parseOptional(home),
                KategoriaArchiwalna.parseOptional(other));
    }

    private static Jrwa small() {
        var jrwa = jrwa(JAN_2026);
        add(jrwa, "0", null, null);
        add(jrwa, "00", null, null);
        add(jrwa, "001", null, null);
        add(jrwa, "0012", "A", "Bc");
        add(jrwa, "0013", "B10", null);
        return jrwa;
    }

    @Test
    void classesWithoutSubclassesBecomeFinal() {
        var jrwa = small();
        jrwa.markFinalClasses(4);
        assertThat(jrwa.getClasses()).extracting(c -> c.getSymbol() + ":" + c.isFinalClass())
                .containsExactly("0:false", "00:false", "001:false", "0012:true", "0013:true");
        assertThat(jrwa.findClass(JrwaSymbol.of("0012")).orElseThrow().getParent().getSymbol()).hasToString("001");
        assertThat(jrwa.finalClassCount()).isEqualTo(2);
        assertThat(jrwa.finalClass(JrwaSymbol.of("0012"), JAN_2026)).isPresent();
        assertThat(jrwa.finalClass(JrwaSymbol.of("001"), JAN_2026)).as("not a final class").isEmpty();
        assertThat(jrwa.finalClass(JrwaSymbol.of("0012"), JAN_2026.minusDays(1))).as("before it is in force").isEmpty();
    }

    @Test
    void aClassNeedsItsParentFirst() {
        var jrwa = jrwa(JAN_2026);
        add(jrwa, "0", null, null);
        assertThatThrownBy(() -> add(jrwa, "001", null, null))
                .isInstanceOf(JrwaRuleViolation.class)
                .hasMessageContaining("brakuje klasy 00")
                .extracting(e -> ((JrwaRuleViolation) e).symbol()).isEqualTo(JrwaSymbol.of("001"));
    }

    @Test
    void aSymbolAppearsOnce() {
        var jrwa = small();
        assertThatThrownBy(() -> add(jrwa, "0012", "A", null)).hasMessageContaining("więcej niż raz");
    }

    @Test
    void aFinalClassHasItsHomeCategoryAndFourDigits() {
        var noCategory = small();
        add(noCategory, "0014", null, "Bc");
        assertThatThrownBy(() -> noCategory.markFinalClasses(4)).hasMessageContaining("0014")
                .hasMessageContaining("komórce macierzystej");

        var shortLeaf = small();
        add(shortLeaf, "01", null, null);
        assertThatThrownBy(() -> shortLeaf.markFinalClasses(4)).hasMessageContaining("Klasa 01 nie ma podklas");
        var lenient = small();
        add(lenient, "01", "B5", null);
        lenient.markFinalClasses(1);
        assertThat(lenient.finalClass(JrwaSymbol.of("01"), JAN_2026)).isPresent();
    }

    @Test
    void aClassWithSubclassesHasNoCategory() {
        var jrwa = jrwa(JAN_2026);
        add(jrwa, "0", null, null);
        add(jrwa, "00", "A", null);
        add(jrwa, "000", null, null);
        add(jrwa, "0000", "A", null);
        assertThatThrownBy(() -> jrwa.markFinalClasses(4)).hasMessageContaining("Klasa 00 ma podklasy");
    }

    @Test
    void theNextVersionEndsThisOneTheDayBeforeItStarts() {
        var current = small();
        current.markFinalClasses(4);
        var next = jrwa(LocalDate.of(2027, 1, 1));
        current.supersedeWith(next);
        assertThat(current.getStatus()).isEqualTo(JrwaStatus.SUPERSEDED);
        assertThat(current.getValidTo()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(current.getClasses()).allSatisfy(c -> assertThat(c.getValidTo()).isEqualTo(LocalDate.of(2026, 12, 31)));
        assertThat(current.finalClass(JrwaSymbol.of("0012"), LocalDate.of(2026, 12, 31))).isPresent();
        assertThat(current.finalClass(JrwaSymbol.of("0012"), LocalDate.of(2027, 1, 1))).isEmpty();
        assertThat(next.getStatus()).isEqualTo(JrwaStatus.CURRENT);
    }

    @Test
    void theNextVersionStartsLater() {
        var current = small();
        assertThatThrownBy(() -> current.supersedeWith(jrwa(JAN_2026))).hasMessageContaining("późniejszej");
        assertThatThrownBy(() -> current.supersedeWith(jrwa(JAN_2026.minusYears(1)))).hasMessageContaining("późniejszej");
        assertThat(current.getStatus()).isEqualTo(JrwaStatus.CURRENT);
    }

    @Test
    void aVersionHasALabelAndAStart() {
        assertThatThrownBy(() -> new Jrwa(1L, " ", JAN_2026, Instant.now(), "admin", "00")).hasMessageContaining("nazwę");
        assertThatThrownBy(() -> new Jrwa(1L, "JRWA", null, Instant.now(), "admin", "00")).hasMessageContaining("datę");
    }
}
