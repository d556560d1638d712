package pl.ezd.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    private static final Pattern USED_REGISTRY_KEY = Pattern.compile("reg\\['([a-zA-Z0-9_.]+)'\\]");

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

    // the registry office's screens (bundle var "reg")

    @Test
    void registryScreensHaveTheSameKeysInPolishAndEnglish() throws IOException {
        assertThat(load("registry_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("registry.properties").stringPropertyNames());
        assertThat(load("registry_pl.properties")).as("Polish lives in the base bundle").isEmpty();
        var polish = load("registry.properties");
        var english = load("registry_en.properties");
        assertThat(polish.stringPropertyNames().stream()
                .filter(key -> !key.equals("dispatchChannel.EPUAP") && polish.getProperty(key).equals(english.getProperty(key))))
                .as("registry keys whose Polish text equals the English one").isEmpty();
    }

    @Test
    void everyRegistryKeyAViewUsesExistsAndEveryDictionaryValueHasAName() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> views = Files.walk(Path.of("src/main/webapp"))) {
            for (Path view : views.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                var matcher = USED_REGISTRY_KEY.matcher(Files.readString(view));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        for (var channel : pl.ezd.correspondence.entity.DeliveryMethod.values()) {
            used.add("channel." + channel.name());
        }
        for (var status : pl.ezd.correspondence.entity.ItemStatus.values()) {
            used.add("status." + status.name());
        }
        for (var access : pl.ezd.correspondence.entity.Dostep.values()) {
            used.add("access." + access.name());
        }
        for (var kind : pl.ezd.documents.entity.DocumentKind.values()) {
            used.add("documentKind." + kind.name());
        }
        for (var channel : pl.ezd.correspondence.entity.DispatchChannel.values()) {
            used.add("dispatchChannel." + channel.name());
        }
        // keys the beans show (pl.ezd.web.registry.Texts)
        used.addAll(List.of("register.done", "register.refused", "register.files.tooLarge", "register.files.tooLargeStored",
                "item.notFound", "item.original.placed", "item.loan.lent", "item.loan.returned", "dispatch.done", "dispatch.gone"));
        assertThat(used).contains("register.title", "incoming.title", "dispatch.title", "outgoing.title");
        assertThat(load("registry.properties").stringPropertyNames()).containsAll(used);
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

    private static final Pattern USED_ADMIN_KEY = Pattern.compile("adm\\['([a-zA-Z0-9_.-]+)'\\]");
    private static final Pattern ADMIN_KEY_IN_CODE = Pattern.compile("\"((?:admin|organizations|units|posts|employees|substitutions|jrwa|routing|chains|dashboard)\\.[a-zA-Z0-9_.-]*[a-zA-Z0-9])\"");

    @Test
    void administrationBundleHasTheSameKeysInPolishAndEnglish() throws IOException {
        assertThat(load("admin_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("admin.properties").stringPropertyNames());
        assertThat(load("admin_pl.properties")).as("Polish lives in the base bundle").isEmpty();
        var polish = load("admin.properties");
        var english = load("admin_en.properties");
        assertThat(polish.stringPropertyNames().stream().filter(key -> polish.getProperty(key).equals(english.getProperty(key))))
                .as("administration keys whose Polish text equals the English one").isEmpty();
    }

    @Test
    void everyAdministrationKeyTheViewsAndBeansUseExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Stream.of(Files.walk(Path.of("src/main/webapp")),
                Files.walk(Path.of("src/main/java/pl/ezd/web/admin")), Files.walk(Path.of("src/main/java/pl/ezd/web/dashboard")))
                .flatMap(s -> s)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".xhtml") || p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                var matcher = (file.toString().endsWith(".xhtml") ? USED_ADMIN_KEY : ADMIN_KEY_IN_CODE).matcher(text);
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).contains("employees.title", "dashboard.open", "admin.error.line");
        assertThat(load("admin.properties").stringPropertyNames()).containsAll(used);
        // keys made from values: each value has its text
        var admin = load("admin.properties").stringPropertyNames();
        for (String page : List.of("units", "posts", "employees", "substitutions", "jrwa", "routing", "approval-chains")) {
            assertThat(admin).contains("admin.nav." + page);
        }
        for (var kind : pl.ezd.organization.entity.OrganizationKind.values()) {
            assertThat(admin).contains("organizations.kind." + kind);
        }
        for (var channel : pl.ezd.correspondence.entity.DeliveryMethod.values()) {
            assertThat(admin).contains("dashboard.channel." + channel);
        }
        for (var status : pl.ezd.classification.entity.JrwaStatus.values()) {
            assertThat(admin).contains("jrwa.status." + status);
        }
    }

    /** The ePUAP screens' bundle ({@code epu}): both languages, every key the views and beans use, a name for every state. */
    @Test
    void epuapBundleHasTheSameKeysInBothLanguagesAndEveryKeyItsViewsAndBeansUse() throws IOException {
        var polish = load("epuap.properties");
        var english = load("epuap_en.properties");
        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(polish.stringPropertyNames());
        assertThat(load("epuap_pl.properties")).as("Polish lives in the base bundle").isEmpty();
        assertThat(polish.stringPropertyNames()).filteredOn(key -> polish.getProperty(key).equals(english.getProperty(key)))
                .as("keys whose Polish text equals the English one").isEmpty();
        var inView = Pattern.compile("epu\\['([a-zA-Z0-9_.]+)'\\]");
        var inBean = Pattern.compile("EpuapTexts\\.(?:info|warn|error|text|field)\\((?:\"[a-z-]+\", \"[a-zA-Z]+\", )?(?:EpuapTexts\\.text\\()?\"([a-zA-Z0-9_.]+)\"");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/webapp")), Files.walk(Path.of("src/main/java/pl/ezd/web/epuap")))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".xhtml") || p.toString().endsWith(".java")).toList()) {
                var matcher = (file.toString().endsWith(".xhtml") ? inView : inBean).matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).contains("attention.title", "import.title", "inbox.title", "region.title", "letter.title",
                "attention.done.dismissed", "inbox.certificate.missing");
        for (var state : pl.ezd.epuap.entity.ReceivedState.values()) {
            used.add("state." + state.name());
        }
        for (var source : pl.ezd.epuap.entity.ReceivedDocument.Source.values()) {
            used.add("letter.source." + source.name());
        }
        for (String outcome : List.of("registered", "duplicate", "attention", "refused", "pending")) {
            used.add("import.outcome." + outcome);
        }
        for (String verdict : List.of("VALID", "INVALID", "INDETERMINATE")) {
            used.add("signature." + verdict);
        }
        assertThat(polish.stringPropertyNames()).containsAll(used);
    }
}
