package pl.ezd.organization.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import pl.ezd.organization.entity.FieldRefusal;
import pl.ezd.organization.entity.OrganizationKind;

/**
 * The region's TERYT TERC register shipped with the EZD (GUS, {@code teryt/}): an organisation of
 * the installation must carry a code of this region that fits its kind.
 */
public final class TercRegister {

    static final String REGISTER = "teryt/teryt-terc-kujawsko-pomorskie-2024-01-01.csv";
    private static volatile Map<String, Entry> entries;

    /** A row of the register: TERC code, name and its kind as GUS words it (e.g. "gmina miejska"). */
    public record Entry(String terc, String name, String kind) {
    }

    private TercRegister() {
    }

    /** Every row of the register, in its order (voivodeship, then each county followed by its gminy). */
    public static java.util.Collection<Entry> all() {
        return entries().values();
    }

    public static Optional<Entry> find(String terc) {
        return Optional.ofNullable(entries().get(terc));
    }

    /** Refuses (field {@code teryt}) a code that is not in the register or does not fit the kind. */
    public static Entry check(String terc, OrganizationKind kind) {
        if (terc == null || !terc.matches("\\d{2}|\\d{4}|\\d{7}")) {
            throw new FieldRefusal("teryt", "Kod TERYT (TERC) ma 2, 4 albo 7 cyfr (podano: " + terc + ")");
        }
        Entry entry = find(terc).orElseThrow(() -> new FieldRefusal("teryt",
                "Kodu TERYT " + terc + " nie ma w rejestrze TERC regionu"));
        if (kind == null) {
            return entry;
        }
        boolean fits = switch (kind) {
            case WOJEWODZTWO -> entry.kind().equals("województwo");
            case POWIAT -> entry.kind().equals("powiat") || entry.kind().equals("miasto na prawach powiatu");
            case GMINA -> entry.kind().startsWith("gmina");
            case JEDNOSTKA_PODLEGLA -> true;
        };
        if (!fits) {
            throw new FieldRefusal("teryt", "Kod TERYT " + terc + " (" + entry.name() + ", " + entry.kind()
                    + ") nie oznacza jednostki rodzaju " + kind
                    + (kind == OrganizationKind.GMINA && terc.length() == 7
                    ? "; gmina miejsko-wiejska ma kod kończący się cyfrą 3" : ""));
        }
        return entry;
    }

    private static Map<String, Entry> entries() {
        Map<String, Entry> loaded = entries;
        if (loaded == null) {
            loaded = load();
            entries = loaded;
        }
        return loaded;
    }

    private static Map<String, Entry> load() {
        var in = TercRegister.class.getClassLoader().getResourceAsStream(REGISTER);
        if (in == null) {
            throw new IllegalStateException(REGISTER + " is missing");
        }
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Map<String, Entry> map = new LinkedHashMap<>();
            reader.lines().skip(1)
                    .map(line -> line.split(",", -1))
                    .forEach(columns -> map.put(columns[0], new Entry(columns[0], columns[5], columns[6])));
            return java.util.Collections.unmodifiableMap(map);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + REGISTER, e);
        }
    }
}
