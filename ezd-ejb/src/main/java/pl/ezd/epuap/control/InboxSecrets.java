package pl.ezd.epuap.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import pl.ezd.epuap.entity.EpuapInbox;
import pl.ezd.secrets.boundary.Secrets;

/**
 * The system certificate of an inbox at rest: sealed with the installation's master key when an
 * administrator stores it, opened only for a pull, sealed again when the master key changes, and
 * (once, at start-up) taken out of the plaintext columns rows written before V72 still have. The
 * callers record the audit entries: {@link Change} names what happened, never a secret.
 */
public final class InboxSecrets {

    static final String CERTIFICATE = "certificate";
    static final String PASSWORD = "password";

    private final Secrets secrets;

    public InboxSecrets(Secrets secrets) {
        this.secrets = secrets;
    }

    /** The certificate and password of an inbox, opened. */
    public record Opened(byte[] pkcs12, String password) {

        @Override
        public String toString() {
            return "Opened[secret]";
        }
    }

    /**
     * One inbox's certificate sealed (from plaintext: {@code fromKey} null) or sealed again; or,
     * with {@code problem} (Polish) and no {@code toKey}, left as it was because it could not be opened.
     */
    public record Change(long inboxId, long organizationId, String fromKey, String toKey, String problem) {
    }

    public void store(EpuapInbox inbox, byte[] pkcs12, String password, String subject, Instant notAfter) {
        long org = inbox.getOrganizationId();
        var certificate = secrets.seal(pkcs12, EpuapInbox.secretContext(org, CERTIFICATE));
        var secret = secrets.seal(bytes(password), EpuapInbox.secretContext(org, PASSWORD));
        inbox.certificate(certificate.value(), secret.value(), certificate.keyId(), subject, notAfter);
    }

    /** @throws pl.ezd.secrets.boundary.SecretException if the master key is missing or wrong or the data changed */
    public Opened open(EpuapInbox inbox) {
        if (!inbox.hasCertificate()) {
            throw new IllegalStateException("Skrytka nie ma zapisanego certyfikatu systemu");
        }
        long org = inbox.getOrganizationId();
        byte[] pkcs12 = secrets.open(inbox.getCertificateSealed(), EpuapInbox.secretContext(org, CERTIFICATE));
        byte[] password = secrets.open(inbox.getCertificatePasswordSealed(), EpuapInbox.secretContext(org, PASSWORD));
        return new Opened(pkcs12, new String(password, StandardCharsets.UTF_8));
    }

    /**
     * Seals what rows written before V72 keep in plain text ({@code certificate_p12},
     * {@code certificate_password}) and empties those columns, in the caller's transaction.
     */
    public List<Change> sealPlaintext(EntityManager em) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, certificate_p12, certificate_password from epuap_inbox"
                + " where certificate_p12 is not null or certificate_password is not null order by id for update").getResultList();
        List<Change> changes = new ArrayList<>();
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            byte[] pkcs12 = (byte[]) row[1];
            String password = row[2] == null ? "" : row[2].toString();
            EpuapInbox inbox = em.find(EpuapInbox.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (pkcs12 != null && !inbox.hasCertificate()) {
                long org = inbox.getOrganizationId();
                var certificate = secrets.seal(pkcs12, EpuapInbox.secretContext(org, CERTIFICATE));
                var secret = secrets.seal(bytes(password), EpuapInbox.secretContext(org, PASSWORD));
                inbox.sealed(certificate.value(), secret.value(), certificate.keyId());
                changes.add(new Change(id, org, null, certificate.keyId(), null));
            }
            em.flush();
            em.createNativeQuery("update epuap_inbox set certificate_p12 = null, certificate_password = null where id = ?1")
                    .setParameter(1, id).executeUpdate();
        }
        return changes;
    }

    /** Seals again, with the current master key, every certificate sealed with another one. */
    public List<Change> resealWithCurrentKey(EntityManager em) {
        String current = secrets.currentKeyId();
        List<EpuapInbox> old = em.createQuery("select i from EpuapInbox i where i.certificateSealed is not null"
                        + " and (i.secretKeyId is null or i.secretKeyId <> :current) order by i.id", EpuapInbox.class)
                .setParameter("current", current).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        List<Change> changes = new ArrayList<>();
        for (EpuapInbox inbox : old) {
            long org = inbox.getOrganizationId();
            Opened opened;
            try {
                opened = open(inbox);
            } catch (pl.ezd.secrets.boundary.SecretException e) {
                changes.add(new Change(inbox.getId(), org, inbox.getSecretKeyId(), null, e.getMessage()));
                continue;
            }
            var certificate = secrets.seal(opened.pkcs12(), EpuapInbox.secretContext(org, CERTIFICATE));
            var secret = secrets.seal(bytes(opened.password()), EpuapInbox.secretContext(org, PASSWORD));
            changes.add(new Change(inbox.getId(), org, inbox.getSecretKeyId(), certificate.keyId(), null));
            inbox.sealed(certificate.value(), secret.value(), certificate.keyId());
        }
        return changes;
    }

    private static byte[] bytes(String password) {
        return (password == null ? "" : password).getBytes(StandardCharsets.UTF_8);
    }
}
