package pl.ezd.epuap.control;

import java.io.ByteArrayInputStream;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collections;

/**
 * An organisation's ePUAP system certificate: a PKCS#12 file with one private key and its
 * certificate, opened with its password. Refuses (Polish message) a file that is not PKCS#12, a
 * wrong password, a file without a key, and a certificate out of its validity.
 */
public record SystemCertificate(KeyStore keyStore, String alias, char[] password, X509Certificate certificate) {

    public static SystemCertificate open(byte[] pkcs12, String password) {
        if (pkcs12 == null || pkcs12.length == 0) {
            throw new IllegalArgumentException("Brak pliku certyfikatu (PKCS#12)");
        }
        char[] secret = password == null ? new char[0] : password.toCharArray();
        KeyStore store;
        try {
            store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(pkcs12), secret);
        } catch (Exception e) {
            throw new IllegalArgumentException("Nie udało się otworzyć pliku PKCS#12: zły plik albo złe hasło");
        }
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias) && store.getKey(alias, secret) instanceof PrivateKey
                        && store.getCertificate(alias) instanceof X509Certificate certificate) {
                    return new SystemCertificate(store, alias, secret, certificate);
                }
            }
        } catch (Exception e) {
            throw new IllegalArgumentException("Nie udało się odczytać klucza z pliku PKCS#12: " + e.getMessage());
        }
        throw new IllegalArgumentException("Plik PKCS#12 nie zawiera klucza prywatnego z certyfikatem");
    }

    /** Refuses a certificate that is not valid at {@code now}. */
    public SystemCertificate validAt(Instant now) {
        if (certificate.getNotAfter().toInstant().isBefore(now)) {
            throw new IllegalArgumentException("Certyfikat systemu wygasł " + certificate.getNotAfter().toInstant());
        }
        if (certificate.getNotBefore().toInstant().isAfter(now)) {
            throw new IllegalArgumentException("Certyfikat systemu jest ważny dopiero od " + certificate.getNotBefore().toInstant());
        }
        return this;
    }

    public String subject() {
        return certificate.getSubjectX500Principal().getName();
    }
}
