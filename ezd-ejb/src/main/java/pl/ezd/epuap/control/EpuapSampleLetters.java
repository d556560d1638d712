package pl.ezd.epuap.control;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import pl.ezd.epuap.control.EpuapLetter.Address;
import pl.ezd.epuap.control.EpuapLetter.Attachment;
import pl.ezd.epuap.control.EpuapLetter.Party;
import pl.ezd.signature.DocumentSigner;
import pl.ezd.signature.SignatureFormat;

/**
 * Realistic letters of the template "pismo ogólne do podmiotu publicznego", as citizens and firms
 * send them to an office's ePUAP inbox: senders who are persons (with valid PESEL numbers) or
 * institutions (firms, associations, schools, with valid REGON and NIP), with Polish addresses in
 * the region; titles, kinds and paragraphs of everyday matters; attachments inline (small PDFs
 * with text, made with PDFBox) and by URI (their bytes are handed out with the letter so a
 * simulated file repository can serve them); signed, when asked, with an enveloped XAdES of the
 * signature module. The same seed gives the same letters. Used by the ePUAP simulator (demo and
 * tests) and by the benchmarks; not thread-safe (one instance per thread).
 */
public final class EpuapSampleLetters {

    /** A generated letter: what it says, its XML, and the files its URI attachments point at. */
    public record SampleLetter(EpuapLetter letter, byte[] xml, Map<URI, byte[]> filesByUri) {

        public SampleLetter {
            Objects.requireNonNull(letter);
            Objects.requireNonNull(xml);
            filesByUri = Map.copyOf(filesByUri);
        }

        /**
         * The same letter with its inline attachments only (unsigned), for an inbox that names no
         * file repository to fetch attachments given by URI from.
         */
        public SampleLetter inlineOnly() {
            EpuapLetter l = letter;
            EpuapLetter inline = new EpuapLetter(l.templateNamespace(), l.rootElement(), l.documentName(),
                    l.stylesheetHref(), l.date(), l.addressees(), l.senders(), l.title(), l.kind(), l.place(), l.paragraphs(),
                    l.attachments().stream().filter(Attachment::isInline).toList(), l.otherContent(), false);
            return new SampleLetter(inline, EpuapLetterWriter.write(inline), Map.of());
        }

        /**
         * The same letter signed with an enveloped XAdES.
         *
         * @param signer the signer made by the caller from its key (see {@link DocumentSigner#builder})
         */
        public SampleLetter signedWith(DocumentSigner signer) {
            byte[] signed = signer.sign(SignatureFormat.XADES_ENVELOPED, xml, "pismo.xml");
            EpuapLetter l = letter;
            return new SampleLetter(new EpuapLetter(l.templateNamespace(), l.rootElement(), l.documentName(),
                    l.stylesheetHref(), l.date(), l.addressees(), l.senders(), l.title(), l.kind(), l.place(), l.paragraphs(),
                    l.attachments(), l.otherContent(), true), signed, filesByUri);
        }
    }

