package pl.ezd.workflow.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What an organisation's uploaded routing table must satisfy before it is deployed. */
class RoutingDecisionsTest {

    private final RoutingDecisions decisions = new RoutingDecisions();

    private static String table(String hitPolicy, String inputExpression, String inputEntry, String output) {
        return """
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="d" name="d" namespace="http://example">
                  <decision id="routing" name="Tabela">
                    <decisionTable id="t" hitPolicy="%s">
                      <input id="i"><inputExpression id="e" typeRef="string"><text>%s</text></inputExpression></input>
                      <output id="o" name="unitSymbol" typeRef="string"/>
                      <rule id="r"><inputEntry id="ri"><text>%s</text></inputEntry><outputEntry id="ro"><text>%s</text></outputEntry></rule>
                    </decisionTable>
                  </decision>
                </definitions>""".formatted(hitPolicy, inputExpression, inputEntry, output);
    }

    private RoutingDecisions.CheckedTable check(String xml) {
        return decisions.check(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theSharedTableShippedWithTheEzdPassesItsOwnChecks() throws IOException {
        try (InputStream shared = getClass().getClassLoader().getResourceAsStream("dmn/routing.dmn")) {
            var checked = decisions.check(shared.readAllBytes());
            assertThat(checked.units()).containsExactly("FN", "USC");
            assertThat(checked.rules()).isEqualTo(3);
        }
    }

    @Test
    void aGoodTableIsAcceptedAndGetsAHistoryTimeToLive() {
        var checked = check(table("FIRST", "title", "contains(lower case(?), \"wycinka\")", "\"GK\""));

        assertThat(checked.units()).containsExactly("GK");
        assertThat(org.camunda.bpm.model.dmn.Dmn.convertToString(checked.model())).contains("historyTimeToLive=\"P365D\"");
    }

    @Test
    void refusesWhatIsNotADmnFile() {
        assertThatThrownBy(() -> check("<definitions>nie DMN")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Plik nie jest poprawnym modelem DMN");
        assertThatThrownBy(() -> decisions.check(new byte[0])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAnotherDecisionIdAndOtherOutputs() {
        assertThatThrownBy(() -> check(table("FIRST", "title", "", "\"GK\"").replace("id=\"routing\"", "id=\"other\"")))
                .hasMessageContaining("routing");
        assertThatThrownBy(() -> check(table("FIRST", "title", "", "\"GK\"").replace("name=\"unitSymbol\"", "name=\"unit\"")))
                .hasMessageContaining("unitSymbol");
    }

    @Test
    void refusesAHitPolicyThatMayYieldSeveralUnits() {
        assertThatThrownBy(() -> check(table("COLLECT", "title", "", "\"GK\""))).hasMessageContaining("COLLECT");
    }

    @Test
    void refusesInputsOutsideTheItemsMetadata() {
        assertThatThrownBy(() -> check(table("FIRST", "pesel", "", "\"GK\""))).hasMessageContaining("pesel");
    }

    @Test
    void refusesAnOutputThatIsNotAUnitSymbolInQuotes() {
        assertThatThrownBy(() -> check(table("FIRST", "title", "", "GK"))).hasMessageContaining("symbol komórki");
    }

    @Test
    void refusesARuleThatCannotBeEvaluated() {
        assertThatThrownBy(() -> check(table("FIRST", "title", "no such function(?)", "\"GK\"")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("obliczyć");
    }

    @Test
    void theTableInForceReadsAsRowsOfConditionsAUnitAndANote() throws IOException {
        try (InputStream shared = getClass().getClassLoader().getResourceAsStream("dmn/routing.dmn")) {
            var rules = RoutingDecisions.describe(new String(shared.readAllBytes(), StandardCharsets.UTF_8), false, 1,
                    java.time.Instant.EPOCH);
            assertThat(rules.inputs()).containsExactly("Rodzaj dokumentu", "Nadawca", "Tytuł", "Sposób doręczenia");
            assertThat(rules.hitPolicy()).isEqualTo("FIRST");
            assertThat(rules.rules()).hasSize(3);
            var first = rules.rules().get(0);
            assertThat(first.number()).isEqualTo(1);
            assertThat(first.unitSymbol()).as("without the quotes of FEEL").isEqualTo("FN");
            assertThat(first.description()).isEqualTo("Faktury i rachunki do referatu finansowego");
            assertThat(first.conditions()).hasSize(4).startsWith("contains(lower case(?), \"faktur\") or contains(lower case(?), \"rachun\")")
                    .endsWith("-", "-", "-");
        }
    }
}
