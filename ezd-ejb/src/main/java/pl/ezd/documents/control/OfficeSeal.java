package pl.ezd.documents.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pl.ezd.signature.SignatureException;
import pl.ezd.signature.SigningKey;

/**
 * The electronic seal of each organisation, in {@code ezd.seal.dir} ({@link SignatureSettings#sealDir()}), one of:
 * <ul>
 *   <li>{@code seal-<organizationId>.pkcs11}: the seal's key in an HSM, reached over PKCS#11 (the
 *       production set-up). A properties file: {@code library} (the PKCS#11 module, e.g.
 *       {@code /usr/lib/softhsm/libsofthsm2.so}), {@code slot} (the token's slot ID), optional
 *       {@code alias} (the key's label when the token holds several) and optional
 *       {@code pin-variable} (the environment variable holding this token's PIN; by default
 *       {@code ezd.seal.pkcs11-pin}, i.e. {@code EZD_SEAL_PKCS11_PIN}). The PIN is never in the file.</li>
 *   <li>{@code seal-<organizationId>.p12}: a PKCS#12 key store opened with {@code ezd.seal.password}.</li>
 * </ul>
 * The HSM entry wins when both exist. An organisation with neither cannot seal documents; one
 * organisation's seal is never looked up under another's id.
 */
@ApplicationScoped
public class OfficeSeal {

    @Inject
    SignatureSettings settings;

    @Inject
    @ConfigProperty(name = "ezd.seal.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "ezd.seal.pkcs11-pin")
    Optional<String> pkcs11Pin;

    /** Reads environment variables (replaced in tests). */
    Function<String, String> environment = System::getenv;

    private final Map<Long, SigningKey> keys = new ConcurrentHashMap<>();

    public Optional<SigningKey> of(long organizationId) {
        if (settings.sealDir().isEmpty()) {
            return Optional.empty();
        }
        SigningKey cached = keys.get(organizationId);
        if (cached != null) {
            return Optional.of(cached);
        }
        Path dir = settings.sealDir().get();
        Path hsm = dir.resolve("seal-" + organizationId + ".pkcs11");
        Path p12 = dir.resolve("seal-" + organizationId + ".p12");
        SigningKey key;
        if (Files.isRegularFile(hsm)) {
            key = fromHsm(organizationId, hsm);
        } else if (Files.isRegularFile(p12) && password.isPresent()) {
            try {
                key = SigningKey.fromPkcs12(Files.readAllBytes(p12), password.get().toCharArray(), null);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the seal of organisation " + organizationId, e);
            }
        } else {
            return Optional.empty();
        }
        SigningKey raced = keys.putIfAbsent(organizationId, key);
        return Optional.of(raced != null ? raced : key);
    }

    private SigningKey fromHsm(long organizationId, Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        String library = p.getProperty("library");
        String slot = p.getProperty("slot");
        if (library == null || slot == null) {
            throw new SignatureException.ConfigurationException(file + ": 'library' and 'slot' are required", null);
        }
        String pinVariable = p.getProperty("pin-variable");
        Optional<String> pin = pinVariable != null ? Optional.ofNullable(environment.apply(pinVariable)) : pkcs11Pin;
        if (pin.isEmpty()) {
            throw new SignatureException.ConfigurationException("No PIN for the HSM seal of organisation " + organizationId
                    + " (set " + (pinVariable != null ? pinVariable : "EZD_SEAL_PKCS11_PIN") + ")", null);
        }
        long slotId;
        try {
            slotId = Long.parseLong(slot.trim());
        } catch (NumberFormatException e) {
            throw new SignatureException.ConfigurationException(file + ": slot must be a number: " + slot, e);
        }
        return SigningKey.fromPkcs11(Path.of(library.trim()), slotId, pin.get().toCharArray(),
                p.getProperty("alias") == null ? null : p.getProperty("alias").trim());
    }
}