    private static final String[] MALE_FIRST = {"Jan", "Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Michał",
        "Marcin", "Grzegorz", "Łukasz", "Jerzy", "Zbigniew", "Wojciech", "Bartłomiej", "Szymon"};
    private static final String[] FEMALE_FIRST = {"Anna", "Maria", "Katarzyna", "Małgorzata", "Agnieszka", "Barbara",
        "Ewa", "Krystyna", "Elżbieta", "Zofia", "Joanna", "Magdalena", "Dorota", "Jadwiga", "Urszula"};
    /** Surnames with their feminine form. */
    private static final String[][] SURNAMES = {{"Nowak", "Nowak"}, {"Kowalski", "Kowalska"},
        {"Wiśniewski", "Wiśniewska"}, {"Wójcik", "Wójcik"}, {"Kowalczyk", "Kowalczyk"}, {"Kamiński", "Kamińska"},
        {"Lewandowski", "Lewandowska"}, {"Zieliński", "Zielińska"}, {"Szymański", "Szymańska"},
        {"Woźniak", "Woźniak"}, {"Dąbrowski", "Dąbrowska"}, {"Kozłowski", "Kozłowska"}, {"Jankowski", "Jankowska"},
        {"Mazur", "Mazur"}, {"Krawczyk", "Krawczyk"}, {"Piotrowski", "Piotrowska"}, {"Grabowski", "Grabowska"},
        {"Pawłowski", "Pawłowska"}, {"Michalski", "Michalska"}, {"Żółtowski", "Żółtowska"}};
    /** Town, postcode. */
    private static final String[][] TOWNS = {{"Ciechocinek", "87-720"}, {"Toruń", "87-100"}, {"Bydgoszcz", "85-001"},
        {"Włocławek", "87-800"}, {"Aleksandrów Kujawski", "87-700"}, {"Nieszawa", "87-730"}, {"Inowrocław", "88-100"},
        {"Grudziądz", "86-300"}, {"Chełmno", "86-200"}, {"Raciążek", "87-721"}, {"Służewo", "87-704"},
        {"Brodnica", "87-300"}};
    private static final String[] STREETS = {"ul. Kopernika", "ul. Zdrojowa", "ul. Słowackiego", "ul. Źródlana",
        "ul. Warszawska", "ul. Mickiewicza", "ul. Łazienna", "ul. Szeroka", "ul. Polna", "ul. Żeromskiego",
        "ul. Kościuszki", "ul. Traugutta", "al. Solidarności", "ul. Leśna", "ul. Wąska"};
    private static final String[][] FIRMS = {{"Zakład Usług Komunalnych „Czysta Gmina” sp. z o.o.", "sp. z o.o."},
        {"Przedsiębiorstwo Budowlane „Wisła” sp. z o.o.", "sp. z o.o."}, {"Stowarzyszenie Przyjaciół Ciechocinka", "stowarzyszenie"},
        {"Szkoła Podstawowa nr 2 im. Mikołaja Kopernika", "szkoła"}, {"Kujawska Spółdzielnia Mieszkaniowa", "spółdzielnia"},
        {"Ochotnicza Straż Pożarna w Raciążku", "stowarzyszenie"}, {"Biuro Rachunkowe Żaneta Wróbel", "działalność"},
        {"Uzdrowisko Ciechocinek S.A.", "S.A."}, {"Fundacja „Zdrowe Tężnie”", "fundacja"},
        {"Gospodarstwo Rolne Łąkowe Pola", "działalność"}};

    /** Title, kind, paragraphs (with {s} for a street, {n} for a number). */
    private static final String[][][] MATTERS = {
        {{"Wniosek o wydanie zezwolenia na usunięcie drzewa – {s} {n}", "wniosek"},
            {"Zwracam się z prośbą o wydanie zezwolenia na usunięcie lipy drobnolistnej rosnącej na działce przy {s} {n}.",
                "Drzewo jest pochylone nad jezdnią i po ostatniej wichurze pękł jeden z konarów.",
                "W załączeniu przesyłam mapkę z zaznaczonym drzewem oraz zdjęcia."}},
        {{"Skarga na nieodebranie odpadów komunalnych", "skarga"},
            {"Od trzech tygodni nie są odbierane odpady segregowane spod budynku przy {s} {n}.",
                "Pojemniki są przepełnione, a odpady zalegają na chodniku. Proszę o pilną interwencję."}},
        {{"Wniosek o udostępnienie informacji publicznej", "wniosek"},
            {"Na podstawie art. 2 ust. 1 ustawy o dostępie do informacji publicznej wnoszę o udostępnienie umów zawartych przez urząd w 2026 r. na remonty dróg gminnych.",
                "Informację proszę przesłać na skrzynkę ePUAP nadawcy."}},
        {{"Zawiadomienie o zmianie adresu do korespondencji", "zawiadomienie"},
            {"Uprzejmie informuję, że od 1 grudnia adres do korespondencji w prowadzonej sprawie zmienia się na {s} {n}."}},
        {{"Odwołanie od decyzji w sprawie podatku od nieruchomości", "odwołanie"},
            {"Wnoszę odwołanie od decyzji ustalającej wysokość podatku od nieruchomości na 2026 r.",
                "Powierzchnia budynku gospodarczego została przyjęta błędnie: zamiast 24 m² przyjęto 42 m².",
                "Wnoszę o uchylenie decyzji i ponowne ustalenie podatku."}},
        {{"Prośba o wydanie zaświadczenia o przeznaczeniu działki w planie miejscowym", "prośba"},
            {"Proszę o wydanie zaświadczenia o przeznaczeniu działki nr {n}/4 w obrębie Ciechocinek w miejscowym planie zagospodarowania przestrzennego.",
                "Zaświadczenie jest potrzebne do aktu notarialnego sprzedaży nieruchomości."}},
        {{"Wyjaśnienie do wezwania z dnia 10 listopada 2026 r.", "wyjaśnienie"},
            {"W odpowiedzi na wezwanie wyjaśniam, że brakujące dokumenty zostały złożone w biurze podawczym 14 listopada.",
                "Dla porządku przesyłam je ponownie w załączeniu."}},
        {{"Petycja w sprawie budowy przejścia dla pieszych przy {s}", "petycja"},
            {"Mieszkańcy osiedla zwracają się o wyznaczenie przejścia dla pieszych przy {s} {n}, w pobliżu szkoły.",
                "Codziennie dzieci przechodzą tam przez jezdnię bez oznakowania.", "Pod petycją podpisało się 57 osób."}},
        {{"Zgłoszenie awarii oświetlenia ulicznego", "zawiadomienie"},
            {"Zgłaszam, że od tygodnia nie świecą trzy latarnie przy {s} na odcinku od nr {n} do skrzyżowania."}},
        {{"Wniosek o zwrot podatku akcyzowego zawartego w cenie oleju napędowego", "wniosek"},
            {"Wnoszę o zwrot podatku akcyzowego zawartego w cenie oleju napędowego wykorzystywanego do produkcji rolnej.",
                "Faktury VAT stanowiące dowód zakupu oleju w załączeniu."}}};

