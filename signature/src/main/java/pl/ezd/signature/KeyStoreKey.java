package pl.ezd.signature;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** A key held in a JCA key store (PKCS#12 in memory, or a PKCS#11 token). */
final class KeyStoreKey implements SigningKey {
    private final PrivateKey key;
    private final List<X509Certificate> chain;
    private final Provider provider;

    private KeyStoreKey(PrivateKey key, List<X509Certificate> chain, Provider provider) {
        this.key = key;
        this.chain = List.copyOf(chain);
        this.provider = provider;
    }

    static KeyStoreKey from(KeyStore store, char[] password, String alias, Provider provider)
            throws GeneralSecurityException {
        String chosen = alias;
        if (chosen == null) {
            for (String a : Collections.list(store.aliases())) {
                if (store.isKeyEntry(a)) {
                    chosen = a;
                    break;
                }
            }
        }
        if (chosen == null || !store.isKeyEntry(chosen)) {
            throw new SignatureException.KeyAccessException(
                    "No private key entry " + (alias == null ? "" : "'" + alias + "' ") + "in the key store", null);
        }
        PrivateKey key = (PrivateKey) store.getKey(chosen, password);
        Certificate[] certs = store.getCertificateChain(chosen);
        if (certs == null || certs.length == 0) {
            certs = new Certificate[] {store.getCertificate(chosen)};
        }
        List<X509Certificate> chain = new ArrayList<>();
        for (Certificate c : certs) {
            chain.add((X509Certificate) c);
        }
        return new KeyStoreKey(key, chain, provider);
    }

    @Override
    public PrivateKey privateKey() {
        return key;
    }

    @Override
    public List<X509Certificate> certificateChain() {
        return chain;
    }

    @Override
    public Optional<Provider> provider() {
        return Optional.ofNullable(provider);
    }
}
