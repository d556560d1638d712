package pl.ezd.signature;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads trust anchor certificates that an administrator placed in files: PEM (one or many
 * certificates per file) or DER, a single file or every {@code .pem}, {@code .crt}, {@code .cer}
 * and {@code .der} file of a directory.
 */
public final class TrustAnchors {

    private TrustAnchors() {
    }

    /**
     * @param path a certificate file or a directory of them
     * @return the certificates found, in file name order
     * @throws SignatureException.ConfigurationException if a file cannot be read or parsed
     */
    public static List<X509Certificate> load(Path path) {
        try {
            if (Files.isDirectory(path)) {
                List<X509Certificate> all = new ArrayList<>();
                try (Stream<Path> files = Files.list(path)) {
                    for (Path f : files.filter(TrustAnchors::isCertificateFile).sorted().toList()) {
                        all.addAll(read(Files.readAllBytes(f)));
                    }
                }
                return List.copyOf(all);
            }
            return read(Files.readAllBytes(path));
        } catch (IOException | CertificateException e) {
            throw new SignatureException.ConfigurationException("Cannot read trust anchors from " + path, e);
        }
    }

    /**
     * @param encoded PEM or DER certificates
     * @return the certificates
     * @throws SignatureException.ConfigurationException if the bytes are not certificates
     */
    public static List<X509Certificate> parse(byte[] encoded) {
        try {
            return read(encoded);
        } catch (CertificateException e) {
            throw new SignatureException.ConfigurationException("Not a certificate", e);
        }
    }

    private static boolean isCertificateFile(Path p) {
        String n = p.getFileName().toString().toLowerCase();
        return n.endsWith(".pem") || n.endsWith(".crt") || n.endsWith(".cer") || n.endsWith(".der");
    }

    private static List<X509Certificate> read(byte[] bytes) throws CertificateException {
        CertificateFactory cf = CertificateFactory.getInstance("X.509");
        List<X509Certificate> out = new ArrayList<>();
        for (Certificate c : cf.generateCertificates(new ByteArrayInputStream(bytes))) {
            out.add((X509Certificate) c);
        }
        if (out.isEmpty()) {
            throw new CertificateException("no certificate found");
        }
        return List.copyOf(out);
    }
}
