package pl.ezd.epuap.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.ezd.epuap.control.EpuapDocumentException.Reason;

class EpuapRenderingTest {

    @TempDir
    Path stylesheets;

    private static String minimalXslt(String body) {
        return """
                <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                    xmlns:wnio="http://crd.gov.pl/wzor/2013/12/12/1410/">
                  <xsl:output method="xml" encoding="UTF-8" omit-xml-declaration="yes"/>
                  <xsl:template match="/">%s</xsl:template>
                </xsl:stylesheet>
                """.formatted(body);
    }

    private void install(String xslt) throws Exception {
        Path file = stylesheets.resolve("crd.gov.pl/wzor/2013/12/12/1410/styl.xsl");
        Files.createDirectories(file.getParent());
        Files.writeString(file, xslt);
    }

    @Test
    void genericRenderingShowsTheLetterAccessiblyWithPolishLetters() throws Exception {
        EpuapRendering.Html html = new EpuapRendering(null).html(EpuapDocumentsTest.resource("pismo-ogolne.xml"));

        assertThat(html.byTemplateStylesheet()).isFalse();
        assertThat(html.refusal()).isEmpty();
        assertThat(html.html())
                .startsWith("<!DOCTYPE html>")
                .contains("<html lang=\"pl\">")
                .contains("<h1>Wniosek o wycinkę drzewa – ul. Źródlana 5</h1>")
                .contains("<h2 id=\"nadawcy\">Nadawca</h2>", "<h2 id=\"adresaci\">Adresat</h2>", "<h2 id=\"zalaczniki\">Załączniki</h2>")
                .contains("Grzegorz Brzęczyszczykiewicz", "ul. Źródlana 5/3", "87-720 Ciechocinek", "PESEL: 44051401359")
                .contains("Urząd Miejski w Ciechocinku")
                .contains("<dd>wniosek</dd>", "<dd>2026-11-24</dd>")
                .contains("<p>Drzewo zagraża bezpieczeństwu przechodniów; w załączeniu zdjęcie i mapka.</p>")
                .contains("mapka.pdf (application/pdf), w treści dokumentu – Mapka z zaznaczonym drzewem")
                .contains("zdjęcie lipy.jpg (image/jpeg), plik w repozytorium ePUAP")
                .contains("Dokument nie zawiera podpisu elektronicznego.")
                .doesNotContain("JVBERi0", "<script");
    }

    @Test
    void genericRenderingShowsTheFieldsOfAnotherTemplate() throws Exception {
        String html = new EpuapRendering(null).html(EpuapDocumentsTest.resource("wniosek-innego-wzoru.xml")).html();

        assertThat(html).contains("<h1>Wniosek o wydanie zaświadczenia o przeznaczeniu działki w planie miejscowym</h1>")
                .contains("<dt>NumerDzialki</dt>", "<dd>123/4</dd>", "<dd>sprzedaż nieruchomości</dd>")
                .contains("Przedsiębiorstwo Budowlane „Wisła” sp. z o.o., Dział Inwestycji", "REGON: 340123456");
    }

    @Test
    void usesTheTemplatesOwnStylesheetWhenInstalled() throws Exception {
        install(minimalXslt("<html><body><h1 class=\"wzor-1410\"><xsl:value-of select=\"//wnio:Tytul\"/></h1></body></html>"));

        EpuapRendering.Html html = new EpuapRendering(stylesheets).html(EpuapDocumentsTest.resource("pismo-ogolne.xml"));

        assertThat(html.byTemplateStylesheet()).isTrue();
        assertThat(html.html()).contains("<h1 class=\"wzor-1410\">Wniosek o wycinkę drzewa – ul. Źródlana 5</h1>");
    }

    @Test
    void aDocumentOfAnotherTemplateGetsTheGenericRenderingBesideInstalledStylesheets() throws Exception {
        install(minimalXslt("<p>1410</p>"));

        EpuapRendering.Html html = new EpuapRendering(stylesheets).html(EpuapDocumentsTest.resource("wniosek-innego-wzoru.xml"));

        assertThat(html.byTemplateStylesheet()).isFalse();
    }

