package pl.ezd.signature;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

/**
 * A private key with its certificate chain, from a PKCS#12 file or a PKCS#11 token (HSM, smart
 * card). The two implementations differ in where the key lives and which JCA provider signs.
 */
public interface SigningKey {

    /**
     * @return the private key; for a token, a handle, the key material never leaves the device
     */
    PrivateKey privateKey();

    /**
     * @return the signer's certificate first, then its issuers, as far as the key store holds them
     */
    List<X509Certificate> certificateChain();

    /**
     * @return the JCA provider that must perform the signature, if not any provider will do
     */
    Optional<Provider> provider();

    /**
     * @return the signer's certificate
     */
    default X509Certificate certificate() {
        return certificateChain().get(0);
    }

    /**
     * Loads a key from PKCS#12 bytes.
     *
     * @param pkcs12 the key store
     * @param password the store and key password
     * @param alias the entry to use, or {@code null} for the first key entry
     * @return the key
     * @throws SignatureException.KeyAccessException if the store cannot be read or has no such key
     */
    static SigningKey fromPkcs12(byte[] pkcs12, char[] password, String alias) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(pkcs12), password);
            return KeyStoreKey.from(store, password, alias, null);
        } catch (IOException | GeneralSecurityException e) {
            throw new SignatureException.KeyAccessException("Cannot read the PKCS#12 key store", e);
        }
    }

    /**
     * Loads a key from a PKCS#12 file.
     *
     * @param file the key store file
     * @param password the store and key password
     * @param alias the entry to use, or {@code null} for the first key entry
     * @return the key
     * @throws SignatureException.KeyAccessException if the file cannot be read or has no such key
     */
    static SigningKey fromPkcs12(Path file, char[] password, String alias) {
        try {
            return fromPkcs12(Files.readAllBytes(file), password, alias);
        } catch (IOException e) {
            throw new SignatureException.KeyAccessException("Cannot read " + file, e);
        }
    }

    /**
     * Opens a key on a PKCS#11 token through the JDK's SunPKCS11 provider.
     *
     * @param library the PKCS#11 module, e.g. {@code /usr/lib/softhsm/libsofthsm2.so}
     * @param slotId the PKCS#11 slot ID of the token (as {@code softhsm2-util --show-slots} or
     *        {@code pkcs11-tool -L} lists it)
     * @param pin the user PIN
     * @param alias the key's label, or {@code null} for the first key on the token
     * @return the key
     * @throws SignatureException.KeyAccessException if the library, token or key cannot be used
     */
    static SigningKey fromPkcs11(Path library, long slotId, char[] pin, String alias) {
        return Pkcs11Key.open(library, slotId, pin, alias);
    }
}
