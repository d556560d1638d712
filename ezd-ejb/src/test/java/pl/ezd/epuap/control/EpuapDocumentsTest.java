package pl.ezd.epuap.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import pl.ezd.epuap.control.EpuapDocumentException.Reason;
import pl.ezd.epuap.control.EpuapLetter.Attachment;
import pl.ezd.epuap.control.EpuapLetter.Party;
import pl.ezd.epuap.control.EpuapLetter.PartyKind;

class EpuapDocumentsTest {

    static byte[] resource(String name) throws IOException {
        try (InputStream in = EpuapDocumentsTest.class.getResourceAsStream("/epuap/" + name)) {
            return in.readAllBytes();
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A minimal pismo ogólne with the given content of TrescDokumentu. */
    static String pismo(String tresc) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <wnio:Dokument xmlns:wnio="http://crd.gov.pl/wzor/2013/12/12/1410/"
                    xmlns:str="http://crd.gov.pl/xml/schematy/struktura/2009/11/16/">
                  <wnio:TrescDokumentu>%s</wnio:TrescDokumentu>
                </wnio:Dokument>
                """.formatted(tresc);
    }

    private static EpuapDocumentException refusal(byte[] xml) {
        return refusal(xml, EpuapLimits.DEFAULT);
    }

    private static EpuapDocumentException refusal(byte[] xml, EpuapLimits limits) {
        try {
            EpuapLetter letter = EpuapDocuments.read(xml, limits);
            throw new AssertionError("accepted: " + letter);
        } catch (EpuapDocumentException e) {
            return e;
        }
    }

    @Test
    void readsEverythingTheRegistryNeedsFromAPismoOgolne() throws Exception {
        EpuapLetter letter = EpuapDocuments.read(resource("pismo-ogolne.xml"));

        assertThat(letter.isPismoOgolne()).isTrue();
        assertThat(letter.rootElement()).isEqualTo("Dokument");
        assertThat(letter.documentName()).isEqualTo("Pismo ogólne do podmiotu publicznego");
        assertThat(letter.stylesheetHref()).isEqualTo("http://crd.gov.pl/wzor/2013/12/12/1410/styl.xsl");
        assertThat(letter.date()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(letter.title()).isEqualTo("Wniosek o wycinkę drzewa – ul. Źródlana 5");
        assertThat(letter.kind()).isEqualTo("wniosek");
        assertThat(letter.place()).isEqualTo("Ciechocinek");
        assertThat(letter.paragraphs()).containsExactly(
                "Zwracam się z prośbą o wydanie zezwolenia na usunięcie lipy drobnolistnej rosnącej przy ogrodzeniu posesji.",
                "Drzewo zagraża bezpieczeństwu przechodniów; w załączeniu zdjęcie i mapka.");
        assertThat(letter.signed()).isFalse();
        assertThat(letter.otherContent()).isEmpty();

        Party sender = letter.firstSender().orElseThrow();
        assertThat(sender.kind()).isEqualTo(PartyKind.PERSON);
        assertThat(sender.displayName()).isEqualTo("Grzegorz Brzęczyszczykiewicz");
        assertThat(sender.pesel()).isEqualTo("44051401359");
        assertThat(sender.email()).isEqualTo("g.brzeczyszczykiewicz@example.pl");
        assertThat(sender.address().oneLine()).isEqualTo("ul. Źródlana 5/3, 87-720 Ciechocinek");

        assertThat(letter.addressees()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(PartyKind.INSTITUTION);
            assertThat(a.institutionName()).isEqualTo("Urząd Miejski w Ciechocinku");
            assertThat(a.address().postcode()).isEqualTo("87-720");
        });

        assertThat(letter.attachments()).hasSize(2);
        Attachment map = letter.attachments().get(0);
        assertThat(map.isInline()).isTrue();
        assertThat(map.fileName()).isEqualTo("mapka.pdf");
        assertThat(map.mimeType()).isEqualTo("application/pdf");
        assertThat(map.description()).isEqualTo("Mapka z zaznaczonym drzewem");
        assertThat(new String(map.content(), StandardCharsets.UTF_8)).startsWith("%PDF-1.4").contains("Zażółć gęślą jaźń");
        Attachment photo = letter.attachments().get(1);
        assertThat(photo.isInline()).isFalse();
        assertThat(photo.fileName()).isEqualTo("zdjęcie lipy.jpg");
        assertThat(photo.uri()).isEqualTo(URI.create("https://epuap.gov.pl/file-repo-web/pobierz/4f1c2a"));
        assertThat(photo.size()).isEqualTo(-1);
    }

    @Test
    void readsAFormOfAnotherTemplateGenerically() throws Exception {
        EpuapLetter letter = EpuapDocuments.read(resource("wniosek-innego-wzoru.xml"));

        assertThat(letter.isPismoOgolne()).isFalse();
        assertThat(letter.templateNamespace()).isEqualTo("http://crd.gov.pl/wzor/2020/05/06/9378/");
        assertThat(letter.title()).as("no Tytul: the header's document name")
                .isEqualTo("Wniosek o wydanie zaświadczenia o przeznaczeniu działki w planie miejscowym");
        assertThat(letter.date()).as("from the description when the data has none").isEqualTo(LocalDate.of(2026, 10, 2));
        Party firm = letter.firstSender().orElseThrow();
        assertThat(firm.kind()).isEqualTo(PartyKind.INSTITUTION);
        assertThat(firm.displayName()).isEqualTo("Przedsiębiorstwo Budowlane „Wisła” sp. z o.o., Dział Inwestycji");
        assertThat(firm.regon()).isEqualTo("340123456");
        assertThat(firm.nip()).isEqualTo("8911234567");
        assertThat(firm.address().town()).isEqualTo("Toruń");
        assertThat(letter.otherContent()).extracting(EpuapLetter.Field::path, EpuapLetter.Field::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Dzialka/NumerDzialki", "123/4"),
                org.assertj.core.groups.Tuple.tuple("Dzialka/Obreb", "Ciechocinek 0001"),
                org.assertj.core.groups.Tuple.tuple("CelWydania", "sprzedaż nieruchomości"));
        assertThat(letter.otherContent().get(0).label()).isEqualTo("Numer dzialki");
    }

    @Test
    void anotherKindOfLetterIsTheKindTheSenderWroteIn() throws Exception {
        EpuapLetter letter = EpuapDocuments.read(utf8(pismo(
                "<wnio:Tytul>Uwagi</wnio:Tytul><wnio:RodzajWnioskuRozszerzony rodzaj=\"inne pismo\" jakiInny=\"petycja\"/>")));

        assertThat(letter.kind()).isEqualTo("petycja");
    }

    @Test
    void seesAnEnvelopedSignature() throws Exception {
        String signed = pismo("<wnio:Tytul>Podpisane</wnio:Tytul>").replace("</wnio:Dokument>",
                "<ds:Signature xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\" Id=\"s1\"><ds:SignedInfo/></ds:Signature></wnio:Dokument>");

        assertThat(EpuapDocuments.read(utf8(signed)).signed()).isTrue();
        assertThat(EpuapDocuments.read(utf8(pismo("<wnio:Tytul>Bez podpisu</wnio:Tytul>"))).signed()).isFalse();
    }

    @Test
    void readsOtherEncodingsAsDeclared() throws Exception {
        byte[] latin2 = pismo("<wnio:Tytul>Zażółć gęślą jaźń</wnio:Tytul>").replace("UTF-8", "ISO-8859-2")
                .getBytes(java.nio.charset.Charset.forName("ISO-8859-2"));

        assertThat(EpuapDocuments.read(latin2).title()).isEqualTo("Zażółć gęślą jaźń");
    }

    @Test
    void readsADocumentStartingWithAByteOrderMark() throws Exception {
        byte[] xml = utf8(pismo("<wnio:Tytul>Z BOM</wnio:Tytul>"));
        byte[] withBom = new byte[xml.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(xml, 0, withBom, 3, xml.length);

        assertThat(EpuapDocuments.read(withBom).title()).isEqualTo("Z BOM");
    }

    @Test
    void readsFromManyThreadsAtOnce() throws Exception {
        byte[] xml = resource("pismo-ogolne.xml");
        EpuapLetter expected = EpuapDocuments.read(xml);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var results = new java.util.ArrayList<java.util.concurrent.Future<EpuapLetter>>();
            for (int i = 0; i < 200; i++) {
                results.add(pool.submit(() -> EpuapDocuments.read(xml)));
            }
            for (var r : results) {
                assertThat(r.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void refusesAnExternalEntityWithoutReadingTheFile() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE wnio:Dokument [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                """ + pismo("<wnio:Tytul>&xxe;</wnio:Tytul>").substring(pismo("").indexOf('\n') + 1);

        EpuapDocumentException e = refusal(utf8(xxe));

        assertThat(e.reason()).isEqualTo(Reason.DTD_FORBIDDEN);
        assertThat(e.getMessage()).isEqualTo(
                "Dokument zawiera deklarację DTD, której EZD nie przyjmuje ze względów bezpieczeństwa.");
        assertThat(e.getMessage()).doesNotContain("root:");
    }

    @Test
    void neverFetchesAnExternalDtd() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = utf8("<!ENTITY secret 'leaked'>");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/evil.dtd";
            String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE x SYSTEM \"" + url + "\">\n"
                    + pismo("<wnio:Tytul>&secret;</wnio:Tytul>").substring(pismo("").indexOf('\n') + 1);

            assertThat(refusal(utf8(xml)).reason()).isEqualTo(Reason.DTD_FORBIDDEN);
            assertThat(requests).hasValue(0);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void refusesEntityExpansionAtOnce() {
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        laughs.append("]>\n<lolz>&lol9;</lolz>");

        EpuapDocumentException e = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> refusal(utf8(laughs.toString())));

        assertThat(e.reason()).isEqualTo(Reason.DTD_FORBIDDEN);
    }