    @Test
    void aStylesheetReadingLocalFilesIsRefusedAndTheGenericRenderingUsed() throws Exception {
        install(minimalXslt("<pre><xsl:copy-of select=\"document('file:///etc/passwd')\"/></pre>"));

        EpuapRendering.Html html = new EpuapRendering(stylesheets).html(EpuapDocumentsTest.resource("pismo-ogolne.xml"));

        assertThat(html.byTemplateStylesheet()).isFalse();
        assertThat(html.refusal()).hasValueSatisfying(r -> assertThat(r).startsWith("Arkusz stylów"));
        assertThat(html.html()).doesNotContain("root:").contains("Grzegorz Brzęczyszczykiewicz");
    }

    @Test
    void aStylesheetIncludingARemoteOneIsRefusedWithoutFetchingIt() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            install(minimalXslt("<p/>").replace("<xsl:output", "<xsl:include href=\"http://127.0.0.1:"
                    + server.getAddress().getPort() + "/evil.xsl\"/><xsl:output"));

            EpuapRendering.Html html = new EpuapRendering(stylesheets).html(EpuapDocumentsTest.resource("pismo-ogolne.xml"));

            assertThat(html.byTemplateStylesheet()).isFalse();
            assertThat(html.refusal()).isPresent();
            assertThat(requests).hasValue(0);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aStylesheetCallingJavaIsRefused() throws Exception {
        Path marker = stylesheets.resolve("pwned");
        install("""
                <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                    xmlns:rt="http://xml.apache.org/xalan/java/java.lang.Runtime"
                    xmlns:ob="http://xml.apache.org/xalan/java/java.lang.Object">
                  <xsl:template match="/">
                    <xsl:variable name="r" select="rt:getRuntime()"/>
                    <p><xsl:value-of select="ob:toString(rt:exec($r, 'touch %s'))"/></p>
                  </xsl:template>
                </xsl:stylesheet>
                """.formatted(marker));

        EpuapRendering.Html html = new EpuapRendering(stylesheets).html(EpuapDocumentsTest.resource("pismo-ogolne.xml"));

        assertThat(html.byTemplateStylesheet()).isFalse();
        assertThat(html.refusal()).isPresent();
        Thread.sleep(200);
        assertThat(marker).doesNotExist();
    }

    @Test
    void aStylesheetWithADtdIsRefused() throws Exception {
        install("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + minimalXslt("<p>&e;</p>"));

        EpuapRendering.Html html = new EpuapRendering(stylesheets).html(EpuapDocumentsTest.resource("pismo-ogolne.xml"));

        assertThat(html.byTemplateStylesheet()).isFalse();
        assertThat(html.refusal()).hasValueSatisfying(r -> assertThat(r).contains("DTD"));
        assertThat(html.html()).doesNotContain("root:");
    }

    @Test
    void aStylesheetHrefCannotLeaveTheDirectory() throws Exception {
        Files.writeString(stylesheets.getParent().resolve("outside.xsl"), minimalXslt("<p>outside</p>"));
        var rendering = new EpuapRendering(stylesheets);

        assertThat(rendering.installedStylesheet("http://crd.gov.pl/../../outside.xsl")).isEmpty();
        assertThat(rendering.installedStylesheet("file:///etc/passwd")).isEmpty();
        assertThat(rendering.installedStylesheet("styl.xsl")).isEmpty();
    }

    @Test
    void hostileDocumentsAreRefusedBeforeRendering() {
        byte[] xxe = ("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<wnio:Dokument xmlns:wnio=\"http://crd.gov.pl/wzor/2013/12/12/1410/\"><wnio:TrescDokumentu>"
                + "<wnio:Tytul>&x;</wnio:Tytul></wnio:TrescDokumentu></wnio:Dokument>").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new EpuapRendering(null).html(xxe)).isInstanceOf(EpuapDocumentException.class)
                .satisfies(e -> assertThat(((EpuapDocumentException) e).reason()).isEqualTo(Reason.DTD_FORBIDDEN));
        assertThatThrownBy(() -> new EpuapRendering(null).pdf(xxe)).isInstanceOf(EpuapDocumentException.class);
    }

