package pl.ezd.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import pl.ezd.cases.boundary.CaseNotFoundException;
import pl.ezd.correspondence.boundary.IncomingItemForm;
import pl.ezd.validation.boundary.InvalidInputException;
import pl.ezd.validation.boundary.LocalizedRefusal;
import pl.ezd.validation.boundary.UserMessage;
import pl.ezd.workflow.boundary.TaskActionRejectedException;

/**
 * The boundaries' messages (bundles {@code pl/ezd/<component>/messages.properties}, Polish, and
 * {@code messages_en.properties}): every key in both languages, every pattern a valid
 * MessageFormat that loses no text, every key the code names exists, and the wording follows the
 * reader's language with Polish as the default.
 */
class BoundaryMessagesTest {

    private static final Path RESOURCES = Path.of("src/main/resources/pl/ezd");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern KEY_LITERAL = Pattern.compile("\"((?:validation|cases|workflow|documents|organization|correspondence)\\.[A-Za-z.]+)\"");

    private static Properties load(Path file) throws IOException {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static List<Path> polishBundles() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.filter(p -> p.getFileName().toString().equals("messages.properties")).sorted().toList();
        }
    }

    @Test
    void everyKeyHasBothLanguages() throws IOException {
        assertThat(polishBundles()).hasSizeGreaterThanOrEqualTo(6);
        for (Path polish : polishBundles()) {
            Path english = polish.resolveSibling("messages_en.properties");
            assertThat(english).as("English beside " + polish).exists();
            assertThat(load(english).stringPropertyNames()).as(english.toString())
                    .containsExactlyInAnyOrderElementsOf(load(polish).stringPropertyNames());
            String component = polish.getParent().getFileName().toString();
            assertThat(load(polish).stringPropertyNames()).as("keys start with their component")
                    .allMatch(key -> key.startsWith(component + "."));
        }
    }

    @Test
    void everyPatternIsAValidMessageFormatThatLosesNoText() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Path polish : polishBundles()) {
            for (Path file : List.of(polish, polish.resolveSibling("messages_en.properties"))) {
                Properties texts = load(file);
                for (String key : texts.stringPropertyNames()) {
                    String pattern = texts.getProperty(key);
                    // a lone apostrophe would swallow the text after it: write it ''
                    if (pattern.replace("''", "").indexOf('\'') >= 0) {
                        wrong.add(file + " " + key + ": lone apostrophe");
                    }
                    try {
                        new MessageFormat(pattern, Locale.ROOT).format(new Object[] {"A", "B", "C"});
                    } catch (IllegalArgumentException e) {
                        wrong.add(file + " " + key + ": " + e.getMessage());
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Set<String> known = new TreeSet<>();
        for (Path polish : polishBundles()) {
            known.addAll(load(polish).stringPropertyNames());
        }
        Set<String> named = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(SOURCES)) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                var matcher = KEY_LITERAL.matcher(Files.readString(source));
                while (matcher.find()) {
                    if (!matcher.group(1).endsWith(".")) {
                        named.add(matcher.group(1));
                    }
                }
            }
        }
        assertThat(named).hasSizeGreaterThan(40);
        assertThat(known).containsAll(named);
        // keys made of a prefix and a choice
        assertThat(known).contains("workflow.fourEyes.approve", "workflow.fourEyes.sign");
    }

    @Test
    void polishIsTheDefaultAndEnglishIsWordedWhenAsked() {
        var notFound = new CaseNotFoundException(12345);
        assertThat(notFound.getMessage()).as("the API's text stays Polish, no thousands separator").isEqualTo("Nie ma sprawy 12345 w Twoim urzędzie");
        assertThat(LocalizedRefusal.wording(notFound, Locale.ENGLISH)).isEqualTo("There is no case 12345 in your office");
        assertThat(LocalizedRefusal.wording(notFound, Locale.GERMAN)).as("a language without bundles reads Polish")
                .isEqualTo(notFound.getMessage());
        assertThat(LocalizedRefusal.wording(notFound, Locale.forLanguageTag("en-GB"))).startsWith("There is no case");
        assertThat(LocalizedRefusal.wording(new TaskActionRejectedException("tylko po polsku"), Locale.ENGLISH))
                .as("a refusal without a key keeps its Polish text").isEqualTo("tylko po polsku");
        assertThat(UserMessage.of("correspondence.incoming.notFound", 7).in(Locale.ENGLISH))
                .isEqualTo("There is no item 7 in your office's register");
    }

    @Test
    void theDefaultLocaleOfTheJvmDoesNotDecideTheLanguage() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertThat(UserMessage.of("cases.notFound", 1).polish()).isEqualTo("Nie ma sprawy 1 w Twoim urzędzie");
            Locale.setDefault(UserMessage.POLISH);
            assertThat(UserMessage.of("cases.notFound", 1).in(Locale.ENGLISH)).isEqualTo("There is no case 1 in your office");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void registrationFieldViolationsAreWordedInTheReadersLanguage() {
        InvalidInputException refused = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                () -> new IncomingItemForm(" ", "Jan Nowak", new IncomingItemForm.Address(null, "Ciechocinek", null, null, null, null,
                        null, null), "20.11.2026", null, "2026-11-20", null, "PUBLIC", "Text", null, null, 0, null, null, false, null)
                        .toMetadata(java.time.LocalDate.of(2026, 11, 25)));
        assertThat(refused.getMessage()).startsWith("Błędne dane w 2 polach: title: Tytuł jest wymagany; dateOnLetter: Nieprawidłowa data „20.11.2026”");
        assertThat(refused.message(Locale.ENGLISH)).startsWith("Invalid data in 2 fields: title: The title is required; dateOnLetter: Invalid date \"20.11.2026\"");
        assertThat(refused.violations()).extracting(v -> v.message(Locale.ENGLISH))
                .contains("The title is required");
    }

    @Test
    void theLanguageOfARequestIsTheFirstSupportedOneElsePolish() {
        assertThat(UserMessage.language(List.of(Locale.GERMAN, Locale.forLanguageTag("en-US")))).isEqualTo(Locale.ENGLISH);
        assertThat(UserMessage.language(List.of(Locale.forLanguageTag("pl-PL"), Locale.ENGLISH))).isEqualTo(UserMessage.POLISH);
        assertThat(UserMessage.language(List.of())).isEqualTo(UserMessage.POLISH);
    }
}
