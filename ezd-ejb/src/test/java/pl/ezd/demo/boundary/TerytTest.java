package pl.ezd.demo.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TerytTest {

    private final Teryt teryt = new Teryt();

    @Test
    void findsUnitsOfTheRegionByTercCode() {
        assertThat(teryt.unit("0401021")).isEqualTo(new Teryt.TercUnit("0401021", "Ciechocinek", "gmina miejska"));
        assertThat(teryt.unit("04").kind()).isEqualTo("województwo");
    }

    @Test
    void anUnknownCodeIsAnError() {
        assertThatThrownBy(() -> teryt.unit("9999999")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("9999999");
    }
}
