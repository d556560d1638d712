package pl.ezd.signature;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.qualified.QCStatement;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A small PKI made by the tests: root, intermediate, signers (valid, qualified seal, expired,
 * revoked), a TSA, CRLs of both CAs, and an unrelated "rogue" CA. Built once per JVM (RSA key
 * generation is the slow part).
 */
final class TestPki {

    static final char[] PASSWORD = "test-only".toCharArray();
    private static final AtomicLong SERIAL = new AtomicLong(1000);
    private static TestPki instance;

    final Entity root;
    final Entity intermediate;
    final Entity signer;
    final Entity seal;
    final Entity expired;
    final Entity revoked;
    final Entity tsa;
    final Entity rogueRoot;
    final Entity rogueSigner;
    final byte[] rootCrl;
    final byte[] intermediateCrl;
    final HttpServer crlServer;
    final AtomicInteger crlRequests = new AtomicInteger();
    private static String crlBase;

    /** A key with its certificate and chain (certificate first). */
    record Entity(PrivateKey key, X509Certificate cert, List<X509Certificate> chain) {
        SigningKey signingKey() {
            return SigningKey.fromPkcs12(pkcs12(), PASSWORD, null);
        }

        byte[] pkcs12() {
            try {
                KeyStore ks = KeyStore.getInstance("PKCS12");
                ks.load(null, null);
                ks.setKeyEntry("key", key, PASSWORD, chain.toArray(new X509Certificate[0]));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ks.store(out, PASSWORD);
                return out.toByteArray();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static synchronized TestPki get() {
        if (instance == null) {
            try {
                instance = new TestPki();
            } catch (Exception e) {
                throw new IllegalStateException("Cannot build the test PKI", e);
            }
        }
        return instance;
    }

    private TestPki() throws Exception {
        // CRLs are published on a loopback port named in the certificates' distribution points;
        // offline verification must never ask for them, online verification fetches them.
        crlServer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        crlServer.createContext("/", exchange -> {
            crlRequests.incrementAndGet();
            String path = exchange.getRequestURI().getPath();
            byte[] body = published(path);
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                exchange.getResponseHeaders().add("Content-Type", "application/pkix-crl");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        crlServer.setExecutor(null);
        // The server's dispatcher thread inherits the daemon flag of the thread that starts it:
        // a daemon, so that hand-run mains (benchmarks, comparisons) can end.
        Thread starter = new Thread(crlServer::start, "test-pki-crl-server-start");
        starter.setDaemon(true);
        starter.start();
        starter.join();
        crlBase = "http://127.0.0.1:" + crlServer.getAddress().getPort() + "/";
        Instant now = Instant.now();
        root = ca("CN=EZD Test Root CA,O=EZD Test,C=PL", null, now.minus(Duration.ofDays(365)), now.plus(Duration.ofDays(3650)));
        intermediate = ca("CN=EZD Test Issuing CA,O=EZD Test,C=PL", root, now.minus(Duration.ofDays(300)), now.plus(Duration.ofDays(1800)));
        signer = endEntity("CN=Jan Kowalski,O=Urzad Gminy Testowo,C=PL", intermediate, now.minus(Duration.ofDays(30)),
                now.plus(Duration.ofDays(365)), null, false);
        seal = endEntity("CN=Urzad Gminy Testowo,O=Urzad Gminy Testowo,C=PL", intermediate, now.minus(Duration.ofDays(30)),
                now.plus(Duration.ofDays(365)), null, true);
        expired = endEntity("CN=Anna Przeterminowana,C=PL", intermediate, now.minus(Duration.ofDays(200)),
                now.minus(Duration.ofDays(100)), null, false);
        revoked = endEntity("CN=Piotr Uniewazniony,C=PL", intermediate, now.minus(Duration.ofDays(30)),
                now.plus(Duration.ofDays(365)), null, false);
        tsa = endEntity("CN=EZD Test TSA,O=EZD Test,C=PL", intermediate, now.minus(Duration.ofDays(30)),
                now.plus(Duration.ofDays(365)), KeyPurposeId.id_kp_timeStamping, false);
        rogueRoot = ca("CN=EZD Test Root CA,O=EZD Test,C=PL", null, now.minus(Duration.ofDays(10)), now.plus(Duration.ofDays(100)));
        rogueSigner = endEntity("CN=Jan Kowalski,O=Urzad Gminy Testowo,C=PL", rogueRoot, now.minus(Duration.ofDays(5)),
                now.plus(Duration.ofDays(100)), null, false);
        rootCrl = crl(root, null, now);
        intermediateCrl = crl(intermediate, revoked.cert(), now);
    }

    private byte[] published(String path) {
        return path.endsWith("/root.crl") ? rootCrl : path.endsWith("/issuing.crl") ? intermediateCrl : null;
    }

    /** A CRL issued now by the given CA (revoking the test's revoked signer if it is its issuer). */
    byte[] freshCrl(Entity ca) {
        try {
            return crl(ca, ca == intermediate ? revoked.cert() : null, Instant.now().plusSeconds(300));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair rsa() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        return g.generateKeyPair();
    }

    private static Entity ca(String dn, Entity issuer, Instant from, Instant to) throws Exception {
        KeyPair kp = rsa();
        JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
        X500Name subject = new X500Name(dn);
        X500Name issuerName = issuer == null ? subject : X500Name.getInstance(issuer.cert().getSubjectX500Principal().getEncoded());
        X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuerName, serial(), Date.from(from), Date.from(to),
                subject, kp.getPublic());
        b.addExtension(Extension.basicConstraints, true, issuer == null ? new BasicConstraints(true) : new BasicConstraints(0));
        b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        b.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(kp.getPublic()));
        if (issuer != null) {
            b.addExtension(Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(issuer.cert()));
            b.addExtension(Extension.cRLDistributionPoints, false, crlDistributionPoint(issuer));
        }
        PrivateKey signingKey = issuer == null ? kp.getPrivate() : issuer.key();
        X509Certificate cert = new JcaX509CertificateConverter().getCertificate(b.build(signer(signingKey)));
        List<X509Certificate> chain = issuer == null ? List.of(cert) : concat(cert, issuer.chain());
        return new Entity(kp.getPrivate(), cert, chain);
    }

    private static Entity endEntity(String dn, Entity issuer, Instant from, Instant to, KeyPurposeId eku,
            boolean qualifiedSeal) throws Exception {
        return endEntity(dn, issuer, from, to, eku, qualifiedSeal, null);
    }

    /**
     * An end-entity certificate whose revocation status is published only by OCSP at {@code ocspUrl}
     * (Authority Information Access, no CRL distribution point).
     */
    static Entity ocspEndEntity(String dn, Entity issuer, String ocspUrl) {
        try {
            Instant now = Instant.now();
            return endEntity(dn, issuer, now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(365)), null, false, ocspUrl);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A further issuing CA under the test root (its own status from the root's CRL). */
    Entity issuingCa(String dn) {
        try {
            Instant now = Instant.now();
            return ca(dn, root, now.minus(Duration.ofDays(300)), now.plus(Duration.ofDays(1800)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Entity endEntity(String dn, Entity issuer, Instant from, Instant to, KeyPurposeId eku,
            boolean qualifiedSeal, String ocspUrl) throws Exception {
        KeyPair kp = rsa();
        JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
        X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(
                X500Name.getInstance(issuer.cert().getSubjectX500Principal().getEncoded()), serial(),
                Date.from(from), Date.from(to), new X500Name(dn), kp.getPublic());
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        if (eku != null) {
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            b.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(eku));
        } else {
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.nonRepudiation | KeyUsage.digitalSignature));
        }
        b.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(kp.getPublic()));
        b.addExtension(Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(issuer.cert()));
        if (ocspUrl == null) {
            b.addExtension(Extension.cRLDistributionPoints, false, crlDistributionPoint(issuer));
        } else {
            b.addExtension(Extension.authorityInfoAccess, false, new org.bouncycastle.asn1.x509.AuthorityInformationAccess(
                    org.bouncycastle.asn1.x509.AccessDescription.id_ad_ocsp,
                    new GeneralName(GeneralName.uniformResourceIdentifier, ocspUrl)));
        }
        if (qualifiedSeal) {
            // QcCompliance (0.4.0.1862.1.1), QcSSCD and QcType eseal (0.4.0.1862.1.6 -> 0.4.0.1862.1.6.2)
            ASN1EncodableVector types = new ASN1EncodableVector();
            types.add(new ASN1ObjectIdentifier("0.4.0.1862.1.6.2"));
            ASN1EncodableVector statements = new ASN1EncodableVector();
            statements.add(new QCStatement(new ASN1ObjectIdentifier("0.4.0.1862.1.1")));
            statements.add(new QCStatement(new ASN1ObjectIdentifier("0.4.0.1862.1.4"))); // QcSSCD
            statements.add(new QCStatement(new ASN1ObjectIdentifier("0.4.0.1862.1.6"), new DERSequence(types)));
            b.addExtension(Extension.qCStatements, false, new DERSequence(statements));
        }
        X509Certificate cert = new JcaX509CertificateConverter().getCertificate(b.build(signer(issuer.key())));
        return new Entity(kp.getPrivate(), cert, concat(cert, issuer.chain()));
    }

    private static byte[] crl(Entity ca, X509Certificate revokedCert, Instant now) throws Exception {
        X509v2CRLBuilder b = new X509v2CRLBuilder(X500Name.getInstance(ca.cert().getSubjectX500Principal().getEncoded()),
                Date.from(now.minus(Duration.ofMinutes(5))));
        b.setNextUpdate(Date.from(now.plus(Duration.ofDays(7))));
        if (revokedCert != null) {
            b.addCRLEntry(revokedCert.getSerialNumber(), Date.from(now.minus(Duration.ofDays(1))), CRLReason.keyCompromise);
        }
        b.addExtension(Extension.authorityKeyIdentifier, false, new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(ca.cert()));
        X509CRLHolder holder = b.build(signer(ca.key()));
        return holder.getEncoded();
    }

    /**
     * DSS accepts revocation data only for certificates that say where it is published.
     */
    private static CRLDistPoint crlDistributionPoint(Entity issuer) {
        String name = issuer.cert().getSubjectX500Principal().getName().contains("Root") ? "root" : "issuing";
        GeneralNames where = new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier,
                crlBase + name + ".crl"));
        return new CRLDistPoint(new DistributionPoint[] {
            new DistributionPoint(new DistributionPointName(where), null, null)});
    }

    static ContentSigner signer(PrivateKey key) throws Exception {
        return new JcaContentSignerBuilder("SHA256withRSA").build(key);
    }

    private static BigInteger serial() {
        return BigInteger.valueOf(SERIAL.incrementAndGet());
    }

    private static List<X509Certificate> concat(X509Certificate first, List<X509Certificate> rest) {
        java.util.ArrayList<X509Certificate> l = new java.util.ArrayList<>();
        l.add(first);
        l.addAll(rest);
        return List.copyOf(l);
    }

    /** A verifier trusting the test root, with both CRLs. */
    SignatureVerifier.Builder verifier() {
        return SignatureVerifier.builder()
                .trustAnchors(SignatureKind.ADVANCED_OTHER, List.of(root.cert()))
                .crls(List.of(rootCrl, intermediateCrl));
    }
}
