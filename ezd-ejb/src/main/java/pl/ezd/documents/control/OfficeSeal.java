package pl.ezd.documents.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pl.ezd.signature.SigningKey;

/**
 * The electronic seal of each organisation: a PKCS#12 key store {@code seal-<organizationId>.p12}
 * in {@code ezd.seal.dir}, opened with {@code ezd.seal.password} (from the environment, never the
 * repository). An organisation without a seal there cannot seal documents. (An HSM through PKCS#11,
 * which the signature module supports, is the production set-up to add next.)
 */
@ApplicationScoped
public class OfficeSeal {

    @Inject
    @ConfigProperty(name = "ezd.seal.dir")
    Optional<String> sealDir;

    @Inject
    @ConfigProperty(name = "ezd.seal.password")
    Optional<String> password;

    private final Map<Long, SigningKey> keys = new ConcurrentHashMap<>();

    public Optional<SigningKey> of(long organizationId) {
        if (sealDir.isEmpty() || password.isEmpty()) {
            return Optional.empty();
        }
        Path file = Path.of(sealDir.get()).resolve("seal-" + organizationId + ".p12");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(keys.computeIfAbsent(organizationId, id -> {
            try {
                return SigningKey.fromPkcs12(Files.readAllBytes(file), password.get().toCharArray(), null);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the seal of organisation " + id, e);
            }
        }));
    }
}
