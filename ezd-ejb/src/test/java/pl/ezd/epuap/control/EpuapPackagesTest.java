package pl.ezd.epuap.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import pl.ezd.epuap.control.EpuapDocumentException.Reason;
import pl.ezd.epuap.control.EpuapPackage.Document;
import pl.ezd.epuap.control.EpuapPackage.Receipt;
import pl.ezd.epuap.control.EpuapPackage.ReceiptKind;

class EpuapPackagesTest {

    private static final EpuapSampleLetters LETTERS = new EpuapSampleLetters(314);

    private static byte[] zip(Map<String, byte[]> files) throws Exception {
        return zip(files, StandardCharsets.UTF_8);
    }

    private static byte[] zip(Map<String, byte[]> files, Charset names) throws Exception {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out, names)) {
            for (var f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static String dokument(String id, String first, String last, String pesel, String sent, String documentId,
            String fileName, String path) {
        String extra = documentId == null ? "" : Base64.getEncoder().encodeToString(
                ("<DaneDodatkowe><IdentyfikatorDokumentu>" + documentId + "</IdentyfikatorDokumentu></DaneDodatkowe>")
                        .getBytes(StandardCharsets.UTF_8));
        return """
                <Dokument>
                  <DanePodmiotu><Identyfikator>%s</Identyfikator><TypOsoby>%s</TypOsoby><ImieSkrot>%s</ImieSkrot>
                    <NazwiskoNazwa>%s</NazwiskoNazwa><Nip></Nip><Pesel>%s</Pesel><Regon></Regon><Zgoda>true</Zgoda></DanePodmiotu>
                  <DaneNadawcy><Uzytkownik>%s</Uzytkownik><System>ePUAP</System></DaneNadawcy>
                  <DataNadania>%s</DataNadania>
                  <NazwaSkrytki>skrytka</NazwaSkrytki>
                  <AdresSkrytki>/umciechocinek/skrytka</AdresSkrytki>
                  <AdresOdpowiedzi>/%s/domyslna</AdresOdpowiedzi>
                  <DaneDodatkowe>%s</DaneDodatkowe>
                  <NazwaPliku>%s</NazwaPliku>
                  <SciezkaWArchiwum>%s</SciezkaWArchiwum>
                </Dokument>
                """.formatted(id, first == null ? "INSTYTUCJA" : "OSOBA", first == null ? "" : first, last, pesel, id, sent, id,
                extra, fileName, path);
    }

    private static byte[] descriptor(String... dokumenty) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Dokumenty>\n" + String.join("", dokumenty) + "</Dokumenty>\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] upp(String receiptId, String documentId) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <pos:Dokument xmlns:pos="http://crd.gov.pl/xml/schematy/UPO/2008/05/09/">
                  <pos:UPP>
                    <pos:IdentyfikatorPoswiadczenia>%s</pos:IdentyfikatorPoswiadczenia>
                    <pos:Adresat><pos:Nazwa>Urząd Miejski w Ciechocinku</pos:Nazwa></pos:Adresat>
                    <pos:Nadawca><pos:Nazwa>Jan Kowalski</pos:Nazwa></pos:Nadawca>
                    <pos:DataDoreczenia>2026-11-25T14:03:13.001+01:00</pos:DataDoreczenia>
                    <pos:IdentyfikatorDokumentu>%s</pos:IdentyfikatorDokumentu>
                  </pos:UPP>
                </pos:Dokument>
                """.formatted(receiptId, documentId).getBytes(StandardCharsets.UTF_8);
    }

    private static EpuapDocumentException refusal(byte[] zip) {
        return refusal(zip, EpuapPackages.Limits.DEFAULT);
    }

    private static EpuapDocumentException refusal(byte[] zip, EpuapPackages.Limits limits) {
        try {
            throw new AssertionError("accepted: " + EpuapPackages.read(zip, limits));
        } catch (EpuapDocumentException e) {
            assertThat(e.reason()).isEqualTo(Reason.BAD_PACKAGE);
            return e;
        }
    }

    @Test
    void readsTheDocumentsWithTheirTransportDataAndReceipts() throws Exception {
        byte[] first = LETTERS.next().xml();
        byte[] second = LETTERS.next().xml();
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("Deskryptor.xml", descriptor(
                dokument("jkowalski", "Jan", "Kowalski", "44051401359", "25.11.2026T14:03:12.345", "12345", "pismo.xml",
                        "dokumenty/1/pismo.xml"),
                dokument("wisla_sp", null, "Przedsiębiorstwo Budowlane „Wisła” sp. z o.o.", "", "2026-11-25T15:00:00+01:00", null,
                        "wniosek.xml", "dokumenty/2/wniosek.xml")));
        files.put("dokumenty/1/pismo.xml", first);
        files.put("dokumenty/1/UPP.xml", upp("UPP-1", "12345"));
        files.put("dokumenty/2/wniosek.xml", second);
        files.put("dokumenty/2/UPP.xml", upp("UPP-2", "99999"));
        files.put("instrukcja.txt", "Paczka pobrana z ePUAP".getBytes(StandardCharsets.UTF_8));

        EpuapPackage pkg = EpuapPackages.read(zip(files));

        assertThat(pkg.documents()).hasSize(2);
        Document one = pkg.documents().get(0);
        assertThat(one.path()).isEqualTo("dokumenty/1/pismo.xml");
        assertThat(one.content()).isEqualTo(first);
        assertThat(one.problemIfAny()).isEmpty();
        assertThat(one.transport().senderId()).isEqualTo("jkowalski");
        assertThat(one.transport().senderName()).isEqualTo("Jan Kowalski");
        assertThat(one.transport().pesel()).isEqualTo("44051401359");
        assertThat(one.transport().consent()).isTrue();
        assertThat(one.transport().senderSystem()).isEqualTo("ePUAP");
        assertThat(one.transport().sentAt()).as("Polish winter time is UTC+1").isEqualTo(Instant.parse("2026-11-25T13:03:12.345Z"));
        assertThat(one.transport().sentAtText()).isEqualTo("25.11.2026T14:03:12.345");
        assertThat(one.transport().inboxAddress()).isEqualTo("/umciechocinek/skrytka");
        assertThat(one.transport().replyAddress()).isEqualTo("/jkowalski/domyslna");
        assertThat(new String(one.transport().additionalData(), StandardCharsets.UTF_8)).contains("<IdentyfikatorDokumentu>12345<");
        assertThat(EpuapDocuments.read(one.content()).title()).isNotBlank();

        Document two = pkg.documents().get(1);
        assertThat(two.transport().senderName()).isEqualTo("Przedsiębiorstwo Budowlane „Wisła” sp. z o.o.");
        assertThat(two.transport().sentAt()).isEqualTo(Instant.parse("2026-11-25T14:00:00Z"));

        assertThat(pkg.receiptsOf(one)).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(ReceiptKind.UPP);
            assertThat(r.receiptId()).isEqualTo("UPP-1");
            assertThat(r.documentId()).isEqualTo("12345");
            assertThat(r.date()).isEqualTo("2026-11-25T14:03:13.001+01:00");
            assertThat(r.addresseeName()).isEqualTo("Urząd Miejski w Ciechocinku");
        });
        assertThat(pkg.receiptsOf(two)).as("no identifier: the only document in its folder")
                .extracting(Receipt::receiptId).containsExactly("UPP-2");
        assertThat(pkg.otherFiles()).containsExactly("instrukcja.txt");
    }

    @Test
    void readsPolishFileNamesInTheDosCodePage() throws Exception {
        byte[] letter = LETTERS.next().xml();
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("Deskryptor.xml", descriptor(dokument("zofia", "Zofia", "Żółtowska", "", "01.12.2026T08:00:00.000", null,
                "pismo-źródło.xml", "pismo-źródło.xml")));
        files.put("pismo-źródło.xml", letter);

        EpuapPackage pkg = EpuapPackages.read(zip(files, Charset.forName("IBM852")));

        assertThat(pkg.documents()).singleElement().satisfies(d -> {
            assertThat(d.path()).isEqualTo("pismo-źródło.xml");
            assertThat(d.content()).isEqualTo(letter);
            assertThat(d.transport().senderName()).isEqualTo("Zofia Żółtowska");
        });
    }

    @Test
    void findsADocumentByItsFileNameWhenThePathDiffers() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("eksport/Deskryptor.xml", descriptor(dokument("a", "Anna", "Nowak", "", "x", null, "pismo.xml",
                "C:\\eksport\\pismo.xml")));
        files.put("eksport/pliki/pismo.xml", LETTERS.next().xml());

        Document d = EpuapPackages.read(zip(files)).documents().get(0);

        assertThat(d.path()).isEqualTo("eksport/pliki/pismo.xml");
        assertThat(d.transport().sentAt()).as("an unreadable date is kept as text only").isNull();
        assertThat(d.transport().sentAtText()).isEqualTo("x");
    }

    @Test
    void aMissingDocumentFileIsReportedOnThatDocument() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("Deskryptor.xml", descriptor(
                dokument("a", "Anna", "Nowak", "", "01.12.2026T08:00:00.000", null, "jest.xml", "jest.xml"),
                dokument("b", "Piotr", "Nowak", "", "01.12.2026T08:00:00.000", null, "brak.xml", "brak.xml")));
        files.put("jest.xml", LETTERS.next().xml());

        EpuapPackage pkg = EpuapPackages.read(zip(files));

        assertThat(pkg.documents().get(0).problemIfAny()).isEmpty();
        assertThat(pkg.documents().get(1).content()).isNull();
        assertThat(pkg.documents().get(1).problem()).isEqualTo("W paczce brakuje pliku „brak.xml”, który opisuje Deskryptor.xml.");
    }

    @Test
    void refusesAPackageWithoutDescriptor() throws Exception {
        EpuapDocumentException e = refusal(zip(Map.of("pismo.xml", LETTERS.next().xml())));

        assertThat(e.getMessage()).startsWith("Paczka nie zawiera pliku Deskryptor.xml");
    }

    @Test
    void refusesAMalformedDescriptor() throws Exception {
        EpuapDocumentException e = refusal(zip(Map.of("Deskryptor.xml", "<Dokumenty><Dokument>".getBytes(StandardCharsets.UTF_8))));

        assertThat(e.getMessage()).startsWith("Plik Deskryptor.xml paczki jest uszkodzony: Dokument nie jest poprawnym plikiem XML");
    }

    @Test
    void refusesADescriptorWithAnExternalEntity() throws Exception {
        byte[] xxe = ("<?xml version=\"1.0\"?><!DOCTYPE Dokumenty [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Dokumenty><Dokument><NazwaPliku>&x;</NazwaPliku></Dokument></Dokumenty>").getBytes(StandardCharsets.UTF_8);

        EpuapDocumentException e = refusal(zip(Map.of("Deskryptor.xml", xxe)));

        assertThat(e.getMessage()).isEqualTo("Plik Deskryptor.xml paczki jest uszkodzony: "
                + "Dokument zawiera deklarację DTD, której EZD nie przyjmuje ze względów bezpieczeństwa.");
    }

    @Test
    void refusesADescriptorOfSomethingElse() throws Exception {
        EpuapDocumentException e = refusal(zip(Map.of("Deskryptor.xml", "<Faktury/>".getBytes(StandardCharsets.UTF_8))));

        assertThat(e.getMessage()).contains("jego główny element to „Faktury”");
    }

    @Test
    void refusesPathsLeavingThePackage() throws Exception {
        for (String evil : new String[] {"../../etc/cron.d/ezd", "/etc/passwd", "dokumenty/../../x.xml", "C:\\Windows\\win.ini",
            "..\\..\\x"}) {
            Map<String, byte[]> files = new LinkedHashMap<>();
            files.put("Deskryptor.xml", descriptor(dokument("a", "A", "B", "", "x", null, "x.xml", "x.xml")));
            files.put(evil, "x".getBytes(StandardCharsets.UTF_8));

            EpuapDocumentException e = refusal(zip(files));

            assertThat(e.getMessage()).as(evil).isEqualTo("Paczka zawiera plik o niebezpiecznej ścieżce „" + evil
                    + "”, która prowadzi poza paczkę; EZD jej nie przyjmuje.");
        }
    }

    @Test
    void refusesAZipBombByItsRatioWhileInflating() throws Exception {
        byte[] bomb = zip(Map.of("Deskryptor.xml", descriptor(), "pismo.xml", new byte[25 << 20]));
        assertThat(bomb.length).isLessThan(100_000);

        EpuapDocumentException e = refusal(bomb);

        assertThat(e.getMessage()).isEqualTo("Paczka rozpakowuje się do rozmiaru ponad 100 razy większego niż ona sama; "
                + "tak wygląda bomba ZIP, więc EZD jej nie przyjmuje.");
    }

    @Test
    void refusesFilesAndTotalsOverTheLimits() throws Exception {
        byte[] noise = new byte[600_000];
        new Random(1).nextBytes(noise);
        var small = new EpuapPackages.Limits(10L << 20, 10, 500_000, 1L << 20, 100);

        assertThat(refusal(zip(Map.of("Deskryptor.xml", descriptor(), "a.bin", noise)), small).getMessage())
                .isEqualTo("Plik „a.bin” w paczce ma po rozpakowaniu ponad 0,5 MB, więcej niż EZD przyjmuje.");

        var files = new LinkedHashMap<String, byte[]>();
        files.put("Deskryptor.xml", descriptor());
        for (int i = 0; i < 3; i++) {
            files.put("plik" + i + ".bin", java.util.Arrays.copyOf(noise, 400_000));
        }
        assertThat(refusal(zip(files), small).getMessage())
                .isEqualTo("Pliki paczki mają po rozpakowaniu razem ponad 1 MB, więcej niż EZD przyjmuje.");
    }

    @Test
    void refusesTooManyFiles() throws Exception {
        var files = new LinkedHashMap<String, byte[]>();
        for (int i = 0; i < 12; i++) {
            files.put("p" + i + ".xml", new byte[1]);
        }

        assertThat(refusal(zip(files), new EpuapPackages.Limits(10L << 20, 10, 1 << 20, 10L << 20, 100)).getMessage())
                .isEqualTo("Paczka zawiera więcej niż 10 plików.");
    }

    @Test
    void refusesAFileThatIsNotAZip() {
        assertThat(refusal("%PDF-1.7 to nie jest ZIP".getBytes(StandardCharsets.UTF_8)).getMessage())
                .isEqualTo("Plik nie jest archiwum ZIP albo nie zawiera żadnych plików.");
        assertThat(refusal(new byte[0]).getMessage()).isEqualTo("Paczka jest pusta (nie zawiera żadnych danych).");
    }

    @Test
    void refusesAPackageOverItsSizeLimit() {
        assertThat(refusal(new byte[2 << 20], new EpuapPackages.Limits(1L << 20, 10, 1 << 20, 1 << 20, 100)).getMessage())
                .isEqualTo("Paczka ma 2 MB, a EZD przyjmuje paczki do 1 MB.");
    }
}
