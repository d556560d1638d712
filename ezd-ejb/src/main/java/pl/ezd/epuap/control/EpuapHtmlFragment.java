package pl.ezd.epuap.control;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The readable rendering of an ePUAP document ({@link EpuapRendering}) made fit to sit inside one of
 * EZD's pages: only the body, cleaned to an allow-list of text and structure elements (no scripts,
 * styles, links, images, forms, event handlers or classes, whatever a template's own stylesheet may
 * have produced), its landmarks turned into plain blocks (the page has its own main, header and
 * footer), its headings moved below the page's own level, and its ids prefixed so they can clash
 * with nothing on the page (references by {@code aria-labelledby} follow).
 */
public final class EpuapHtmlFragment {

    /** Prefix of every id of the fragment. */
    public static final String ID_PREFIX = "epuap-doc-";

    private static final Safelist ALLOWED = new Safelist()
            .addTags("div", "span", "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
                    "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "strong", "b", "em", "i", "u", "small",
                    "sub", "sup", "address", "section", "header", "footer", "main", "article", "blockquote", "pre", "code")
            .addAttributes(":all", "id", "aria-labelledby", "lang")
            .addAttributes("th", "scope", "colspan", "rowspan")
            .addAttributes("td", "colspan", "rowspan")
            .addAttributes("ol", "start");

    private EpuapHtmlFragment() {
    }

    /**
     * The cleaned fragment of a rendered document.
     *
     * @param html        what {@link EpuapRendering#html(byte[])} produced (a whole HTML document)
     * @param topHeading  the level the document's own first-level heading gets (e.g. 3 under the page's h2)
     */
    public static String of(String html, int topHeading) {
        Document dirty = Jsoup.parse(html == null ? "" : html);
        Document clean = new Cleaner(ALLOWED).clean(dirty);
        Element body = clean.body();
        for (Element landmark : body.select("main, header, footer")) {
            landmark.tagName("div");
        }
        int shift = Math.max(0, Math.min(5, topHeading - 1));
        for (Element heading : body.select("h1, h2, h3, h4, h5, h6")) {
            int level = heading.tagName().charAt(1) - '0';
            heading.tagName("h" + Math.min(6, level + shift));
        }
        for (Element withId : body.select("[id]")) {
            withId.attr("id", ID_PREFIX + withId.attr("id"));
        }
        for (Element labelled : body.select("[aria-labelledby]")) {
            labelled.attr("aria-labelledby", Arrays.stream(labelled.attr("aria-labelledby").strip().split("\\s+"))
                    .filter(s -> !s.isEmpty()).map(s -> ID_PREFIX + s).collect(Collectors.joining(" ")));
        }
        clean.outputSettings().prettyPrint(false).charset(java.nio.charset.StandardCharsets.UTF_8)
                .escapeMode(org.jsoup.nodes.Entities.EscapeMode.base);
        return body.html();
    }
}
