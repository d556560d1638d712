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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import pl.ezd.signature.SignatureKind;
import pl.ezd.signature.SignatureVerifier;
import pl.ezd.signature.TrustAnchors;
import pl.ezd.signature.TrustedListStore;
import pl.ezd.signature.VerificationReport;

/**
 * Verifies the electronic signatures a stored file carries, with the installation's trust
 * configuration ({@link SignatureSettings}; all optional; with no anchor configured a signature is
 * at best INDETERMINATE, never VALID):
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
    SignatureSettings settings;

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
        anyTrust |= anchors(builder, settings.trustDir(), SignatureKind.ADVANCED_OTHER);
        anyTrust |= anchors(builder, settings.qualifiedDir(), SignatureKind.QUALIFIED_SIGNATURE);
        anyTrust |= anchors(builder, settings.trustedProfileDir(), SignatureKind.TRUSTED_PROFILE);
        anyTrust |= anchors(builder, settings.personalDir(), SignatureKind.PERSONAL_SIGNATURE);
        if (settings.trustedListDir().isPresent()) {
            if (settings.lotlSigners().isEmpty()) {
                LOG.warning("ezd.signature.tl.dir is set but ezd.signature.tl.lotl-signers is not: the trusted lists are not used");
            } else {
                builder.listOfTrustedLists(settings.lotlUrl(), TrustAnchors.load(settings.lotlSigners().get()),
                        TrustedListStore.at(settings.trustedListDir().get()), settings.refreshListsOnline());
                anyTrust = true;
            }
        }
        if (!anyTrust) {
            LOG.info("No trust anchors configured (ezd.signature.*): signatures verify as INDETERMINATE at best");
        }
        settings.crlDir().filter(Files::isDirectory).ifPresent(dir -> builder.crls(crls(dir)));
        builder.onlineRevocation(settings.onlineRevocation());
        settings.revocationCacheDir().ifPresent(builder::revocationCache);
        SignatureVerifier verifier = builder.build();
        verifier.trustedListStatus().forEach(line -> LOG.info("Trusted list " + line));
        return new Built(verifier, clock.instant(), verifier.trustedListStatus());
    }

    private static boolean anchors(SignatureVerifier.Builder builder, Optional<Path> dir, SignatureKind kind) {
        Optional<Path> path = dir.filter(Files::exists);
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
        if (built.at().plus(settings.rebuildInterval()).isBefore(clock.instant()) && rebuilding.compareAndSet(false, true)) {
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
