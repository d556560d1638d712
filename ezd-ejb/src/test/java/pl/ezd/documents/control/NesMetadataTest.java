package pl.ezd.documents.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Instant;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import pl.ezd.documents.entity.DocumentKind;

class NesMetadataTest {

    private static final Instant CREATED = Instant.parse("2026-11-25T09:30:15.123Z");

    private static NesMetadata letter(String caseZnak, String mediaType) {
        return new NesMetadata(42, "Wniosek o wycinkę drzew – ul. Źródlana 5", DocumentKind.LETTER, CREATED,
                Instant.parse("2026-11-26T08:00:00Z"), mediaType, "wniosek żółw.pdf", 102_400, "Urząd Miejski w Ciechocinku",
                caseZnak, caseZnak == null ? null : "Zezwolenie na usunięcie drzew");
    }

    private static String at(String xml, String path) throws Exception {
        var factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        var dom = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        return XPathFactory.newDefaultInstance().newXPath().evaluate(path, dom);
    }

    @Test
    void aDocumentInACaseFileIsValidNesGroupedUnderItsZnak() throws Exception {
        String xml = letter("GK.6131.4.2026", "application/pdf").toXml();

        assertThatCode(() -> NesSchema.validate(xml)).doesNotThrowAnyException();
        assertThat(xml).contains("xmlns=\"http://www.mswia.gov.pl/standardy/ndap\"");
        assertThat(at(xml, "//*[local-name()='identyfikator'][1]/*[local-name()='wartoscId']")).isEqualTo("42");
        assertThat(at(xml, "//*[local-name()='tytul']/*[local-name()='oryginalny']")).isEqualTo("Wniosek o wycinkę drzew – ul. Źródlana 5");
        assertThat(at(xml, "//*[local-name()='data'][1]/*[local-name()='czas']")).isEqualTo("2026-11-25T10:30:15+01:00");
        assertThat(at(xml, "//*[local-name()='data'][2]/*[local-name()='typDaty']")).isEqualTo("zmodyfikowany");
        assertThat(at(xml, "//*[local-name()='format']/*[local-name()='typFormatu']")).isEqualTo("application/pdf");
        assertThat(at(xml, "//*[local-name()='format']/*[local-name()='wielkosc']")).isEqualTo("102400");
        assertThat(at(xml, "//*[local-name()='grupowanie']/*[local-name()='kodGrupy']")).isEqualTo("GK.6131.4.2026");
        assertThat(at(xml, "//*[local-name()='relacja']/*[local-name()='typRelacji']")).isEqualTo("jest częścią");
        assertThat(at(xml, "//*[local-name()='relacja']//*[local-name()='wartoscId']")).isEqualTo("GK.6131.4.2026");
        assertThat(at(xml, "//*[local-name()='tworca']//*[local-name()='nazwa']")).isEqualTo("Urząd Miejski w Ciechocinku");
        assertThat(at(xml, "//*[local-name()='typ']/*[local-name()='klasa']")).isEqualTo("tekst");
    }

    @Test
    void aDocumentOutsideAnyCaseIsValidToo() throws Exception {
        String xml = letter(null, "image/tiff").toXml();

        assertThatCode(() -> NesSchema.validate(xml)).doesNotThrowAnyException();
        assertThat(at(xml, "//*[local-name()='grupowanie']/*[local-name()='kodGrupy']")).isEqualTo("bez znaku sprawy");
        assertThat(at(xml, "count(//*[local-name()='relacja'])")).isEqualTo("0");
        assertThat(at(xml, "//*[local-name()='typ']/*[local-name()='klasa']")).isEqualTo("obraz");
    }

    @Test
    void controlCharactersInATitleDoNotBreakTheXml() {
        var note = new NesMetadata(7, "Notatka\u0001 z rozmowy\u000B", DocumentKind.NOTE, CREATED, null, "text/plain", null, 10,
                "Urząd", null, null);
        String xml = note.toXml();
        assertThatCode(() -> NesSchema.validate(xml)).doesNotThrowAnyException();
        assertThat(xml).contains("Notatka z rozmowy").contains("<rodzaj>notatka</rodzaj>");
    }

    @Test
    void theSchemaCatchesWhatNesRequires() {
        String missingTitle = letter(null, "application/pdf").toXml().replaceAll("<tytul>.*?</tytul>", "");
        assertThatThrownBy(() -> NesSchema.validate(missingTitle)).isInstanceOf(SAXException.class).hasMessageContaining("tytul");
        String badAccess = letter(null, "application/pdf").toXml().replace(">niepubliczny<", ">tajny<");
        assertThatThrownBy(() -> NesSchema.validate(badAccess)).isInstanceOf(SAXException.class);
    }

    @Test
    void validationNeverReadsExternalEntities() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE dokument [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <dokument xmlns="http://www.mswia.gov.pl/standardy/ndap"><opis>&secret;</opis></dokument>""";
        assertThatThrownBy(() -> NesSchema.validate(xxe)).isInstanceOf(SAXException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("root:"));
    }
}
