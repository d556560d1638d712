package pl.ezd.correspondence.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RpwNumberTest {

    @Test
    void isShownAsTheRegisterPrintsIt() {
        assertThat(new RpwNumber(123, 2026)).hasToString("RPW/123/2026");
    }

    @Test
    void parsesWhatItPrints() {
        assertThat(RpwNumber.parse(" RPW/7/2026 ")).isEqualTo(new RpwNumber(7, 2026));
    }

    @Test
    void refusesTextThatIsNotAnRpwNumber() {
        assertThatThrownBy(() -> RpwNumber.parse("OR.0012.5.2026")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("RPW/<number>/<year>");
        assertThatThrownBy(() -> RpwNumber.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void numbersStartAtOneAndYearsArePlausible() {
        assertThatThrownBy(() -> new RpwNumber(0, 2026)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RpwNumber(1, 26)).isInstanceOf(IllegalArgumentException.class);
    }
}
