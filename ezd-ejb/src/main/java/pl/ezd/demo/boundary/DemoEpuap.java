package pl.ezd.demo.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.logging.Logger;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import pl.ezd.epuap.boundary.EpuapInboxes;
import pl.ezd.epuap.control.EpuapLetter;
import pl.ezd.epuap.control.EpuapSampleLetters;
import pl.ezd.epuapsim.boundary.EpuapSimulator;

/**
 * The demo's ePUAP mail: the demo gmina's inbox configured against the application's own ePUAP
 * simulator (with a system certificate made here), a few letters waiting at the first start, and
 * a new letter every few minutes, so mail visibly arrives in the RPW and the head's inbox.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoEpuap {

    private static final Logger LOG = Logger.getLogger(DemoEpuap.class.getName());
    /** The demo gmina's ePUAP identity. */
    public static final String PODMIOT = "umciechocinek";
    public static final String ADRES_SKRYTKI = "/umciechocinek/SkrytkaESP";

    /**
     * Realistic letters (epuap-docs' generator) whose attachments by URI lie in the simulator's
     * file repository; one instance, used under the lock below.
     */
    private final EpuapSampleLetters samples = new EpuapSampleLetters(2026, java.net.URI.create(localFiles()));

    @Inject
    EpuapInboxes inboxes;

    @Inject
    EpuapSimulator simulator;

    /**
     * Whether letters arrive in the demo inbox (three at the first start, one every three minutes).
     * The in-container tests switch it off: background registrations would compete with their own
     * for the organisation's locks, and they count the registers exactly.
     */
    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "ezd.demo-data.epuap-letters", defaultValue = "true")
    boolean letters;

    /** Called by the demo seeding, logged in as the gmina's administrator. */
    @jakarta.annotation.security.RolesAllowed(pl.ezd.organization.entity.Role.ORG_ADMIN_NAME)
    public void configure(int count) {
        if (!simulator.enabled()) {
            LOG.info("ePUAP simulator off: the demo gmina gets no ePUAP inbox");
            return;
        }
        char[] password = HexFormat.of().formatHex(new SecureRandom().generateSeed(12)).toCharArray();
        Issued issued = selfSigned("CN=EZD Urząd Miejski w Ciechocinku, O=Urząd Miejski w Ciechocinku, C=PL");
        inboxes.configure(new EpuapInboxes.InboxForm(PODMIOT, ADRES_SKRYTKI, "SkrytkaESP", localSimulator(), "epuap", 15, false, localFiles()));
        inboxes.certificate(pkcs12(issued, password), new String(password));
        inboxes.configure(new EpuapInboxes.InboxForm(PODMIOT, ADRES_SKRYTKI, "SkrytkaESP", localSimulator(), "epuap", 15, true, localFiles()));
        simulator.registerClient(PODMIOT, encoded(issued.certificate()));
        for (int i = 0; letters && i < count; i++) {
            letter();
        }
    }

    /** Now and then a citizen writes (demo only: nothing happens unless the demo inbox exists). */
    @PermitAll
    @Schedule(hour = "*", minute = "*/3", persistent = false, info = "demo ePUAP letter")
    void now() {
        try {
            if (letters && simulator.enabled() && simulator.status(ADRES_SKRYTKI).queued() > 0) {
                letter();
            }
        } catch (RuntimeException e) {
            LOG.fine(() -> "No demo ePUAP letter: " + e.getMessage());
        }
    }

    private void letter() {
        EpuapSampleLetters.SampleLetter sample;
        synchronized (samples) {
            sample = samples.next();
        }
        sample.filesByUri().forEach((uri, bytes) -> {
            String path = uri.getPath();
            simulator.putFile(path.substring(path.lastIndexOf('/') + 1), "application/pdf", bytes, 0);
        });
        var sender = sample.letter().firstSender().orElseThrow();
        String id = sender.pesel() != null ? "PESEL:" + sender.pesel() : "REGON:" + sender.regon();
        simulator.seed(new EpuapSimulator.Letter(ADRES_SKRYTKI, id, sender.kind() == EpuapLetter.PartyKind.INSTITUTION ? "P" : "F",
                sender.firstName(), sender.kind() == EpuapLetter.PartyKind.INSTITUTION ? sender.institutionName() : sender.lastName(),
                null, Instant.now(), "pismo-ogolne.xml", "text/xml", sample.xml()));
    }

    /** The application's own simulator, on this server's HTTP port. */
    static String localSimulator() {
        int port = Integer.getInteger("jboss.http.port", 8080) + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        return "http://localhost:" + port + "/epuap-sim/services/pull";
    }

    /** The simulator's file repository, where the demo letters' attachments by URI lie. */
    static String localFiles() {
        return localSimulator().replace("/services/pull", "/files/");
    }

    record Issued(KeyPair keys, X509Certificate certificate) {
    }

    private static Issued selfSigned(String subject) {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            var name = new X500Name(subject);
            var builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(System.currentTimeMillis()),
                    Date.from(Instant.now().minus(Duration.ofDays(1))), Date.from(Instant.now().plus(Duration.ofDays(730))), name,
                    keys.getPublic());
            return new Issued(keys, new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate()))));
        } catch (Exception e) {
            throw new IllegalStateException("Demo ePUAP certificate: " + e.getMessage(), e);
        }
    }

    private static byte[] pkcs12(Issued issued, char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("epuap", issued.keys().getPrivate(), password, new X509Certificate[] {issued.certificate()});
            var out = new ByteArrayOutputStream();
            store.store(out, password);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] encoded(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
