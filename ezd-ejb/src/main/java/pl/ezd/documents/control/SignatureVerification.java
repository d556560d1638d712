package pl.ezd.documents.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pl.ezd.signature.SignatureKind;
import pl.ezd.signature.SignatureVerifier;
import pl.ezd.signature.TrustAnchors;
import pl.ezd.signature.TrustedListStore;
import pl.ezd.signature.VerificationReport;

/**
 * Verifies the electronic signatures a stored file carries, with the installation's trust
 * configuration (all optional; with no anchor configured a signature is at best INDETERMINATE,
 * never VALID):
 * <ul>
 *   <li>{@code ezd.signature.tl.dir}: the trusted-list store (EU list of trusted lists and the
 *       national lists, files kept by the installation), with {@code ezd.signature.tl.lotl-signers}
 *       (the certificates allowed to sign the LOTL), {@code ezd.signature.tl.lotl-url} and
 *       {@code ezd.signature.tl.refresh-online} (download newer lists first; off by default);</li>
 *   <li>national anchors that are not on EU lists: {@code ezd.signature.trust.trusted-profile-dir}
 *       (podpis zaufany), {@code ezd.signature.trust.personal-dir} (podpis osobisty), and
 *       {@code ezd.signature.trust.qualified-dir} (qualified CAs given directly);</li>
 *   <li>{@code ezd.signature.trust-dir}: any other CA the office trusts;</li>
 *   <li>revocation: {@code ezd.signature.crl-dir} (CRL files a job downloads),
 *       {@code ezd.signature.online-revocation} (fetch CRL/OCSP; off by default) and
 *       {@code ezd.signature.revocation-cache-dir}.</li>
 * </ul>
 * The verifier is rebuilt (files read again, lists refreshed when enabled) once it is older than
 * {@code ezd.signature.rebuild-interval} (default 6 hours).
 */
@ApplicationScoped
public class SignatureVerification {

    private static final Logger LOG = Logger.getLogger(SignatureVerification.class.getName());

    @Inject
    @ConfigProperty(name = "ezd.signature.trust-dir")
    Optional<String> trustDir;

    @Inject
    @ConfigProperty(name = "ezd.signature.trust.qualified-dir")
    Optional<String> qualifiedDir;

    @Inject
    @ConfigProperty(name = "ezd.signature.trust.trusted-profile-dir")
    Optional<String> trustedProfileDir;

    @Inject
    @ConfigProperty(name = "ezd.signature.trust.personal-dir")
    Optional<String> personalDir;

    @Inject
    @ConfigProperty(name = "ezd.signature.tl.dir")
    Optional<String> trustedListDir;

    @Inject
    @ConfigProperty(name = "ezd.signature.tl.lotl-signers")
    Optional<String> lotlSigners;

    @Inject
    @ConfigProperty(name = "ezd.signature.tl.lotl-url", defaultValue = TrustedListStore.EU_LOTL_URL)
    String lotlUrl;

    @Inject
    @ConfigProperty(name = "ezd.signature.tl.refresh-online", defaultValue = "false")
    boolean refreshListsOnline;

    @Inject
    @ConfigProperty(name = "ezd.signature.crl-dir")
    Optional<String> crlDir;

    @Inject
    @ConfigProperty(name = "ezd.signature.online-revocation", defaultValue = "false")
    boolean onlineRevocation;

    @Inject
    @ConfigProperty(name = "ezd.signature.revocation-cache-dir")
    Optional<String> revocationCacheDir;

    @Inject
    @ConfigProperty(name = "ezd.signature.rebuild-interval", defaultValue = "PT6H")
    Duration rebuildInterval;

    Clock clock = Clock.systemUTC();

    private volatile Built current;
    private final AtomicBoolean rebuilding = new AtomicBoolean();

    private record Built(SignatureVerifier verifier, Instant at, List<String> trustedListStatus) {
    }

    @PostConstruct
    void build() {
        current = create();
    }

    private Built create() {
        var builder = SignatureVerifier.builder();
        boolean anyTrust = false;
        anyTrust |= anchors(builder, trustDir, SignatureKind.ADVANCED_OTHER);
        anyTrust |= anchors(builder, qualifiedDir, SignatureKind.QUALIFIED_SIGNATURE);
        anyTrust |= anchors(builder, trustedProfileDir, SignatureKind.TRUSTED_PROFILE);
        anyTrust |= anchors(builder, personalDir, SignatureKind.PERSONAL_SIGNATURE);
        if (trustedListDir.isPresent()) {
            if (lotlSigners.isEmpty()) {
                LOG.warning("ezd.signature.tl.dir is set but ezd.signature.tl.lotl-signers is not: the trusted lists are not used");
            } else {
                builder.listOfTrustedLists(lotlUrl, TrustAnchors.load(Path.of(lotlSigners.get())),
                        TrustedListStore.at(Path.of(trustedListDir.get())), refreshListsOnline);
                anyTrust = true;
            }
        }
        if (!anyTrust) {
            LOG.info("No trust anchors configured (ezd.signature.*): signatures verify as INDETERMINATE at best");
        }
        crlDir.map(Path::of).filter(Files::isDirectory).ifPresent(dir -> builder.crls(crls(dir)));
        builder.onlineRevocation(onlineRevocation);
        revocationCacheDir.map(Path::of).ifPresent(builder::revocationCache);
        SignatureVerifier verifier = builder.build();
        verifier.trustedListStatus().forEach(line -> LOG.info("Trusted list " + line));
        return new Built(verifier, clock.instant(), verifier.trustedListStatus());
    }

    private static boolean anchors(SignatureVerifier.Builder builder, Optional<String> dir, SignatureKind kind) {
        Optional<Path> path = dir.map(Path::of).filter(Files::exists);
        path.ifPresent(p -> builder.trustAnchors(kind, TrustAnchors.load(p)));
        return path.isPresent();
    }

    private static List<byte[]> crls(Path dir) {
        List<byte[]> crls = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().toLowerCase().endsWith(".crl")).sorted().toList()) {
                crls.add(Files.readAllBytes(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the CRLs in " + dir, e);
        }
        return crls;
    }

    /** One line per trusted list in use: its URL, signature check, territory, next update. */
    public List<String> trustedListStatus() {
        return current().trustedListStatus();
    }

    /** Whether the file carries a signature worth verifying: a signed PDF or XML with an XML signature. */
    public static boolean looksSigned(byte[] content, String mediaType) {
        String head = new String(content, 0, Math.min(content.length, 8), StandardCharsets.ISO_8859_1);
        String text = new String(content, StandardCharsets.ISO_8859_1);
        if (head.startsWith("%PDF")) {
            return text.contains("/ByteRange") && (text.contains("/Sig") || text.contains("/DocTimeStamp"));
        }
        boolean xml = mediaType != null && mediaType.contains("xml") || head.startsWith("<?xml") || head.startsWith("<");
        return xml && text.contains("http://www.w3.org/2000/09/xmldsig#");
    }

    public VerificationReport verify(byte[] content, String fileName) {
        return current().verifier().verify(content, fileName);
    }

    private Built current() {
        Built built = current;
        if (built.at().plus(rebuildInterval).isBefore(clock.instant()) && rebuilding.compareAndSet(false, true)) {
            // One caller rebuilds; the others go on with the verifier they have.
            try {
                current = create();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Rebuilding the signature verifier failed; the previous trust configuration stays", e);
                current = new Built(built.verifier(), clock.instant(), built.trustedListStatus());
            } finally {
                rebuilding.set(false);
            }
        }
        return current;
    }
}
