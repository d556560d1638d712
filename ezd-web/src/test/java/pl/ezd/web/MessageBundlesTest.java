package pl.ezd.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text on a screen exists in Polish and in English, and no screen names a missing key. */
class MessageBundlesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/pl/ezd/web");
    private static final Pattern USED_KEY = Pattern.compile("(?<![a-zA-Z])msg\\['([a-zA-Z0-9_.]+)'\\]");

    private static Properties load(String file) throws IOException {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void polishAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(load("messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
        assertThat(load("messages_pl.properties")).as("Polish lives in the base bundle").isEmpty();
    }

    @Test
    void everyKeyAViewUsesExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> views = Files.walk(Path.of("src/main/webapp"))) {
            for (Path view : views.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                var matcher = USED_KEY.matcher(Files.readString(view));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(load("messages.properties").stringPropertyNames()).containsAll(used);
    }

    @Test
    void polishTextsAreNotLeftInEnglish() throws IOException {
        var polish = load("messages.properties");
        var english = load("messages_en.properties");
        long same = polish.stringPropertyNames().stream()
                .filter(key -> !key.startsWith("app.language") && !key.equals("app.name"))
                .filter(key -> polish.getProperty(key).equals(english.getProperty(key)))
                .count();
        assertThat(same).as("keys whose Polish text equals the English one").isZero();
    }

    /** The bundle of the task view, the case folder and "my cases" ({@code cmsg}). */
    @Test
    void caseScreensBundleHasTheSameKeysInBothLanguagesAndEveryKeyItsViewsUse() throws IOException {
        var polish = load("cases.properties");
        var english = load("cases_en.properties");
        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(polish.stringPropertyNames());
        assertThat(load("cases_pl.properties")).as("Polish lives in the base bundle").isEmpty();
        assertThat(polish.stringPropertyNames()).filteredOn(key -> polish.getProperty(key).equals(english.getProperty(key)))
                .as("keys whose Polish text equals the English one").isEmpty();
        var usedKey = Pattern.compile("cmsg\\['([a-zA-Z0-9_.]+)'\\]");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> views = Files.walk(Path.of("src/main/webapp"))) {
            for (Path view : views.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                var matcher = usedKey.matcher(Files.readString(view));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(polish.stringPropertyNames()).containsAll(used);
    }
}