    @Test
    void refusesAnUndeclaredEntityAsMalformed() {
        EpuapDocumentException e = refusal(utf8(pismo("<wnio:Tytul>&nieznana;</wnio:Tytul>")));

        assertThat(e.reason()).isEqualTo(Reason.MALFORMED);
        assertThat(e.getMessage()).startsWith("Dokument nie jest poprawnym plikiem XML (błąd w wierszu 4");
    }

    @Test
    void refusesDeepNestingWithoutRunningOutOfStack() {
        String deep = pismo("<wnio:Tytul>Głęboki</wnio:Tytul>" + "<a>".repeat(100_000) + "</a>".repeat(100_000));

        EpuapDocumentException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> refusal(utf8(deep)));

        assertThat(e.reason()).isEqualTo(Reason.TOO_DEEP);
        assertThat(e.getMessage()).contains("głębiej niż 64 poziomów");
    }

    @Test
    void refusesTooManyElements() {
        String wide = pismo("<wnio:Tytul>Szeroki</wnio:Tytul>" + "<a/>".repeat(2_000));

        EpuapDocumentException e = refusal(utf8(wide), EpuapLimits.DEFAULT.withMaxElements(1_000));

        assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_ELEMENTS);
        assertThat(e.getMessage()).isEqualTo("Dokument ma więcej niż 1000 elementów XML; tak rozbudowanego dokumentu EZD nie przyjmuje.");
    }

    @Test
    void refusesADocumentOverTheSizeLimitBeforeParsingIt() {
        byte[] big = new byte[2 * 1024 * 1024 + 1];

        EpuapDocumentException e = refusal(big, EpuapLimits.DEFAULT.withMaxDocumentBytes(2 * 1024 * 1024));

        assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(e.getMessage()).isEqualTo("Dokument ma 2,0 MB, a EZD przyjmuje dokumenty ePUAP do 2 MB.");
    }

    @Test
    void refusesAnAttachmentOverTheLimitWhileReadingIt() {
        String data = java.util.Base64.getEncoder().encodeToString(new byte[300_000]);
        String xml = pismo("<wnio:Tytul>Duży załącznik</wnio:Tytul><str:Zalaczniki><str:Zalacznik kodowanie=\"base64\" "
                + "nazwaPliku=\"duzy.bin\"><str:DaneZalacznika>" + data + "</str:DaneZalacznika></str:Zalacznik></str:Zalaczniki>");

        EpuapDocumentException e = refusal(utf8(xml), EpuapLimits.DEFAULT.withMaxAttachmentBytes(100_000));

        assertThat(e.reason()).isEqualTo(Reason.ATTACHMENT_TOO_LARGE);
        assertThat(e.getMessage()).startsWith("Załącznik dokumentu jest większy niż 0,1 MB");
    }

    @Test
    void refusesAnAttachmentJustOverTheLimitAfterDecoding() {
        String data = java.util.Base64.getEncoder().encodeToString(new byte[100_001]);
        String xml = pismo("<wnio:Tytul>Załącznik</wnio:Tytul><str:Zalaczniki><str:Zalacznik kodowanie=\"base64\" "
                + "nazwaPliku=\"a.bin\"><str:DaneZalacznika>" + data + "</str:DaneZalacznika></str:Zalacznik></str:Zalaczniki>");

        EpuapDocumentException e = refusal(utf8(xml), EpuapLimits.DEFAULT.withMaxAttachmentBytes(100_000));

        assertThat(e.reason()).isEqualTo(Reason.ATTACHMENT_TOO_LARGE);
        assertThat(e.getMessage()).startsWith("Załącznik „a.bin” jest większy niż");
    }

    @Test
    void refusesAnAttachmentThatIsNotBase64() {
        String xml = pismo("<wnio:Tytul>Zły załącznik</wnio:Tytul><str:Zalaczniki><str:Zalacznik kodowanie=\"base64\" "
                + "nazwaPliku=\"a.pdf\"><str:DaneZalacznika>to nie jest base64!</str:DaneZalacznika></str:Zalacznik></str:Zalaczniki>");

        EpuapDocumentException e = refusal(utf8(xml));

        assertThat(e.reason()).isEqualTo(Reason.BAD_ATTACHMENT);
        assertThat(e.getMessage()).isEqualTo("Załącznika „a.pdf” nie da się odkodować: dane nie są poprawnym zapisem base64.");
    }

    @Test
    void refusesAnAttachmentPointingAtALocalFile() {
        String xml = pismo("<wnio:Tytul>Załącznik</wnio:Tytul><str:Zalaczniki><str:Zalacznik kodowanie=\"URI\" "
                + "nazwaPliku=\"hasla.txt\"><str:DaneZalacznika>file:///etc/passwd</str:DaneZalacznika></str:Zalacznik></str:Zalaczniki>");

        EpuapDocumentException e = refusal(utf8(xml));

        assertThat(e.reason()).isEqualTo(Reason.BAD_ATTACHMENT);
        assertThat(e.getMessage()).contains("file:///etc/passwd").contains("tylko adresy http i https");
    }

    @Test
    void keepsOnlyTheFileNameOfAnAttachment() throws Exception {
        String xml = pismo("<wnio:Tytul>Załącznik</wnio:Tytul><str:Zalaczniki><str:Zalacznik kodowanie=\"base64\" "
                + "nazwaPliku=\"../../etc/cron.d/x\"><str:DaneZalacznika>YQ==</str:DaneZalacznika></str:Zalacznik>"
                + "<str:Zalacznik kodowanie=\"base64\"><str:DaneZalacznika>Yg==</str:DaneZalacznika></str:Zalacznik></str:Zalaczniki>");

        EpuapLetter letter = EpuapDocuments.read(utf8(xml));

        assertThat(letter.attachments()).extracting(Attachment::fileName).containsExactly("x", "zalacznik-2");
    }

    @Test
    void refusesTooManyAttachments() {
        String one = "<str:Zalacznik kodowanie=\"base64\" nazwaPliku=\"a.txt\"><str:DaneZalacznika>YQ==</str:DaneZalacznika></str:Zalacznik>";
        String xml = pismo("<wnio:Tytul>Dużo</wnio:Tytul><str:Zalaczniki>" + one.repeat(101) + "</str:Zalaczniki>");

        EpuapDocumentException e = refusal(utf8(xml));

        assertThat(e.reason()).isEqualTo(Reason.ATTACHMENT_TOO_LARGE);
        assertThat(e.getMessage()).isEqualTo("Dokument ma 101 załączników, a EZD przyjmuje najwyżej 100 w jednym dokumencie.");
    }

    @Test
    void refusesMalformedXmlWithItsPlace() {
        EpuapDocumentException e = refusal(utf8(pismo("<wnio:Tytul>Niezamknięty</wnio:Tytu>")));

        assertThat(e.reason()).isEqualTo(Reason.MALFORMED);
        assertThat(e.getMessage()).startsWith("Dokument nie jest poprawnym plikiem XML (błąd w wierszu 4, kolumnie");
    }

    @Test
    void refusesAFileThatIsNotXmlAtAll() {
        EpuapDocumentException e = refusal(utf8("%PDF-1.7\n1 0 obj\n"));

        assertThat(e.reason()).isEqualTo(Reason.MALFORMED);
    }

    @Test
    void refusesAnEmptyDocument() {
        assertThat(refusal(new byte[0]).reason()).isEqualTo(Reason.EMPTY);
        assertThatThrownBy(() -> EpuapDocuments.read(null)).isInstanceOf(EpuapDocumentException.class)
                .hasMessage("Dokument jest pusty (nie zawiera żadnych danych).");
    }

    @Test
    void refusesXmlThatIsNotAnEpuapDocument() {
        EpuapDocumentException e = refusal(utf8("<?xml version=\"1.0\"?><faktura><numer>1</numer></faktura>"));

        assertThat(e.reason()).isEqualTo(Reason.NOT_EPUAP_DOCUMENT);
        assertThat(e.getMessage()).startsWith("Plik nie jest dokumentem ePUAP: jego główny element to „faktura” bez przestrzeni nazw");
    }

    @Test
    void refusesAReceiptInPlaceOfALetter() {
        String upp = "<pos:Dokument xmlns:pos=\"http://crd.gov.pl/xml/schematy/UPO/2008/05/09/\"><pos:UPP/></pos:Dokument>";

        EpuapDocumentException e = refusal(utf8(upp));

        assertThat(e.reason()).isEqualTo(Reason.NOT_EPUAP_DOCUMENT);
        assertThat(e.getMessage()).startsWith("To jest urzędowe poświadczenie ePUAP (UPP/UPD)");
    }

    @Test
    void refusesALetterWithoutTitle() {
        EpuapDocumentException e = refusal(utf8(pismo("<wnio:MiejscowoscDokumentu>Toruń</wnio:MiejscowoscDokumentu>")));

        assertThat(e.reason()).isEqualTo(Reason.NO_TITLE);
        assertThat(e.getMessage()).isEqualTo("Dokument nie ma tytułu (ani tytułu w treści, ani nazwy dokumentu w nagłówku), "
                + "a tytuł jest obowiązkowy w rejestrze przesyłek wpływających.");
    }
}
