package pl.ezd.documents.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.config.spi.Converter;
import org.junit.jupiter.api.Test;

/**
 * The property names and defaults of the signature configuration, as docs/signature.md gives them
 * to an administrator: each property lands in its own setting, and an installation that sets none
 * trusts nothing, revokes nothing online and seals nothing.
 */
class SignatureSettingsTest {

    @Test
    void eachDocumentedPropertyLandsInItsSetting() {
        SignatureSettings settings = SignatureSettings.from(config(Map.ofEntries(
                Map.entry("ezd.signature.trust-dir", "/etc/ezd/trust"),
                Map.entry("ezd.signature.trust.qualified-dir", "/etc/ezd/qualified"),
                Map.entry("ezd.signature.trust.trusted-profile-dir", "/etc/ezd/pz"),
                Map.entry("ezd.signature.trust.personal-dir", "/etc/ezd/e-dowod"),
                Map.entry("ezd.signature.tl.dir", "/var/lib/ezd/tl"),
                Map.entry("ezd.signature.tl.lotl-signers", "/etc/ezd/lotl-signers"),
                Map.entry("ezd.signature.tl.lotl-url", "https://lotl.example/eu-lotl.xml"),
                Map.entry("ezd.signature.tl.refresh-online", "true"),
                Map.entry("ezd.signature.crl-dir", "/var/lib/ezd/crl"),
                Map.entry("ezd.signature.online-revocation", "true"),
                Map.entry("ezd.signature.revocation-cache-dir", "/var/cache/ezd/revocation"),
                Map.entry("ezd.signature.rebuild-interval", "PT30M"),
                Map.entry("ezd.seal.dir", "/etc/ezd/seals"))));

        assertThat(settings).isEqualTo(new SignatureSettings(
                Optional.of(Path.of("/etc/ezd/trust")),
                Optional.of(Path.of("/etc/ezd/qualified")),
                Optional.of(Path.of("/etc/ezd/pz")),
                Optional.of(Path.of("/etc/ezd/e-dowod")),
                Optional.of(Path.of("/var/lib/ezd/tl")),
                Optional.of(Path.of("/etc/ezd/lotl-signers")),
                "https://lotl.example/eu-lotl.xml",
                true,
                Optional.of(Path.of("/var/lib/ezd/crl")),
                true,
                Optional.of(Path.of("/var/cache/ezd/revocation")),
                Duration.ofMinutes(30),
                Optional.of(Path.of("/etc/ezd/seals"))));
    }

    @Test
    void withNothingSetTheDocumentedDefaultsHold() {
        SignatureSettings settings = SignatureSettings.from(config(Map.of()));

        assertThat(settings).isEqualTo(SignatureSettings.defaults());
        assertThat(settings.lotlUrl()).isEqualTo("https://ec.europa.eu/tools/lotl/eu-lotl.xml");
        assertThat(settings.refreshListsOnline()).isFalse();
        assertThat(settings.onlineRevocation()).isFalse();
        assertThat(settings.rebuildInterval()).isEqualTo(Duration.ofHours(6));
        assertThat(settings.trustDir()).isEmpty();
        assertThat(settings.sealDir()).isEmpty();
    }

    /** The server's MicroProfile Config reduced to what the settings read: strings and booleans from a map. */
    private static Config config(Map<String, String> values) {
        return new Config() {
            @Override
            public <T> Optional<T> getOptionalValue(String name, Class<T> type) {
                Optional<String> value = Optional.ofNullable(values.get(name));
                if (type == String.class) {
                    return value.map(type::cast);
                }
                if (type == Boolean.class) {
                    return value.map(Boolean::valueOf).map(type::cast);
                }
                throw new IllegalArgumentException("no converter for " + type);
            }

            @Override
            public <T> T getValue(String name, Class<T> type) {
                return getOptionalValue(name, type).orElseThrow();
            }

            @Override
            public ConfigValue getConfigValue(String name) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Iterable<String> getPropertyNames() {
                return values.keySet();
            }

            @Override
            public Iterable<ConfigSource> getConfigSources() {
                throw new UnsupportedOperationException();
            }

            @Override
            public <T> Optional<Converter<T>> getConverter(Class<T> type) {
                return Optional.empty();
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
