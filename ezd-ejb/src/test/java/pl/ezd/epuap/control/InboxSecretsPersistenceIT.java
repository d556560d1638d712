package pl.ezd.epuap.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import pl.ezd.epuap.entity.EpuapInbox;
import pl.ezd.organization.entity.Organization;
import pl.ezd.organization.entity.OrganizationKind;
import pl.ezd.secrets.boundary.Secrets;
import pl.ezd.secrets.control.MasterKeyFile;

/**
 * The ePUAP system certificate at rest, on a Flyway-migrated PostgreSQL and H2: what is stored
 * holds neither the PKCS#12 bytes nor the password in any column; a row written before V72 in plain
 * text is sealed by the start-up step and its plaintext columns emptied; after a key rotation every
 * certificate is sealed again with the new key; what is opened is a certificate that still works.
 */
class InboxSecretsPersistenceIT {

    private static EmbeddedPostgres postgres;

    @TempDir
    Path keys;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    private static DataSource database(String kind) throws SQLException {
        if ("h2".equals(kind)) {
            var h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
            h2.setUser("sa");
            return h2;
        }
        String name = "ezd_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            c.createStatement().execute("create database " + name);
        }
        return postgres.getDatabase("postgres", name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "h2"})
    void noColumnHoldsTheCertificateOrItsPasswordAndARotationSealsEverythingAgain(String kind) throws Exception {
        DataSource dataSource = database(kind);
        Path keyFile = keys.resolve("ezd-secrets.p12");
        Secrets secrets = Secrets.of(keyFile, "test-key-file", Optional.empty());
        String password = "Haslo-" + HexFormat.of().formatHex(new byte[] {7, 1, 9});
        byte[] pkcs12 = pkcs12(password);
        try (EntityManagerFactory emf = Persistence.createEntityManagerFactory("ezd", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL", "jakarta.persistence.nonJtaDataSource", dataSource))) {
            long stored = inTransaction(emf, em -> {
                EpuapInbox inbox = inbox(em, "0401011");
                new InboxSecrets(secrets).store(inbox, pkcs12, password, "CN=EZD", Instant.now().plus(Duration.ofDays(300)));
                return inbox.getId();
            });
            // an inbox written before V72: the PKCS#12 and the password in plain text
            long legacy = inTransaction(emf, em -> inbox(em, "0401012").getId());
            try (Connection c = dataSource.getConnection(); var update = c.prepareStatement(
                    "update epuap_inbox set certificate_p12 = ?, certificate_password = ? where id = ?")) {
                update.setBytes(1, pkcs12);
                update.setString(2, password);
                update.setLong(3, legacy);
                update.executeUpdate();
            }
            assertThat(rawRow(dataSource, legacy)).as("the test starts from plaintext").anySatisfy(v -> assertThat(contains(v, pkcs12, password)).isTrue());

            List<InboxSecrets.Change> sealed = inTransaction(emf, em -> new InboxSecrets(secrets).sealPlaintext(em));
            assertThat(sealed).extracting(InboxSecrets.Change::inboxId).containsExactly(legacy);
            List<InboxSecrets.Change> again = inTransaction(emf, em -> new InboxSecrets(secrets).sealPlaintext(em));
            assertThat(again).as("once").isEmpty();

            for (long id : List.of(stored, legacy)) {
                assertThat(rawRow(dataSource, id)).as("row %s of %s", id, kind).noneSatisfy(v -> assertThat(contains(v, pkcs12, password)).isTrue());
                assertOpensToAWorkingCertificate(emf, secrets, id, pkcs12, password);
            }
            String firstKey = secrets.currentKeyId();
            assertThat(keyIdOf(emf, stored)).isEqualTo(firstKey);

            Thread.sleep(1100);
            String newKey = MasterKeyFile.addKey(keyFile, "test-key-file".toCharArray());
            List<InboxSecrets.Change> rotated = inTransaction(emf, em -> new InboxSecrets(secrets).resealWithCurrentKey(em));
            assertThat(rotated).extracting(InboxSecrets.Change::fromKey).containsOnly(firstKey);
            assertThat(rotated).extracting(InboxSecrets.Change::toKey).containsOnly(newKey);
            assertThat(rotated).extracting(InboxSecrets.Change::inboxId).contains(stored, legacy);
            List<InboxSecrets.Change> rotatedAgain = inTransaction(emf, em -> new InboxSecrets(secrets).resealWithCurrentKey(em));
            assertThat(rotatedAgain).isEmpty();
            for (long id : List.of(stored, legacy)) {
                assertThat(keyIdOf(emf, id)).isEqualTo(newKey);
                assertThat(rawRow(dataSource, id)).noneSatisfy(v -> assertThat(contains(v, pkcs12, password)).isTrue());
                // only the new key is needed from now on
                Secrets onlyNew = Secrets.of(keyFile, "test-key-file", Optional.of(newKey));
                assertOpensToAWorkingCertificate(emf, onlyNew, id, pkcs12, password);
            }
        }
    }

    private static void assertOpensToAWorkingCertificate(EntityManagerFactory emf, Secrets secrets, long id, byte[] pkcs12,
                                                         String password) {
        var em = emf.createEntityManager();
        try {
            var opened = new InboxSecrets(secrets).open(em.find(EpuapInbox.class, id));
            assertThat(opened.pkcs12()).isEqualTo(pkcs12);
            assertThat(opened.password()).isEqualTo(password);
            assertThat(SystemCertificate.open(opened.pkcs12(), opened.password()).subject()).contains("EZD Test");
        } finally {
            em.close();
        }
    }

    private static String keyIdOf(EntityManagerFactory emf, long id) {
        var em = emf.createEntityManager();
        try {
            return em.find(EpuapInbox.class, id).getSecretKeyId();
        } finally {
            em.close();
        }
    }

    /** Every column of the row as bytes (text as UTF-8). */
    private static List<byte[]> rawRow(DataSource dataSource, long id) throws SQLException {
        try (Connection c = dataSource.getConnection(); var query = c.prepareStatement("select * from epuap_inbox where id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                List<byte[]> values = new ArrayList<>();
                for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                    Object value = row.getObject(i);
                    values.add(value == null ? new byte[0] : value instanceof byte[] bytes ? bytes
                            : value.toString().getBytes(StandardCharsets.UTF_8));
                }
                return values;
            }
        }
    }

    private static boolean contains(byte[] value, byte[] pkcs12, String password) {
        String latin = new String(value, StandardCharsets.ISO_8859_1);
        return value.length > 0 && (latin.contains(new String(pkcs12, StandardCharsets.ISO_8859_1).substring(0, 64))
                || new String(value, StandardCharsets.UTF_8).contains(password)
                || latin.contains(HexFormat.of().formatHex(pkcs12, 0, 32)));
    }

    private static EpuapInbox inbox(EntityManager em, String teryt) {
        var org = new Organization(teryt, "Urząd " + teryt, OrganizationKind.GMINA, null);
        em.persist(org);
        var inbox = new EpuapInbox(org.getId());
        inbox.configure("podmiot" + teryt, "/podmiot" + teryt + "/SkrytkaESP", null, "https://ws.epuap.gov.pl/pk_external_ws/services/pull",
                "epuap", 60, false);
        em.persist(inbox);
        return inbox;
    }

    private static <T> T inTransaction(EntityManagerFactory emf, Function<EntityManager, T> work) {
        var em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            em.close();
        }
    }

    private static byte[] pkcs12(String password) throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var keys = generator.generateKeyPair();
        var name = new X500Name("CN=EZD Test System Certificate, O=Urząd, C=PL");
        X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(name,
                BigInteger.valueOf(System.nanoTime()), Date.from(Instant.now().minus(Duration.ofDays(1))),
                Date.from(Instant.now().plus(Duration.ofDays(300))), name, keys.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("epuap", keys.getPrivate(), password.toCharArray(), new X509Certificate[] {certificate});
        var out = new ByteArrayOutputStream();
        store.store(out, password.toCharArray());
        return out.toByteArray();
    }
}
