package pl.ezd.bench;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;

/**
 * Writes the benchmark's input letters: two-page A4 PDFs of about 100 KB, as a scanner-less office
 * receives them from citizens: Polish text in an embedded font (so Tika has real text to extract)
 * and a photographed signature with stamp as a JPEG. Each letter differs (sender, subject, body),
 * so no cache sees the same content twice in a row. The output is committed in
 * {@code src/main/resources/letters}; regenerate with
 * {@code java -cp <classpath> pl.ezd.bench.LetterGenerator benchmarks/src/main/resources/letters}.
 */
public final class LetterGenerator {

    static final int LETTERS = 24;

    private static final String[] FIRST = {"Anna", "Piotr", "Katarzyna", "Tomasz", "Małgorzata", "Paweł", "Agnieszka",
            "Krzysztof", "Barbara", "Michał", "Ewa", "Łukasz"};
    private static final String[] LAST = {"Nowak", "Kowalski", "Wiśniewska", "Wójcik", "Kamińska", "Lewandowski",
            "Zielińska", "Szymański", "Woźniak", "Dąbrowski", "Kozłowska", "Jankowski"};
    private static final String[] STREETS = {"Zdrojowa", "Kopernika", "Żelazna", "Słowackiego", "Wojska Polskiego",
            "Tężniowa", "Mickiewicza", "Kościuszki"};
    private static final String[] SUBJECTS = {
            "Wniosek o wydanie decyzji o warunkach zabudowy",
            "Wniosek o wydanie zaświadczenia o przeznaczeniu działki w miejscowym planie",
            "Skarga na działanie zarządcy drogi gminnej",
            "Wniosek o udostępnienie informacji publicznej",
            "Wniosek o zezwolenie na usunięcie drzew z nieruchomości",
            "Odwołanie od wymiaru podatku od nieruchomości",
            "Wniosek o zajęcie pasa drogowego",
            "Zgłoszenie awarii oświetlenia ulicznego"};
    private static final String[] SENTENCES = {
            "Zwracam się z uprzejmą prośbą o rozpatrzenie niniejszego wniosku w możliwie najkrótszym terminie.",
            "Nieruchomość, której dotyczy wniosek, położona jest w obrębie ewidencyjnym nr 3 miasta Ciechocinka.",
            "Do wniosku dołączam kopię mapy zasadniczej w skali 1:500 oraz wypis z rejestru gruntów.",
            "Uprzejmie informuję, że w poprzednim piśmie z dnia 12 października wskazałem błędny numer działki.",
            "Wnoszę o doręczenie odpowiedzi za pośrednictwem skrzynki ePUAP albo na adres do korespondencji.",
            "Sprawa jest pilna, ponieważ od jej załatwienia zależy termin rozpoczęcia robót budowlanych.",
            "Oświadczam, że jestem właścicielem nieruchomości na podstawie aktu notarialnego Rep. A nr 1234/2019.",
            "Opłatę skarbową w wysokości 17 zł uiściłem przelewem na rachunek urzędu w dniu złożenia wniosku.",
            "Proszę o wyjaśnienie, na jakiej podstawie prawnej naliczono odsetki za zwłokę od zaległości.",
            "Mieszkańcy ulicy od kilku tygodni zgłaszają, że nawierzchnia jezdni ulega dalszemu zniszczeniu.",
            "Wskazuję, że zgodnie z art. 35 Kodeksu postępowania administracyjnego sprawa powinna być załatwiona bez zbędnej zwłoki.",
            "W załączeniu przekazuję dokumentację fotograficzną wykonaną w dniu 3 listopada bieżącego roku."};

