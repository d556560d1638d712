package pl.ezd.classification.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import pl.ezd.classification.entity.KategoriaArchiwalna.Kind;

class KategoriaArchiwalnaTest {

    @ParameterizedTest
    @CsvSource({"A, A", "B5, B5", "b10, B10", "BE50, BE50", "be5, BE5", "Bc, Bc", "BC, Bc", "bc, Bc", "' B2 ', B2",
            "B05, B5"})
    void parsesAnyLetterCaseAndFormatsTheCanonicalForm(String text, String canonical) {
        assertThat(KategoriaArchiwalna.parse(text)).hasToString(canonical);
        assertThat(KategoriaArchiwalna.parse(canonical)).isEqualTo(KategoriaArchiwalna.parse(text));
    }

    @Test
    void knowsTheFateOfTheRecords() {
        var a = KategoriaArchiwalna.parse("A");
        assertThat(a.kind()).isEqualTo(Kind.A);
        assertThat(a.isArchival()).isTrue();
        assertThat(a.retentionYears()).isEmpty();

        var b = KategoriaArchiwalna.parse("B10");
        assertThat(b.kind()).isEqualTo(Kind.B);
        assertThat(b.isArchival()).isFalse();
        assertThat(b.retentionYears()).hasValue(10);

        var be = KategoriaArchiwalna.parse("BE5");
        assertThat(be.kind()).isEqualTo(Kind.BE);
        assertThat(be.needsExpertReview()).isTrue();
        assertThat(be.retentionYears()).hasValue(5);

        var bc = KategoriaArchiwalna.parse("Bc");
        assertThat(bc.kind()).isEqualTo(Kind.BC);
        assertThat(bc.retentionYears()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"C", "A5", "B", "BE", "B0", "BE0", "B101", "B-5", "Bc5", "B 5", "AB", "B1000000000000",
            "kat. A"})
    void refusesWhatIsNotACategoryWithAPolishReason(String text) {
        assertThatThrownBy(() -> KategoriaArchiwalna.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Niepoprawna kategoria archiwalna");
    }

    @Test
    void anEmptyTextIsNoCategoryWhereOneIsOptionalAndAnErrorWhereItIsRequired() {
        assertThat(KategoriaArchiwalna.parseOptional("  ")).isNull();
        assertThat(KategoriaArchiwalna.parseOptional(null)).isNull();
        assertThatThrownBy(() -> KategoriaArchiwalna.parse("")).hasMessageContaining("Brak kategorii");
    }
}
