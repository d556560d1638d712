package pl.ezd.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/**
 * The case file over HTTP: notes, podteczki of the spis spraw, the printed spis spraw and metryka,
 * a document's NES metadata, and another organisation's clerk finding none of it.
 */
class CaseFileIT {

    private static final int YEAR = LocalDate.now(ZoneId.of("Europe/Warsaw")).getYear();

    private static JsonObject open(String user, String body) {
        var reply = Ezd.post(user, "api/v1/cases", body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.object();
    }

    private static JsonObject open(String user, String jrwa, String title, Integer podteczka) {
        return open(user, "{\"jrwaSymbol\":\"" + jrwa + "\",\"title\":" + Ezd.quote(title)
                + (podteczka == null ? "" : ",\"podteczka\":" + podteczka) + "}");
    }

    /** The PDF's text with every run of white space (line breaks of wrapped cells too) as one space. */
    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static int pages(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    @Test
    void aNoteGoesIntoTheFileAndTheMetrykaAndAClosedCaseTakesNoMore() throws Exception {
        var theCase = open("referent", "6101", "Decyzja środowiskowa na usunięcie drzewa – ul. Żeromskiego 7", null);
        String path = "api/v1/cases/" + theCase.getInt("id");

        var written = Ezd.post("referent", path + "/notes", "{\"text\":\"Oględziny w terenie: drzewo obumarłe, zagraża przechodniom.\"}");
        assertThat(written.status()).as(written.body()).isEqualTo(201);
        JsonObject note = written.object();
        assertThat(note.getString("authorName")).isEqualTo("Jan Kowalski");
        assertThat(note.getString("authorPost")).isEqualTo("Podinspektor (GK)");
        assertThat(note.getString("writtenAt")).isNotBlank();

        var empty = Ezd.post("referent", path + "/notes", "{\"text\":\"   \"}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.object().getString("message")).contains("Treść notatki");

        var notes = Ezd.get("kierownik", path + "/notes").json().asJsonArray().getValuesAs(JsonObject.class);
        assertThat(notes).extracting(n -> n.getString("text")).containsExactly("Oględziny w terenie: drzewo obumarłe, zagraża przechodniom.");

        var metryka = Ezd.get("referent", path + "/metryka").json().asJsonArray().getValuesAs(JsonObject.class);
        assertThat(metryka).hasSize(2);
        assertThat(metryka.get(1).getString("action")).startsWith("Notatka służbowa: Oględziny w terenie");
        assertThat(metryka.get(1).getString("documentId")).isEqualTo("notatka " + note.getInt("id"));

        var audit = Ezd.get("kierownik", "api/v1/audit?subjectType=Case&subjectId=" + theCase.getInt("id"));
        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.json().asJsonArray().getValuesAs(JsonObject.class)).extracting(a -> a.getString("action"))
                .containsExactly("CASE_OPENED", "CASE_NOTE_WRITTEN");

        assertThat(Ezd.post("referent", path + "/close", "{}").status()).isEqualTo(200);
        var late = Ezd.post("referent", path + "/notes", "{\"text\":\"Dopisek po zakończeniu\"}");
        assertThat(late.status()).as("a closed case takes no notes").isEqualTo(409);
        assertThat(Ezd.get("referent", path + "/notes").json().asJsonArray()).hasSize(1);
        assertThat(Ezd.post("kancelaria", path + "/notes", "{\"text\":\"x\"}").status()).as("registry may not").isEqualTo(403);
    }

    @Test
    void aPodteczkaHasItsOwnConsecutiveNumbersEvenWhenClerksOpenCasesAtOnce() throws Exception {
        int podteczka = 1 + (int) (System.nanoTime() % 9000);
        var first = open("referent", "7001", "Warunki zabudowy – dz. 12/3 Wołuszewo", podteczka);
        assertThat(first.getString("znak")).isEqualTo("GK.7001." + podteczka + ".1." + YEAR);

        List<Future<String>> opened;
        var pool = Executors.newFixedThreadPool(4);
        try {
            opened = pool.invokeAll(java.util.stream.IntStream.range(0, 8)
                    .mapToObj(i -> (java.util.concurrent.Callable<String>) () ->
                            open(i % 2 == 0 ? "referent" : "referent2", "7001", "Warunki zabudowy – wniosek " + i, podteczka).getString("znak"))
                    .toList());
        } finally {
            pool.shutdown();
        }
        List<String> znaki = new java.util.ArrayList<>();
        for (Future<String> f : opened) {
            znaki.add(f.get());
        }
        assertThat(znaki).doesNotHaveDuplicates()
                .allSatisfy(znak -> assertThat(znak).startsWith("GK.7001." + podteczka + ".").endsWith("." + YEAR));
        assertThat(znaki.stream().map(z -> Integer.parseInt(z.split("\\.")[3])).sorted().toList())
                .as("consecutive, no gap").containsExactly(2, 3, 4, 5, 6, 7, 8, 9);

        var spis = Ezd.get("kierownik", "api/v1/cases/spis-spraw?unit=GK&jrwa=7001&podteczka=" + podteczka + "&year=" + YEAR).object();
        assertThat(spis.getInt("podteczka")).isEqualTo(podteczka);
        assertThat(spis.getJsonArray("rows").getValuesAs(JsonObject.class)).hasSize(9)
                .extracting(row -> row.getString("znak")).first().isEqualTo(first.getString("znak"));
        var ofTheClass = Ezd.get("kierownik", "api/v1/cases/spis-spraw?unit=GK&jrwa=7001&year=" + YEAR).object();
        assertThat(ofTheClass.getJsonArray("rows").getValuesAs(JsonObject.class))
                .as("the class's own spis does not list the podteczka's cases")
                .allSatisfy(row -> assertThat(row.getString("znak").split("\\.")).as(row.getString("znak")).hasSize(4));

        var zero = Ezd.post("referent", "api/v1/cases", "{\"jrwaSymbol\":\"7001\",\"title\":\"x\",\"podteczka\":0}");
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.object().getString("message")).contains("podteczki");
        assertThat(zero.object().getJsonArray("fields").getJsonObject(0).getString("field")).isEqualTo("podteczka");

        // the fields a clerk left out are named, each with its own message
        var empty = Ezd.post("referent", "api/v1/cases", "{\"title\":\" \"}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.object().getJsonArray("fields").getValuesAs(jakarta.json.JsonObject.class))
                .extracting(f -> f.getString("field")).containsExactly("jrwaSymbol", "title");
        var notFinal = Ezd.post("referent", "api/v1/cases", "{\"jrwaSymbol\":\"7\",\"title\":\"Sprawa\"}");
        assertThat(notFinal.status()).isEqualTo(400);
        assertThat(notFinal.object().getJsonArray("fields").getJsonObject(0).getString("field")).isEqualTo("jrwaSymbol");
    }

    @Test
    void theSpisSprawPrintsAsAMultiPagePdfWithEveryRowAndPolishLetters() throws Exception {
        var letter = Ezd.post("kancelaria", "api/v1/incoming-items", Ezd.letter("Wniosek o dofinansowanie usunięcia azbestu", "Łucja Żółkiewska"));
        assertThat(letter.status()).isEqualTo(201);
        var withLetter = open("referent", "6001", "Usuwanie azbestu – ul. Kościuszki 15, Ciechocinek", null);
        assertThat(Ezd.post("referent", "api/v1/cases/" + withLetter.getInt("id") + "/items",
                "{\"itemId\":" + letter.object().getInt("id") + "}").status()).isEqualTo(200);
        for (int i = 1; i <= 25; i++) {
            open("referent", "6001", "Usuwanie azbestu – posesja nr " + i + ", zgłoszenie właściciela z prośbą o dofinansowanie", null);
        }
        var json = Ezd.get("archiwista", "api/v1/cases/spis-spraw?unit=GK&jrwa=6001&year=" + YEAR);
        assertThat(json.status()).as("an archivist reads the spis spraw, sender columns too: " + json.body()).isEqualTo(200);
        var rows = json.object().getJsonArray("rows").getValuesAs(JsonObject.class);
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.getString("znak")).isEqualTo(withLetter.getString("znak"));
            assertThat(row.getString("sender")).isEqualTo("Łucja Żółkiewska");
        });