    @Test
    void thePdfCopyKeepsPolishLettersAsExtractableTextAndNamesTheOriginal() throws Exception {
        byte[] original = EpuapDocumentsTest.resource("pismo-ogolne.xml");

        byte[] pdf = new EpuapRendering(null).pdf(original);

        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Wniosek o wycinkę drzewa – ul. Źródlana 5")
                    .contains("Grzegorz Brzęczyszczykiewicz", "PESEL 44051401359", "ul. Źródlana 5/3, 87-720 Ciechocinek")
                    .contains("Urząd Miejski w Ciechocinku")
                    .contains("Miejscowość i data: Ciechocinek, 24.11.2026")
                    .contains("Zwracam się z prośbą o wydanie zezwolenia na usunięcie lipy drobnolistnej")
                    .contains("1. mapka.pdf (application/pdf), w treści dokumentu")
                    .contains("2. zdjęcie lipy.jpg (image/jpeg), plik w repozytorium ePUAP")
                    .contains("Dokument nie zawiera podpisu elektronicznego.")
                    .contains(EpuapRendering.sha256(original).substring(0, 16));
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Wniosek o wycinkę drzewa – ul. Źródlana 5");
        }
    }

    @Test
    void rendersUnderAContextClassLoaderThatCannotSeeTheJdkInternals() throws Exception {
        // like an application server's module class loader, which need not see com.sun.org.apache.xalan.internal
        ClassLoader moduleLike = new ClassLoader(ClassLoader.getSystemClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (name.startsWith("com.sun.org.apache.xalan.")) {
                    throw new ClassNotFoundException(name);
                }
                return super.loadClass(name, resolve);
            }
        };
        install(minimalXslt("<p class=\"wzor\"><xsl:value-of select=\"//wnio:Tytul\"/></p>"));
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(moduleLike);
        try {
            EpuapRendering.Html html = new EpuapRendering(stylesheets).html(EpuapDocumentsTest.resource("pismo-ogolne.xml"));

            assertThat(html.refusal()).isEmpty();
            assertThat(html.byTemplateStylesheet()).isTrue();
            assertThat(thread.getContextClassLoader()).isSameAs(moduleLike);
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    @Test
    void aSignedLetterSaysSoWithoutPrintingTheSignature() throws Exception {
        byte[] signed = new EpuapSampleLetters(8).nextSigned(EpuapTestPki.get().signer()).xml();

        String html = new EpuapRendering(null).html(signed).html();

        assertThat(html).contains("Dokument zawiera podpis elektroniczny. Jego ważność podaje raport weryfikacji podpisu.")
                .doesNotContain("SignatureValue", "X509Certificate", "MII");
    }

    @Test
    void aLongLetterFlowsOntoMorePages() throws Exception {
        var letters = new EpuapSampleLetters(1);
        EpuapLetter base = letters.next().letter();
        java.util.List<String> paragraphs = new java.util.ArrayList<>();
        for (int i = 0; i < 120; i++) {
            paragraphs.add("Akapit " + i + ": " + "źdźbło trawy na łące, ".repeat(12));
        }
        EpuapLetter longLetter = new EpuapLetter(base.templateNamespace(), base.rootElement(), base.documentName(),
                base.stylesheetHref(), base.date(), base.addressees(), base.senders(), base.title(), base.kind(), base.place(),
                paragraphs, base.attachments(), base.otherContent(), true);

        byte[] pdf = EpuapRendering.pdf(longLetter, EpuapLetterWriter.write(longLetter));

        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(3);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Akapit 119: źdźbło").contains("strona 1/" + document.getNumberOfPages())
                    .contains("Dokument zawiera podpis elektroniczny");
        }
    }
}
