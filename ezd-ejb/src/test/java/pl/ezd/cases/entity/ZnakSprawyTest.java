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
        assertThat(main.subNumber()).isNull();
        assertThat(main.year()).isEqualTo(2026);

        var sub = ZnakSprawy.parse("OR-II.0012.5.2.2026");
        assertThat(sub.unitSymbol()).isEqualTo("OR-II");
        assertThat(sub.subNumber()).isEqualTo(2);
        assertThat(sub).hasToString("OR-II.0012.5.2.2026");
    }

    @Test
    void aSubSeriesCaseKeepsItsParentsNumberAndYear() {
        var parent = ZnakSprawy.parse("GK.6220.14.2025");
        assertThat(parent.subCase(3)).hasToString("GK.6220.14.3.2025").isEqualTo(ZnakSprawy.parse("GK.6220.14.3.2025"));
        assertThatThrownBy(() -> parent.subCase(3).subCase(1)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "OR.0012.2026", "or.0012.5.2026", "OR.00123.5.2026", "OR.0012.0.2026", "OR.0012.5.26",
            "OR/0012/5/2026", "RPW/5/2026"})
    void refusesWhatIsNotAZnakSprawy(String text) {
        assertThatThrownBy(() -> ZnakSprawy.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
