package pl.ezd.cases.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ZnakSprawyTest {

    @Test
    void formatsAsUnitJrwaNumberYear() {
        assertThat(new ZnakSprawy("OR", "0012", 5, null, 2026)).hasToString("OR.0012.5.2026");
    }

    @Test
    void parsesWhatItFormatsIncludingSubSeriesAndSubUnits() {
        var main = ZnakSprawy.parse("OR.0012.5.2026");
        assertThat(main.unitSymbol()).isEqualTo("OR");
        assertThat(main.jrwaSymbol()).isEqualTo("0012");
        assertThat(main.number()).isEqualTo(5);
        assertThat(main.podteczka()).isNull();
        assertThat(main.year()).isEqualTo(2026);

        var sub = ZnakSprawy.parse("OR-II.0012.5.2.2026");
        assertThat(sub.unitSymbol()).isEqualTo("OR-II");
        assertThat(sub.podteczka()).as("the podteczka follows the JRWA symbol").isEqualTo(5);
        assertThat(sub.number()).as("the case number within the podteczka").isEqualTo(2);
        assertThat(sub.year()).isEqualTo(2026);
        assertThat(sub).hasToString("OR-II.0012.5.2.2026");
    }

    @Test
    void aPodteczkaCaseFormatsWithThePodteczkaBeforeItsNumber() {
        var inPodteczka = new ZnakSprawy("GK", "6730", 14, 3, 2025);
        assertThat(inPodteczka).hasToString("GK.6730.3.14.2025").isEqualTo(ZnakSprawy.parse("GK.6730.3.14.2025"));
        assertThat(inPodteczka).as("case 14 of podteczka 3 is not case 3 of podteczka 14")
                .isNotEqualTo(new ZnakSprawy("GK", "6730", 3, 14, 2025));
        assertThat(new ZnakSprawy("GK", "6730", 14, null, 2025)).isNotEqualTo(inPodteczka);
    }

    @Test
    void eachPodteczkaIsItsOwnSeriesOfTheSpisSpraw() {
        assertThat(ZnakSprawy.series("GK", "6730", null)).isEqualTo("GK/6730");
        assertThat(ZnakSprawy.series("GK", "6730", 2)).isEqualTo("GK/6730/2");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 10000})
    void refusesAPodteczkaOutsideItsRange(int podteczka) {
        assertThatThrownBy(() -> new ZnakSprawy("GK", "6730", 1, podteczka, 2026))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("podteczki");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "OR.0012.2026", "or.0012.5.2026", "OR.00123.5.2026", "OR.0012.0.2026", "OR.0012.5.26",
            "OR/0012/5/2026", "RPW/5/2026",
            "OR.0012.0.5.2026", "OR.0012.5.0.2026", "OR.0012.10000.1.2026", "OR.0012.1.2.3.2026"})
    void refusesWhatIsNotAZnakSprawy(String text) {
        assertThatThrownBy(() -> ZnakSprawy.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