        var pdf = Ezd.download("kierownik", "api/v1/cases/spis-spraw?unit=GK&jrwa=6001&year=" + YEAR, "application/pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        String text = pdfText(pdf.body());
        int pages = pages(pdf.body());
        assertThat(pages).isGreaterThan(1);
        assertThat(text).contains("Spis spraw", "Urząd Miejski w Ciechocinku", "Komórka organizacyjna: GK", "6001",
                "Data ostatecznego załatwienia", "Łucja Żółkiewska", withLetter.getString("znak"), "strona " + pages + "/" + pages);
        for (JsonObject row : rows) {
            assertThat(text).contains(row.getString("znak"));
        }
        var byParameter = Ezd.download("kierownik", "api/v1/cases/spis-spraw?unit=GK&jrwa=6001&year=" + YEAR + "&format=pdf");
        assertThat(byParameter.contentType()).startsWith("application/pdf");
        assertThat(Ezd.download("kierownik", "api/v1/cases/spis-spraw?unit=GK&jrwa=6001&year=" + YEAR + "&format=docx").status())
                .isEqualTo(400);
    }

    @Test
    void theMetrykaPrintsWithEveryActionPersonAndDocument() throws Exception {
        var letter = Ezd.post("kancelaria", "api/v1/incoming-items", Ezd.letter("Skarga na hałas z placu budowy", "Zofia Wąsik"));
        String rpw = letter.object().getString("rpwNumber");
        var theCase = open("referent", "0500", "Skarga na hałas – ul. Słowackiego", null);
        String path = "api/v1/cases/" + theCase.getInt("id");
        Ezd.post("referent", path + "/items", "{\"itemId\":" + letter.object().getInt("id") + "}");
        Ezd.post("referent", path + "/notes", "{\"text\":\"Rozmowa z kierownikiem budowy – prace ograniczone do godzin 7–19.\"}");

        var pdf = Ezd.download("archiwista", path + "/metryka?format=pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        String text = pdfText(pdf.body());
        assertThat(text).contains("Metryka sprawy", theCase.getString("znak"), "Skarga na hałas – ul. Słowackiego",
                "Data czynności", "Imię i nazwisko, stanowisko", "Wykonana czynność", "Identyfikator dokumentu",
                "Jan Kowalski", "Podinspektor (GK)", "Wszczęcie sprawy", "Dołączenie przesyłki", rpw, "Notatka służbowa");
        var byAccept = Ezd.download("referent", path + "/metryka", "application/pdf");
        assertThat(byAccept.contentType()).startsWith("application/pdf");
    }

    @Test
    void aDocumentsMetadataExportsAsNesXmlValidAgainstTheSchema() throws Exception {
        byte[] pdf = DocumentsIT.pdf("Wniosek o wydanie zaswiadczenia");
        var added = Ezd.upload("kancelaria", "api/v1/documents?kind=LETTER&title="
                + java.net.URLEncoder.encode("Wniosek o zaświadczenie – Żaneta Ćwik", StandardCharsets.UTF_8), "wniosek.pdf", pdf);
        assertThat(added.status()).isEqualTo(201);
        int id = added.object().getInt("id");

        var nes = Ezd.download("referent", "api/v1/documents/" + id + "/nes", "application/xml");
        assertThat(nes.status()).isEqualTo(200);
        assertThat(nes.contentType()).startsWith("application/xml");
        String xml = new String(nes.body(), StandardCharsets.UTF_8);
        pl.ezd.documents.control.NesSchema.validate(xml); // the bundled nes_20.xsd, no network, no external entities
        var factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setNamespaceAware(true);
        var dom = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        var xpath = XPathFactory.newDefaultInstance().newXPath();
        assertThat(xpath.evaluate("/*[local-name()='dokument']/*[local-name()='tytul']/*[local-name()='oryginalny']", dom))
                .isEqualTo("Wniosek o zaświadczenie – Żaneta Ćwik");
        assertThat(xpath.evaluate("//*[local-name()='identyfikator']/*[local-name()='wartoscId']", dom)).isEqualTo(String.valueOf(id));
        assertThat(xpath.evaluate("//*[local-name()='format']/*[local-name()='typFormatu']", dom)).isEqualTo("application/pdf");
        assertThat(xpath.evaluate("//*[local-name()='format']/*[local-name()='wielkosc']", dom)).isEqualTo(String.valueOf(pdf.length));
        assertThat(xpath.evaluate("//*[local-name()='tworca']//*[local-name()='nazwa']", dom)).isEqualTo("Urząd Miejski w Ciechocinku");

        assertThat(xpath.evaluate("//*[local-name()='grupowanie']/*[local-name()='kodGrupy']", dom)).isEqualTo("bez znaku sprawy");

        assertThat(Ezd.download("referent.nieszawa", "api/v1/documents/" + id + "/nes").status()).isEqualTo(404);
        assertThat(Ezd.download("referent", "api/v1/documents/987654321/nes").status()).isEqualTo(404);

        // once in a case file, the document is grouped under the znak sprawy and is "part of" the case
        var theCase = Ezd.post("referent", "api/v1/cases", "{\"jrwaSymbol\":\"7001\",\"title\":\"Zaświadczenie dla Żanety Ćwik\"}");
        assertThat(theCase.status()).isEqualTo(201);
        String znak = theCase.object().getString("znak");
        assertThat(Ezd.post("referent", "api/v1/cases/" + theCase.object().getInt("id") + "/documents",
                "{\"documentId\":" + id + ",\"role\":\"OTHER\"}").status()).isEqualTo(200);
        String inCase = new String(Ezd.download("referent", "api/v1/documents/" + id + "/nes", "application/xml").body(), StandardCharsets.UTF_8);
        pl.ezd.documents.control.NesSchema.validate(inCase);
        var inCaseDom = factory.newDocumentBuilder().parse(new InputSource(new StringReader(inCase)));
        assertThat(xpath.evaluate("//*[local-name()='grupowanie']/*[local-name()='kodGrupy']", inCaseDom)).isEqualTo(znak);
        assertThat(xpath.evaluate("//*[local-name()='relacja']/*[local-name()='typRelacji']", inCaseDom)).isEqualTo("jest częścią");
        assertThat(xpath.evaluate("//*[local-name()='relacja']//*[local-name()='wartoscId']", inCaseDom)).isEqualTo(znak);
    }

    @Test
    void anotherOrganisationsClerkFindsNoneOfItAndChangesNothing() throws Exception {
        var theCase = open("referent", "6101", "Sprawa urzędu w Ciechocinku", null);
        String path = "api/v1/cases/" + theCase.getInt("id");
        String stranger = "referent.nieszawa";

        assertThat(Ezd.get(stranger, path).status()).isEqualTo(404);
        assertThat(Ezd.get(stranger, path + "/notes").status()).isEqualTo(404);
        assertThat(Ezd.get(stranger, path + "/metryka").status()).isEqualTo(404);
        assertThat(Ezd.download(stranger, path + "/metryka?format=pdf").status()).isEqualTo(404);
        var note = Ezd.post(stranger, path + "/notes", "{\"text\":\"Cudza notatka\"}");
        assertThat(note.status()).isEqualTo(404);
        assertThat(note.object().getString("message")).doesNotContain("Sprawa urzędu w Ciechocinku");
        assertThat(Ezd.post(stranger, path + "/close", "{}").status()).isEqualTo(404);

        var spis = Ezd.get(stranger, "api/v1/cases/spis-spraw?unit=GK&jrwa=6101&year=" + YEAR);
        assertThat(spis.status()).isEqualTo(200);
        assertThat(spis.object().getJsonArray("rows")).as("their own spis spraw, empty").isEmpty();
        assertThat(pdfText(Ezd.download(stranger, "api/v1/cases/spis-spraw?unit=GK&jrwa=6101&year=" + YEAR + "&format=pdf").body()))
                .contains("Urząd Miasta Nieszawa").doesNotContain(theCase.getString("znak"));

        assertThat(Ezd.get("referent", path + "/notes").json().asJsonArray()).isEmpty();
        assertThat(Ezd.get("referent", path + "/metryka").json().asJsonArray()).hasSize(1);
        assertThat(Ezd.get("referent", path).object().getString("status")).isEqualTo("OPEN");
    }
}
