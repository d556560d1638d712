package pl.ezd.epuap.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import pl.ezd.epuap.control.EpuapLetter.Attachment;
import pl.ezd.epuap.control.EpuapLetter.PartyKind;
import pl.ezd.epuap.control.EpuapSampleLetters.SampleLetter;
import pl.ezd.signature.SignatureKind;
import pl.ezd.signature.VerificationReport;
import pl.ezd.signature.Verdict;

class EpuapSampleLettersTest {

    @Test
    void aGeneratedLetterReadsBackAsTheSameLetter() throws Exception {
        var letters = new EpuapSampleLetters(2026);
        for (int i = 0; i < 60; i++) {
            SampleLetter sample = letters.next();

            EpuapLetter read = EpuapDocuments.read(sample.xml());

            assertThat(read).isEqualTo(sample.letter());
        }
    }

    @Test
    void lettersAreVariedLikeRealMail() throws Exception {
        var letters = new EpuapSampleLetters(7);
        List<EpuapLetter> all = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            all.add(EpuapDocuments.read(letters.next().xml()));
        }

        assertThat(all).extracting(l -> l.firstSender().orElseThrow().kind()).contains(PartyKind.PERSON, PartyKind.INSTITUTION);
        assertThat(all.stream().map(EpuapLetter::title).distinct().count()).isGreaterThanOrEqualTo(10);
        assertThat(all).extracting(EpuapLetter::kind).contains("wniosek", "skarga", "petycja");
        assertThat(all).flatExtracting(EpuapLetter::attachments).extracting(Attachment::isInline).contains(true, false);
        assertThat(all).allSatisfy(l -> {
            assertThat(l.isPismoOgolne()).isTrue();
            assertThat(l.paragraphs()).isNotEmpty();
            assertThat(l.firstSender().orElseThrow().address().town()).isNotBlank();
            assertThat(l.addressees()).extracting(EpuapLetter.Party::displayName).containsExactly("Urząd Miejski w Ciechocinku");
        });
        assertThat(all).extracting(l -> l.firstSender().orElseThrow().displayName())
                .anySatisfy(name -> assertThat(name).containsPattern("[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]"));
    }

    @Test
    void theSameSeedGivesTheSameLetters() {
        var a = new EpuapSampleLetters(42);
        var b = new EpuapSampleLetters(42);
        for (int i = 0; i < 5; i++) {
            SampleLetter one = a.next();
            SampleLetter other = b.next();
            assertThat(one.letter()).isEqualTo(other.letter());
            assertThat(one.xml()).as("byte for byte, PDFs included").isEqualTo(other.xml());
        }
    }

    @Test
    void inlineAttachmentsArePdfsWithPolishText() throws Exception {
        var letters = new EpuapSampleLetters(11);
        Attachment pdf = null;
        while (pdf == null) {
            pdf = letters.next().letter().attachments().stream().filter(Attachment::isInline).findFirst().orElse(null);
        }

        try (var document = Loader.loadPDF(pdf.content())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Załącznik nr 1").contains("Zażółć gęślą jaźń");
        }
        assertThat(pdf.mimeType()).isEqualTo("application/pdf");
    }

    @Test
    void attachmentsByUriComeWithTheFilesTheyPointAt() throws Exception {
        var letters = new EpuapSampleLetters(5, EpuapLetter.Party.institution("Urząd Miasta Nieszawa", null, null, null, null),
                URI.create("http://127.0.0.1:8080/simulated-epuap/files/"));
        SampleLetter sample;
        do {
            sample = letters.next();
        } while (sample.filesByUri().isEmpty());

        Attachment byUri = sample.letter().attachments().stream().filter(a -> !a.isInline()).findFirst().orElseThrow();
        assertThat(byUri.uri().toString()).startsWith("http://127.0.0.1:8080/simulated-epuap/files/dokumentacja-");
        byte[] file = sample.filesByUri().get(byUri.uri());
        assertThat(file).startsWith("%PDF-".getBytes());
        assertThat(byUri.description()).as("ePUAP's hash at attaching time")
                .isEqualTo(java.util.Base64.getEncoder().encodeToString(java.security.MessageDigest.getInstance("SHA-1").digest(file)));
        assertThat(sample.letter().addressees().get(0).displayName()).isEqualTo("Urząd Miasta Nieszawa");
    }

    @Test
    void aSignedLetterReadsBackSignedAndVerifiesInTheSignatureModule() throws Exception {
        EpuapTestPki pki = EpuapTestPki.get();
        var letters = new EpuapSampleLetters(99);

        SampleLetter signed = letters.nextSigned(pki.signer());

        EpuapLetter read = EpuapDocuments.read(signed.xml());
        assertThat(read).isEqualTo(signed.letter());
        assertThat(read.signed()).isTrue();
        assertThat(read.stylesheetHref()).as("the instruction survives signing").isEqualTo(EpuapNamespaces.PISMO_OGOLNE_STYLESHEET);
        VerificationReport report = pki.verifier().verify(signed.xml(), "pismo.xml");
        assertThat(report.verdict()).as(report.reason()).isEqualTo(Verdict.VALID);
        assertThat(report.signatures()).singleElement().satisfies(s -> assertThat(s.kind()).isEqualTo(SignatureKind.TRUSTED_PROFILE));
    }

    @Test
    void aLetterChangedAfterSigningFailsVerification() {
        EpuapTestPki pki = EpuapTestPki.get();
        SampleLetter signed = new EpuapSampleLetters(100).nextSigned(pki.signer());
        String xml = new String(signed.xml(), java.nio.charset.StandardCharsets.UTF_8);
        String title = signed.letter().title();

        byte[] tampered = xml.replace(title, title + " (zmienione)").getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(pki.verifier().verify(tampered, "pismo.xml").verdict()).isEqualTo(Verdict.INVALID);
    }

    @Test
    void generatedIdentifiersHaveValidCheckDigits() {
        var letters = new EpuapSampleLetters(3);
        for (int i = 0; i < 200; i++) {
            assertThat(checksumOk(letters.pesel(i % 2 == 0), new int[] {1, 3, 7, 9, 1, 3, 7, 9, 1, 3}, 10, true)).isTrue();
            assertThat(checksumOk(letters.regon(), new int[] {8, 9, 2, 3, 4, 5, 6, 7}, 11, false)).isTrue();
            assertThat(checksumOk(letters.nip(), new int[] {6, 5, 7, 2, 3, 4, 5, 6, 7}, 11, false)).isTrue();
        }
    }

    private static boolean checksumOk(String number, int[] weights, int modulus, boolean pesel) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (number.charAt(i) - '0') * weights[i];
        }
        int check = pesel ? (10 - sum % 10) % 10 : sum % modulus % 10;
        return number.length() == weights.length + 1 && number.charAt(weights.length) - '0' == check;
    }
}
