package pl.ezd.documents.control;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import pl.ezd.signature.TrustedListStore;

/**
 * The installation's signature configuration, read once from MicroProfile Config at deployment
 * ({@link SignatureSettingsProducer}); {@link SignatureVerification} and {@link OfficeSeal} take it.
 * Every directory is optional; docs/signature.md describes each property (the environment variable
 * is the property's name in capitals with {@code _}, e.g. {@code EZD_SIGNATURE_TRUST_DIR}).
 *
 * <p>The seal's password and PKCS#11 PIN are secrets and stay out of this record (records print
 * every component): {@link OfficeSeal} reads them itself.
 *
 * @param trustDir {@code ezd.signature.trust-dir}: any other CA the office trusts
 * @param qualifiedDir {@code ezd.signature.trust.qualified-dir}: qualified CAs given directly
 * @param trustedProfileDir {@code ezd.signature.trust.trusted-profile-dir}: anchors of podpis zaufany
 * @param personalDir {@code ezd.signature.trust.personal-dir}: anchors of podpis osobisty
 * @param trustedListDir {@code ezd.signature.tl.dir}: the trusted-list store (LOTL and national lists)
 * @param lotlSigners {@code ezd.signature.tl.lotl-signers}: the certificates allowed to sign the LOTL
 * @param lotlUrl {@code ezd.signature.tl.lotl-url}: the LOTL's URL (default the EU LOTL)
 * @param refreshListsOnline {@code ezd.signature.tl.refresh-online}: download newer lists when rebuilding (default false)
 * @param crlDir {@code ezd.signature.crl-dir}: CRL files
 * @param onlineRevocation {@code ezd.signature.online-revocation}: fetch CRL/OCSP (default false)
 * @param revocationCacheDir {@code ezd.signature.revocation-cache-dir}: where fetched revocation data is kept
 * @param rebuildInterval {@code ezd.signature.rebuild-interval}: how old the verifier may get (default 6 hours)
 * @param sealDir {@code ezd.seal.dir}: the organisations' seals ({@code seal-<organizationId>.pkcs11} or {@code .p12})
 */
public record SignatureSettings(
        Optional<Path> trustDir,
        Optional<Path> qualifiedDir,
        Optional<Path> trustedProfileDir,
        Optional<Path> personalDir,
        Optional<Path> trustedListDir,
        Optional<Path> lotlSigners,
        String lotlUrl,
        boolean refreshListsOnline,
        Optional<Path> crlDir,
        boolean onlineRevocation,
        Optional<Path> revocationCacheDir,
        Duration rebuildInterval,
        Optional<Path> sealDir) {

    static final String DEFAULT_LOTL_URL = TrustedListStore.EU_LOTL_URL;
    static final Duration DEFAULT_REBUILD_INTERVAL = Duration.ofHours(6);

    /** What an installation with none of the properties set gets: no trust anchors, no seals. */
    public static SignatureSettings defaults() {
        return new SignatureSettings(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), DEFAULT_LOTL_URL, false, Optional.empty(), false, Optional.empty(), DEFAULT_REBUILD_INTERVAL,
                Optional.empty());
    }

    /** Reads the properties (system properties, environment, ... as MicroProfile Config orders them). */
    public static SignatureSettings from(Config config) {
        return new SignatureSettings(
                path(config, "ezd.signature.trust-dir"),
                path(config, "ezd.signature.trust.qualified-dir"),
                path(config, "ezd.signature.trust.trusted-profile-dir"),
                path(config, "ezd.signature.trust.personal-dir"),
                path(config, "ezd.signature.tl.dir"),
                path(config, "ezd.signature.tl.lotl-signers"),
                config.getOptionalValue("ezd.signature.tl.lotl-url", String.class).orElse(DEFAULT_LOTL_URL),
                config.getOptionalValue("ezd.signature.tl.refresh-online", Boolean.class).orElse(false),
                path(config, "ezd.signature.crl-dir"),
                config.getOptionalValue("ezd.signature.online-revocation", Boolean.class).orElse(false),
                path(config, "ezd.signature.revocation-cache-dir"),
                config.getOptionalValue("ezd.signature.rebuild-interval", String.class).map(Duration::parse)
                        .orElse(DEFAULT_REBUILD_INTERVAL),
                path(config, "ezd.seal.dir"));
    }

    private static Optional<Path> path(Config config, String name) {
        return config.getOptionalValue(name, String.class).map(Path::of);
    }
}