    private final Random random;
    private final Party addressee;
    private final URI fileRepository;
    private int counter;

    /** Letters to the demo gmina (Urząd Miejski w Ciechocinku), URI attachments under https://epuap.gov.pl/file-repo-web/. */
    public EpuapSampleLetters(long seed) {
        this(seed, URI.create("https://epuap.gov.pl/file-repo-web/pobierz/"));
    }

    /** Letters to the demo gmina, URI attachments under the given file repository (e.g. the simulator's). */
    public EpuapSampleLetters(long seed, URI fileRepository) {
        this(seed, Party.institution("Urząd Miejski w Ciechocinku", "910866212", "8911012348",
                new Address("87-720", null, "Ciechocinek", "ul. Kopernika", "19", null, null), null), fileRepository);
    }

    /**
     * @param seed the same seed gives the same letters
     * @param addressee the office the letters are sent to
     * @param fileRepository where URI attachments are said to lie (a file name is added), e.g. the simulator's file service
     */
    public EpuapSampleLetters(long seed, Party addressee, URI fileRepository) {
        this.random = new Random(seed);
        this.addressee = Objects.requireNonNull(addressee);
        this.fileRepository = Objects.requireNonNull(fileRepository);
    }

    /** The next letter, unsigned. Mostly from persons, about one in three from an institution. */
    public SampleLetter next() {
        counter++;
        String street = pick(STREETS);
        String number = String.valueOf(1 + random.nextInt(120));
        String[][] matter = MATTERS[random.nextInt(MATTERS.length)];
        String title = matter[0][0].replace("{s}", street).replace("{n}", number);
        List<String> paragraphs = new ArrayList<>();
        for (String p : matter[1]) {
            paragraphs.add(p.replace("{s}", street).replace("{n}", number));
        }
        Party sender = random.nextInt(3) == 0 ? institution() : person();
        String place = sender.address().town();
        LocalDate date = LocalDate.of(2026, 11, 1).plusDays(random.nextInt(25));

        List<Attachment> attachments = new ArrayList<>();
        Map<URI, byte[]> files = new LinkedHashMap<>();
        int inline = random.nextInt(3);
        for (int i = 1; i <= inline; i++) {
            String name = i == 1 ? "zalacznik.pdf" : "zalacznik-" + i + ".pdf";
            attachments.add(Attachment.inline(name, "application/pdf", i == 1 ? "Załącznik do pisma: " + title : null,
                    pdf(title, sender, i)));
        }
        if (random.nextInt(4) == 0) {
            byte[] pdf = pdf("Dokumentacja do pisma: " + title, sender, 9);
            String name = "dokumentacja-" + counter + ".pdf";
            URI uri = fileRepository.resolve(name);
            files.put(uri, pdf);
            attachments.add(Attachment.byUri(name, "application/pdf", sha1Base64(pdf), uri));
        }
        EpuapLetter letter = new EpuapLetter(EpuapNamespaces.PISMO_OGOLNE, "Dokument", "Pismo ogólne do podmiotu publicznego",
                EpuapNamespaces.PISMO_OGOLNE_STYLESHEET, date, List.of(addressee), List.of(sender), title, matter[0][1], place,
                paragraphs, attachments, List.of(), false);
        return new SampleLetter(letter, EpuapLetterWriter.write(letter), files);
    }

