package pl.ezd.classification.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JrwaSymbolTest {

    @Test
    void eachDigitIsALevelAndTheParentDropsTheLast() {
        var symbol = JrwaSymbol.of("0012");
        assertThat(symbol.depth()).isEqualTo(4);
        assertThat(symbol.parent()).contains(JrwaSymbol.of("001"));
        assertThat(JrwaSymbol.of("001").parent()).contains(JrwaSymbol.of("00"));
        assertThat(JrwaSymbol.of("0").parent()).isEmpty();
        assertThat(JrwaSymbol.of("001").isParentOf(symbol)).isTrue();
        assertThat(JrwaSymbol.of("00").isParentOf(symbol)).isFalse();
        assertThat(JrwaSymbol.of(" 7 ")).hasToString("7");
    }

    @Test
    void textOrderIsTheOrderOfThePrintedCatalogue() {
        var symbols = List.of("01", "0012", "1", "0", "00", "010", "001", "0000", "000");
        assertThat(symbols.stream().map(JrwaSymbol::of).sorted().map(JrwaSymbol::value))
                .containsExactly("0", "00", "000", "0000", "001", "0012", "01", "010", "1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "A1", "00.1", "01 2", "00001", "-1", "٠"})
    void refusesAnythingButOneToFourDigits(String text) {
        assertThatThrownBy(() -> JrwaSymbol.of(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
