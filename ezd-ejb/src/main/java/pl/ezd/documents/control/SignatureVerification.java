package pl.ezd.documents.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pl.ezd.signature.SignatureKind;
import pl.ezd.signature.SignatureVerifier;
import pl.ezd.signature.TrustAnchors;
import pl.ezd.signature.VerificationReport;

/**
 * Verifies the electronic signatures a stored file carries, with the installation's trust
 * anchors ({@code ezd.signature.trust-dir}: certificates, PEM or DER). With no anchor configured a
 * signature can at best be INDETERMINATE, never VALID.
 */
@ApplicationScoped
public class SignatureVerification {

    private static final Logger LOG = Logger.getLogger(SignatureVerification.class.getName());

    @Inject
    @ConfigProperty(name = "ezd.signature.trust-dir")
    Optional<String> trustDir;

    private SignatureVerifier verifier;

    @PostConstruct
    void build() {
        var builder = SignatureVerifier.builder();
        trustDir.map(Path::of).filter(Files::isDirectory).ifPresentOrElse(
                dir -> builder.trustAnchors(SignatureKind.ADVANCED_OTHER, TrustAnchors.load(dir)),
                () -> LOG.info("No trust anchors configured (ezd.signature.trust-dir): signatures verify as INDETERMINATE at best"));
        verifier = builder.build();
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
        return verifier.verify(content, fileName);
    }
}
