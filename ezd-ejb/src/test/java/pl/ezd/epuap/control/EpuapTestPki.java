package pl.ezd.epuap.control;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import pl.ezd.signature.DocumentSigner;
import pl.ezd.signature.SignatureKind;
import pl.ezd.signature.SignatureVerifier;
import pl.ezd.signature.SigningKey;

/**
 * A test PKI like the signature module's: a root CA standing for the trusted-profile service, a
 * citizen's certificate it issued (naming where its CRL is published, as DSS wants) and that CRL.
 * Built once per JVM; nothing is ever fetched.
 */
final class EpuapTestPki {

    private static final char[] PASSWORD = "test-only".toCharArray();
    private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());
    private static EpuapTestPki instance;

    final X509Certificate root;
    final SigningKey citizen;
    final byte[] rootCrl;

    static synchronized EpuapTestPki get() {
        if (instance == null) {
            try {
                instance = new EpuapTestPki();
            } catch (Exception e) {
                throw new IllegalStateException("Cannot build the test PKI", e);
            }
        }
        return instance;
    }

    private EpuapTestPki() throws Exception {
        Instant now = Instant.now();
        KeyPair rootKeys = rsa();
        X500Name rootName = new X500Name("CN=EZD Test Profil Zaufany CA,O=EZD Test,C=PL");
        var ext = new JcaX509ExtensionUtils();
        var rootBuilder = new JcaX509v3CertificateBuilder(rootName, serial(), Date.from(now.minus(Duration.ofDays(365))),
                Date.from(now.plus(Duration.ofDays(3650))), rootName, rootKeys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                .addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(rootKeys.getPublic()));
        root = new JcaX509CertificateConverter().getCertificate(rootBuilder.build(signer(rootKeys)));

        KeyPair citizenKeys = rsa();
        var where = new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier, "http://127.0.0.1:9/root.crl"));
        var citizenBuilder = new JcaX509v3CertificateBuilder(root, serial(), Date.from(now.minus(Duration.ofDays(30))),
                Date.from(now.plus(Duration.ofDays(365))), new X500Name("CN=Grzegorz Brzęczyszczykiewicz,C=PL"),
                citizenKeys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.nonRepudiation | KeyUsage.digitalSignature))
                .addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(citizenKeys.getPublic()))
                .addExtension(Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(root))
                .addExtension(Extension.cRLDistributionPoints, false,
                        new CRLDistPoint(new DistributionPoint[] {new DistributionPoint(new DistributionPointName(where), null, null)}));
        X509Certificate citizenCert = new JcaX509CertificateConverter().getCertificate(citizenBuilder.build(signer(rootKeys)));
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("citizen", citizenKeys.getPrivate(), PASSWORD, new X509Certificate[] {citizenCert, root});
        var out = new ByteArrayOutputStream();
        store.store(out, PASSWORD);
        citizen = SigningKey.fromPkcs12(out.toByteArray(), PASSWORD, null);

        var crl = new X509v2CRLBuilder(rootName, Date.from(now.minus(Duration.ofMinutes(5))));
        crl.setNextUpdate(Date.from(now.plus(Duration.ofDays(7))));
        crl.addExtension(Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(root));
        rootCrl = crl.build(signer(rootKeys)).getEncoded();
    }

    DocumentSigner signer() {
        return DocumentSigner.builder(citizen).build();
    }

    SignatureVerifier verifier() {
        return SignatureVerifier.builder().trustAnchors(SignatureKind.TRUSTED_PROFILE, List.of(root)).crls(List.of(rootCrl))
                .build();
    }

    private static org.bouncycastle.operator.ContentSigner signer(KeyPair keys) throws Exception {
        return new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate());
    }

    private static BigInteger serial() {
        return BigInteger.valueOf(SERIAL.incrementAndGet());
    }

    private static KeyPair rsa() throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }
}