    private LetterGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : "benchmarks/src/main/resources/letters");
        Files.createDirectories(target);
        for (int i = 0; i < LETTERS; i++) {
            byte[] pdf = letter(i);
            Files.write(target.resolve(String.format("letter-%02d.pdf", i + 1)), pdf);
            System.out.printf("letter-%02d.pdf %d bytes%n", i + 1, pdf.length);
        }
    }

    static byte[] letter(int n) throws IOException {
        Random random = new Random(20261125L + n);
        String sender = FIRST[n % FIRST.length] + " " + LAST[(n * 5) % LAST.length];
        String street = STREETS[n % STREETS.length] + " " + (3 + n * 7 % 90);
        String subject = SUBJECTS[n % SUBJECTS.length];
        try (var document = new PDDocument()) {
            PDType0Font font = font(document, "DejaVuSans.ttf");
            PDType0Font bold = font(document, "DejaVuSans-Bold.ttf");
            List<String> lines = new ArrayList<>();
            lines.add(sender);
            lines.add("ul. " + street);
            lines.add("87-720 Ciechocinek");
            lines.add("");
            lines.add("Ciechocinek, " + (1 + n % 28) + " listopada 2026 r.");
            lines.add("");
            lines.add("Burmistrz Miasta Ciechocinka");
            lines.add("ul. Kopernika 19, 87-720 Ciechocinek");
            lines.add("");
            for (int paragraph = 0; paragraph < 11; paragraph++) {
                StringBuilder text = new StringBuilder();
                for (int s = 0; s < 4; s++) {
                    text.append(SENTENCES[random.nextInt(SENTENCES.length)]).append(' ');
                }
                lines.addAll(wrap(text.toString().strip(), font, 10.5f, 480));
                lines.add("");
            }
            lines.add("Z poważaniem,");
            lines.add(sender);
            int perPage = 52;
            for (int page = 0; page * perPage < lines.size() || page < 2; page++) {
                var pdPage = new PDPage(PDRectangle.A4);
                document.addPage(pdPage);
                try (var content = new PDPageContentStream(document, pdPage)) {
                    float y = 790;
                    if (page == 0) {
                        content.beginText();
                        content.setFont(bold, 13);
                        content.newLineAtOffset(60, y);
                        content.showText(subject);
                        content.endText();
                        y -= 26;
                    }
                    content.beginText();
                    content.setFont(font, 10.5f);
                    content.setLeading(14);
                    content.newLineAtOffset(60, y);
                    for (int l = page * perPage; l < Math.min(lines.size(), (page + 1) * perPage); l++) {
                        content.showText(lines.get(l));
                        content.newLine();
                    }
                    content.endText();
                    content.beginText();
                    content.setFont(font, 8);
                    content.newLineAtOffset(280, 30);
                    content.showText("Strona " + (page + 1));
                    content.endText();
                    if (page == 1) {
                        var photo = JPEGFactory.createFromImage(document, signatureScan(random, sender), 0.82f);
                        content.drawImage(photo, 320, 60, 220, 120);
                    }
                }
            }
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static PDType0Font font(PDDocument document, String name) throws IOException {
        try (InputStream in = LetterGenerator.class.getResourceAsStream("/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("font " + name + " missing from the classpath");
            }
            return PDType0Font.load(document, in);
        }
    }

    private static List<String> wrap(String text, PDType0Font font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size > width && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** A photographed handwritten signature over a round stamp: paper grain makes it compress like a real scan. */
    private static BufferedImage signatureScan(Random random, String sender) {
        var image = new BufferedImage(880, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                int grain = 236 + random.nextInt(20);
                image.setRGB(x, y, new Color(grain, grain, Math.max(0, grain - 6)).getRGB());
            }
        }
        g.setColor(new Color(40, 60, 150, 170));
        g.setStroke(new java.awt.BasicStroke(6));
        g.drawOval(440, 60, 360, 360);
        g.drawOval(470, 90, 300, 300);
        g.setFont(new Font(Font.SERIF, Font.BOLD, 32));
        g.drawString("URZĄD MIEJSKI", 500, 250);
        g.setColor(new Color(20, 20, 40));
        g.setStroke(new java.awt.BasicStroke(5f));
        int x = 60;
        int y = 280;
        for (int i = 0; i < 14; i++) {
            int nx = x + 20 + random.nextInt(32);
            int ny = 220 + random.nextInt(120);
            g.drawLine(x, y, nx, ny);
            x = nx;
            y = ny;
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.ITALIC, 30));
        g.drawString(sender, 60, 410);
        g.dispose();
        return image;
    }
}
