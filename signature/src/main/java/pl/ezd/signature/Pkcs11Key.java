package pl.ezd.signature;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.Provider;
import java.security.Security;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Opens keys on PKCS#11 tokens; one SunPKCS11 provider per library and token. */
final class Pkcs11Key {

    private static final ConcurrentMap<String, Provider> PROVIDERS = new ConcurrentHashMap<>();

    private Pkcs11Key() {
    }

    static SigningKey open(Path library, long slotId, char[] pin, String alias) {
        if (!Files.isReadable(library)) {
            throw new SignatureException.KeyAccessException("PKCS#11 library not found: " + library, null);
        }
        try {
            Provider provider = PROVIDERS.computeIfAbsent(library + "|" + slotId, k -> configure(library, slotId));
            KeyStore store = KeyStore.getInstance("PKCS11", provider);
            store.load(null, pin);
            return KeyStoreKey.from(store, pin, alias, provider);
        } catch (GeneralSecurityException | java.io.IOException | RuntimeException e) {
            if (e instanceof SignatureException se) {
                throw se;
            }
            throw new SignatureException.KeyAccessException(
                    "Cannot open the token in slot " + slotId + " of " + library, e);
        }
    }

    private static Provider configure(Path library, long slotId) {
        String name = "EZD-" + Integer.toHexString((library + "|" + slotId).hashCode());
        String config = "--name = " + name + "\n"
                + "library = " + library.toAbsolutePath() + "\n"
                + "slot = " + slotId + "\n";
        Provider base = Security.getProvider("SunPKCS11");
        if (base == null) {
            throw new SignatureException.KeyAccessException("The JDK has no SunPKCS11 provider", null);
        }
        Provider provider = base.configure(config);
        // xmlsec and DSS pick providers through JCA: the token's provider must be installed.
        Security.addProvider(provider);
        return provider;
    }
}
