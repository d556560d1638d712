package pl.ezd.epuapsim.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pl.ezd.epuapsim.entity.SimulatedDocument;
import pl.ezd.epuapsim.entity.SimulatedFile;
import pl.ezd.epuapsim.entity.SimulatorClient;

/**
 * The simulated ePUAP pull service's state: a queue per inbox address (oldest unacknowledged
 * first, redelivered until acknowledged with the right {@code skrot}), the registered system
 * certificates, and seeding. Its callers are the simulator's SOAP endpoint and seeding servlet,
 * which stand for ePUAP, an external system with no EZD user: hence {@code @PermitAll}, and
 * everything answers "switched off" unless {@code ezd.epuap.simulator.enabled} is true (or
 * {@code auto} on the embedded H2 database, i.e. the demo).
 */
@Stateless
@PermitAll
public class EpuapSimulator {

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "ezd.epuap.simulator.enabled", defaultValue = "false")
    String enabled;

    @Resource(lookup = "java:jboss/datasources/EzdDS")
    DataSource dataSource;

    public boolean enabled() {
        return switch (enabled.strip().toLowerCase()) {
            case "true" -> true;
            case "auto" -> embeddedDatabase();
            default -> false;
        };
    }

    /** A letter put in an inbox, as a citizen or institution sends it. */
    public record Letter(String adresSkrytki, String senderId, String senderKind, String senderFirst, String senderName,
                         String senderUser, Instant dataNadania, String fileName, String fileType, byte[] content,
                         int lostAcknowledgements) {
        public Letter(String adresSkrytki, String senderId, String senderKind, String senderFirst, String senderName,
                      String senderUser, Instant dataNadania, String fileName, String fileType, byte[] content) {
            this(adresSkrytki, senderId, senderKind, senderFirst, senderName, senderUser, dataNadania, fileName, fileType, content, 0);
        }
    }

    public record Queued(long id, String skrot) {
    }

    public Queued seed(Letter letter) {
        requireEnabled();
        if (letter.content() == null || letter.content().length == 0 || letter.adresSkrytki() == null || letter.adresSkrytki().isBlank()) {
            throw new IllegalArgumentException("Podaj adres skrytki i treść dokumentu");
        }
        var document = new SimulatedDocument(letter.adresSkrytki().strip(), blank(letter.senderId(), "anonim"),
                blank(letter.senderKind(), "F"), letter.senderFirst(), blank(letter.senderName(), "Nadawca nieznany"),
                letter.senderUser(), letter.dataNadania() == null ? Instant.now() : letter.dataNadania(),
                blank(letter.fileName(), "pismo.xml"), letter.fileType(), letter.content(), Instant.now());
        document.loseAcknowledgements(letter.lostAcknowledgements());
        em.persist(document);
        em.flush();
        return new Queued(document.getId(), document.getSha1());
    }

    public void registerClient(String podmiot, byte[] certificate) {
        requireEnabled();
        X509Certificate x509 = certificate(certificate);
        em.persist(new SimulatorClient(podmiot, encoded(x509), x509.getSubjectX500Principal().getName(), Instant.now()));
    }

    /** Every registered system certificate (the simulator trusts exactly these). */
    public List<X509Certificate> clients() {
        return em.createQuery("select c from SimulatorClient c", SimulatorClient.class).getResultStream()
                .map(c -> certificate(c.getCertificate())).toList();
    }

    /** Whether the certificate with this subject is registered for the podmiot. */
    public boolean isClientOf(String podmiot, String subject) {
        return em.createQuery("select count(c) from SimulatorClient c where c.podmiot = :p and c.subject = :s", Long.class)
                .setParameter("p", podmiot).setParameter("s", subject).getSingleResult() > 0;
    }

    public int waiting(String adresSkrytki) {
        requireEnabled();
        return em.createQuery("select count(d) from SimulatedDocument d where d.adresSkrytki = :a and d.acknowledgedAt is null", Long.class)
                .setParameter("a", adresSkrytki).getSingleResult().intValue();
    }

    /** The oldest unacknowledged document of the inbox, counted as delivered once more. */
    public Optional<SimulatedDocument> next(String adresSkrytki) {
        requireEnabled();
        Optional<SimulatedDocument> next = em.createQuery("select d from SimulatedDocument d where d.adresSkrytki = :a"
                        + " and d.acknowledgedAt is null order by d.id", SimulatedDocument.class)
                .setParameter("a", adresSkrytki).setMaxResults(1).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
        next.ifPresent(d -> {
            d.delivered(Instant.now());
            d.getContent();
        });
        return next;
    }

    /** Acknowledges the oldest delivered, unacknowledged document whose SHA-1 is {@code skrot}; false if none matches. */
    public boolean acknowledge(String adresSkrytki, String skrot) {
        requireEnabled();
        Optional<SimulatedDocument> match = em.createQuery("select d from SimulatedDocument d where d.adresSkrytki = :a"
                        + " and d.acknowledgedAt is null and d.deliveryCount > 0 and d.sha1 = :s order by d.id", SimulatedDocument.class)
                .setParameter("a", adresSkrytki).setParameter("s", skrot).setMaxResults(1)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
        return match.map(d -> d.acknowledge(Instant.now())).orElse(false);
    }

    /**
     * Puts a file into the simulated file repository under {@code name} (a letter points at it by
     * URI), replacing one of that name; the first {@code unavailable} requests for it get 503.
     */
    public void putFile(String name, String mediaType, byte[] content, int unavailable) {
        requireEnabled();
        if (name == null || !name.matches("[A-Za-z0-9._-]{1,255}") || content == null) {
            throw new IllegalArgumentException("Nazwa pliku: litery, cyfry, . _ - (najwyżej 255 znaków) i treść są wymagane");
        }
        em.createQuery("delete from SimulatedFile f where f.name = :n").setParameter("n", name).executeUpdate();
        em.persist(new SimulatedFile(name, mediaType, content, unavailable, Instant.now()));
    }

    /** A file of the repository as served now: empty if absent; {@code available} false while it is to look down. */
    public record ServedFile(boolean available, String mediaType, byte[] content, int requests) {
    }

    public Optional<ServedFile> file(String name) {
        requireEnabled();
        return em.createQuery("select f from SimulatedFile f where f.name = :n", SimulatedFile.class).setParameter("n", name)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .map(f -> {
                    boolean available = f.requested();
                    return new ServedFile(available, f.getMediaType(), available ? f.getContent() : null, f.getRequests());
                });
    }

    /** What happened in an inbox: for tests and benchmarks. */
    public record Status(long queued, long waiting, long acknowledged, long redelivered) {
    }

    public Status status(String adresSkrytki) {
        requireEnabled();
        Object[] row = em.createQuery("select count(d), sum(case when d.acknowledgedAt is null then 1 else 0 end),"
                        + " sum(case when d.deliveryCount > 1 then 1 else 0 end) from SimulatedDocument d where d.adresSkrytki = :a",
                        Object[].class)
                .setParameter("a", adresSkrytki).getSingleResult();
        long queued = ((Number) row[0]).longValue();
        long waiting = row[1] == null ? 0 : ((Number) row[1]).longValue();
        long redelivered = row[2] == null ? 0 : ((Number) row[2]).longValue();
        return new Status(queued, waiting, queued - waiting, redelivered);
    }

    private void requireEnabled() {
        if (!enabled()) {
            throw new SimulatorOffException();
        }
    }

    private static X509Certificate certificate(byte[] encoded) {
        try {
            String text = new String(encoded, java.nio.charset.StandardCharsets.US_ASCII);
            byte[] der = encoded;
            if (text.contains("-----BEGIN CERTIFICATE-----")) {
                der = java.util.Base64.getMimeDecoder().decode(text.replaceAll("-----[A-Z ]+-----", ""));
            }
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        } catch (Exception e) {
            throw new IllegalArgumentException("To nie jest certyfikat X.509 (DER albo PEM)");
        }
    }

    private static byte[] encoded(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalArgumentException("Certyfikatu nie da się zapisać: " + e.getMessage());
        }
    }

    private boolean embeddedDatabase() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("h2");
        } catch (SQLException e) {
            return false;
        }
    }

    private static String blank(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value.strip();
    }
}