    /** The next letter signed with an enveloped XAdES by the given signer. */
    public SampleLetter nextSigned(DocumentSigner signer) {
        return next().signedWith(signer);
    }

    private Party person() {
        boolean female = random.nextBoolean();
        String first = pick(female ? FEMALE_FIRST : MALE_FIRST);
        String[] surname = SURNAMES[random.nextInt(SURNAMES.length)];
        String last = female ? surname[1] : surname[0];
        String[] town = TOWNS[random.nextInt(TOWNS.length)];
        String flat = random.nextInt(3) == 0 ? String.valueOf(1 + random.nextInt(40)) : null;
        Address address = new Address(town[1], null, town[0], pick(STREETS), String.valueOf(1 + random.nextInt(90)), flat,
                null);
        String email = random.nextInt(2) == 0 ? ascii(first + "." + last).toLowerCase(java.util.Locale.ROOT) + "@example.pl" : null;
        return Party.person(first, last, random.nextInt(5) == 0 ? null : pesel(female), address, email);
    }

    private Party institution() {
        String[] firm = FIRMS[random.nextInt(FIRMS.length)];
        String[] town = TOWNS[random.nextInt(TOWNS.length)];
        Address address = new Address(town[1], null, town[0], pick(STREETS), String.valueOf(1 + random.nextInt(90)), null, null);
        return Party.institution(firm[0], regon(), nip(), address, "sekretariat@" + "firma" + (100 + random.nextInt(900)) + ".example.pl");
    }

    /** A one-page PDF with real, extractable text about the letter. */
    private byte[] pdf(String title, Party sender, int number) {
        try (PdfLayout pdf = new PdfLayout("Załącznik " + number, "Załącznik do pisma przesłanego przez ePUAP")) {
            pdf.identifiedBy((title + sender + number).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            pdf.heading("Załącznik nr " + number, 14).space(6).paragraph(title, 11).space(10)
                    .paragraph("Nadawca: " + sender.displayName(), 10)
                    .paragraph("Adres: " + sender.address().oneLine(), 10).space(10)
                    .paragraph("Oświadczam, że dane zawarte w piśmie są zgodne z prawdą. Zażółć gęślą jaźń.", 10);
            return pdf.toPdf();
        }
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** A PESEL with a valid check digit, born 1950–2005. */
    String pesel(boolean female) {
        LocalDate born = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 55));
        int month = born.getMonthValue() + (born.getYear() >= 2000 ? 20 : 0);
        String digits = String.format("%02d%02d%02d%03d", born.getYear() % 100, month, born.getDayOfMonth(), random.nextInt(1000));
        int sex = random.nextInt(5) * 2 + (female ? 0 : 1);
        digits += sex;
        int[] w = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += (digits.charAt(i) - '0') * w[i];
        }
        return digits + (10 - sum % 10) % 10;
    }

    /** A 9-digit REGON with a valid check digit, of the region (starting 34 or 91). */
    String regon() {
        String digits = (random.nextBoolean() ? "34" : "91") + String.format("%06d", random.nextInt(1_000_000));
        int[] w = {8, 9, 2, 3, 4, 5, 6, 7};
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (digits.charAt(i) - '0') * w[i];
        }
        return digits + sum % 11 % 10;
    }

    /** A NIP with a valid check digit, of a tax office in the region (891, 879, 888). */
    String nip() {
        String[] offices = {"891", "879", "888", "956"};
        while (true) {
            String digits = offices[random.nextInt(offices.length)] + String.format("%06d", random.nextInt(1_000_000));
            int[] w = {6, 5, 7, 2, 3, 4, 5, 6, 7};
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (digits.charAt(i) - '0') * w[i];
            }
            if (sum % 11 != 10) {
                return digits + sum % 11;
            }
        }
    }

    private static String ascii(String text) {
        return java.text.Normalizer.normalize(text.replace("ł", "l").replace("Ł", "L"), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^A-Za-z.]", "");
    }

    /** ePUAP puts the file's hash at attaching time in the description of an attachment by URI. */
    private static String sha1Base64(byte[] content) {
        try {
            return java.util.Base64.getEncoder().encodeToString(java.security.MessageDigest.getInstance("SHA-1").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
