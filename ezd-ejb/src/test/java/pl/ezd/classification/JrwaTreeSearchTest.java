package pl.ezd.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import pl.ezd.classification.boundary.JrwaTree;
import pl.ezd.classification.boundary.JrwaTree.Node;

/** Searching the JRWA tree: by the start of a symbol or words of a title, the matching branches kept. */
class JrwaTreeSearchTest {

    private static Node node(String symbol, String title, Node... subclasses) {
        return new Node(symbol.hashCode(), symbol, title, subclasses.length == 0, subclasses.length == 0 ? "B10" : null, null,
                null, null, List.of(subclasses));
    }

    private static final JrwaTree PLAN = new JrwaTree(null, List.of(
            node("6", "Gospodarka mieniem, ochrona środowiska",
                    node("61", "Ochrona środowiska",
                            node("610", "Ochrona przyrody i zieleni",
                                    node("6100", "Zezwolenia na usunięcie drzew i krzewów")))),
            node("7", "Gospodarka przestrzenna, budownictwo",
                    node("72", "Drogi gminne",
                            node("720", "Zarządzanie drogami gminnymi",
                                    node("7200", "Utrzymanie i remonty dróg gminnych"),
                                    node("7201", "Zajęcie pasa drogowego")))),
            node("73", "Inwestycje gminne")));

    private static List<String> symbols(JrwaTree tree) {
        List<String> all = new ArrayList<>();
        collect(tree.classes(), all);
        return all;
    }

    private static void collect(List<Node> nodes, List<String> into) {
        for (Node node : nodes) {
            into.add(node.symbol());
            collect(node.subclasses(), into);
        }
    }

    @Test
    void aBlankSearchKeepsTheWholePlan() {
        assertThat(PLAN.matching(null)).isSameAs(PLAN);
        assertThat(PLAN.matching("   ")).isSameAs(PLAN);
        assertThat(PLAN.size()).isEqualTo(10);
    }

    @Test
    void wordsOfTheTitleFindTheClassUnderItsParentsWhateverTheCaseAndDiacritics() {
        assertThat(symbols(PLAN.matching("PASA drogowego"))).containsExactly("7", "72", "720", "7201");
        assertThat(symbols(PLAN.matching("usuniecie drzew"))).as("typed without Polish letters")
                .containsExactly("6", "61", "610", "6100");
        assertThat(symbols(PLAN.matching("remonty drog"))).as("dróg and drog are the same word here")
                .containsExactly("7", "72", "720", "7200");
    }

    @Test
    void aMatchingSectionKeepsAllItsSubclasses() {
        assertThat(symbols(PLAN.matching("drogi gminne"))).containsExactly("7", "72", "720", "7200", "7201");
    }

    @Test
    void aNumberIsTheStartOfTheSymbol() {
        assertThat(symbols(PLAN.matching("7201"))).containsExactly("7", "72", "720", "7201");
        assertThat(symbols(PLAN.matching("73"))).containsExactly("73");
        assertThat(symbols(PLAN.matching("720 remonty"))).as("every word must match").containsExactly("7", "72", "720", "7200");
    }

    @Test
    void nothingMatchingLeavesAnEmptyTree() {
        assertThat(PLAN.matching("cmentarze").classes()).isEmpty();
        assertThat(PLAN.matching("9").size()).isZero();
    }
}
