package pl.ezd.bench;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** The committed input letters (see {@link LetterGenerator}), loaded once. */
public final class Letters {

    public record Letter(String fileName, byte[] content) {
    }

    private Letters() {
    }

    public static List<Letter> load() {
        List<Letter> letters = new ArrayList<>();
        for (int i = 1; i <= LetterGenerator.LETTERS; i++) {
            String name = String.format("letter-%02d.pdf", i);
            try (InputStream in = Letters.class.getResourceAsStream("/letters/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("Input letter " + name + " is missing from the benchmark's resources");
                }
                letters.add(new Letter(name, in.readAllBytes()));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return letters;
    }
}
