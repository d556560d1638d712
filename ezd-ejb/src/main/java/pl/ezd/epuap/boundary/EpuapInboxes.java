package pl.ezd.epuap.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import pl.ezd.audit.boundary.AuditTrail;
import pl.ezd.epuap.control.InboxSecrets;
import pl.ezd.epuap.control.SystemCertificate;
import pl.ezd.epuap.entity.EpuapInbox;
import pl.ezd.organization.boundary.Caller;
import pl.ezd.organization.boundary.CallerIdentity;
import pl.ezd.organization.entity.Role;
import pl.ezd.secrets.boundary.Secrets;
import pl.ezd.validation.boundary.InvalidInputException;

/**
 * The ePUAP inbox of the caller's organisation, configured by its administrator (ORG_ADMIN):
 * podmiot, inbox address and name, service address, the account that registers what arrives,
 * polling interval, on/off, and the system certificate (stored, never returned). Every change is
 * audited. Also the pull scheduler's own reads and lease (no user).
 */
@Stateless
public class EpuapInboxes {

    static final Duration LEASE = Duration.ofMinutes(5);

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Secrets secrets;

    /**
     * What an administrator sends; the interval in seconds; {@code fileRepositoryUrl} the base
     * address of the ePUAP file repository from which attachments given by URI are fetched (none:
     * such documents wait for the registry office).
     */
    public record InboxForm(String podmiot, String adresSkrytki, String nazwaSkrytki, String endpointUrl, String account,
                            Integer pollIntervalSeconds, Boolean enabled, String fileRepositoryUrl) {
        // one constructor only: Yasson binds JSON to a record through its only constructor
    }

    @RolesAllowed(Role.ORG_ADMIN_NAME)
    public Optional<InboxView> configuration() {
        return mine(LockModeType.NONE).map(InboxView::of);
    }

    @RolesAllowed(Role.ORG_ADMIN_NAME)
    public InboxView configure(InboxForm form) {
        CallerIdentity me = caller.identity();
        EpuapInbox inbox = mine(LockModeType.PESSIMISTIC_WRITE).orElseGet(() -> new EpuapInbox(me.organizationId()));
        var violations = new InvalidInputException.Collector();
        String account = form.account() == null ? null : form.account().strip();
        if (account != null && !account.isEmpty()) {
            boolean registry = caller.colleague(account).map(c -> c.roles().contains(Role.REGISTRY)).orElse(false);
            if (!registry) {
                violations.add("account", "Konto rejestrujące musi być aktywnym kontem tej organizacji z rolą kancelarii (REGISTRY): " + account);
            }
        }
        violations.check("form", () -> {
            inbox.configure(form.podmiot(), form.adresSkrytki(), form.nazwaSkrytki(), form.endpointUrl(), account,
                    form.pollIntervalSeconds() == null ? 60 : form.pollIntervalSeconds(), Boolean.TRUE.equals(form.enabled()));
            return inbox;
        });
        violations.check("fileRepositoryUrl", () -> {
            inbox.fileRepository(form.fileRepositoryUrl());
            return inbox;
        });
        violations.throwIfAny();
        if (inbox.getId() == null) {
            em.persist(inbox);
            em.flush();
        }
        auditTrail.record(me.organizationId(), me.username(), "EPUAP_INBOX_CONFIGURED", "EpuapInbox", inbox.getId(),
                "skrytka ePUAP " + inbox.getAdresSkrytki() + " podmiotu " + inbox.getPodmiot() + ", usługa " + inbox.getEndpointUrl()
                        + ", konto " + inbox.getAccount() + ", co " + inbox.getPollIntervalSeconds() + " s, repozytorium plików "
                        + (inbox.getFileRepositoryUrl() == null ? "(brak)" : inbox.getFileRepositoryUrl()) + ", "
                        + (inbox.isEnabled() ? "włączona" : "wyłączona"));
        return InboxView.of(inbox);
    }

    /** Stores the system certificate (PKCS#12 with its password); checked before it is kept; never given back. */
    @RolesAllowed(Role.ORG_ADMIN_NAME)
    public InboxView certificate(byte[] pkcs12, String password) {
        CallerIdentity me = caller.identity();
        EpuapInbox inbox = mine(LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new InvalidInputException("certificate", "Najpierw zapisz konfigurację skrytki ePUAP"));
        SystemCertificate certificate;
        try {
            certificate = SystemCertificate.open(pkcs12, password).validAt(Instant.now());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("certificate", e.getMessage());
        }
        try {
            new InboxSecrets(secrets).store(inbox, pkcs12, password, certificate.subject(),
                    certificate.certificate().getNotAfter().toInstant());
        } catch (pl.ezd.secrets.boundary.SecretException e) {
            // the master key file cannot be used (unwritable directory, wrong password): say so rather than fail with a 500
            throw new InvalidInputException("certificate", "Nie można zaszyfrować certyfikatu: " + e.getMessage());
        }
        auditTrail.record(me.organizationId(), me.username(), "EPUAP_CERTIFICATE_STORED", "EpuapInbox", inbox.getId(),
                "certyfikat systemu: " + certificate.subject() + ", ważny do " + inbox.getCertificateNotAfter()
                        + ", zaszyfrowany kluczem głównym " + inbox.getSecretKeyId());
        return InboxView.of(inbox);
    }

    /** An inbox as the scheduler needs it. */
    public record Due(long id, long organizationId, String account) {
    }

    /** Enabled inboxes whose interval has passed and that nobody is pulling. */
    @PermitAll
    public List<Due> due(Instant now) {
        return em.createQuery("select i from EpuapInbox i where i.enabled = true and (i.leaseUntil is null or i.leaseUntil < :now)",
                        EpuapInbox.class)
                .setParameter("now", now)
                .getResultStream()
                .filter(i -> i.getLastPollAt() == null || !i.getLastPollAt().plusSeconds(i.getPollIntervalSeconds()).isAfter(now))
                .map(i -> new Due(i.getId(), i.getOrganizationId(), i.getAccount()))
                .toList();
    }

    /** Takes the inbox for one pull unless someone else holds it: one pull per inbox at a time, across servers too. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean lease(long inboxId, Instant now) {
        return em.createQuery("update EpuapInbox i set i.leaseUntil = :until where i.id = :id and i.enabled = true"
                        + " and (i.leaseUntil is null or i.leaseUntil < :now)")
                .setParameter("until", now.plus(LEASE)).setParameter("id", inboxId).setParameter("now", now)
                .executeUpdate() == 1;
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void renew(long inboxId) {
        em.createQuery("update EpuapInbox i set i.leaseUntil = :until where i.id = :id")
                .setParameter("until", Instant.now().plus(LEASE)).setParameter("id", inboxId).executeUpdate();
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void release(long inboxId, String error) {
        EpuapInbox inbox = em.find(EpuapInbox.class, inboxId, LockModeType.PESSIMISTIC_WRITE);
        if (inbox != null) {
            inbox.polled(Instant.now(), error);
            em.createQuery("update EpuapInbox i set i.leaseUntil = null where i.id = :id").setParameter("id", inboxId).executeUpdate();
        }
    }

    /**
     * Connection data of an inbox for the pull (no user); the certificate opened from its sealed
     * form. A certificate that cannot be opened (master key missing or wrong, data changed) fails
     * the pull with the Polish reason, which the administrator sees as the last pull's error.
     */
    public record Connection(long organizationId, String podmiot, String adresSkrytki, String nazwaSkrytki, String endpointUrl,
                             String account, byte[] pkcs12, String password) {

        @Override
        public String toString() {
            return "Connection[" + organizationId + ", " + adresSkrytki + ", " + endpointUrl + "]";
        }
    }

    @PermitAll
    public Optional<Connection> connection(long inboxId) {
        return Optional.ofNullable(em.find(EpuapInbox.class, inboxId)).map(i -> {
            if (!i.hasCertificate()) {
                throw new IllegalStateException("Skrytka nie ma zapisanego certyfikatu systemu");
            }
            var opened = new InboxSecrets(secrets).open(i);
            return new Connection(i.getOrganizationId(), i.getPodmiot(), i.getAdresSkrytki(), i.getNazwaSkrytki(),
                    i.getEndpointUrl(), i.getAccount(), opened.pkcs12(), opened.password());
        });
    }

    /** The base address of the organisation's ePUAP file repository, if its inbox names one (the import's own read). */
    @PermitAll
    public Optional<String> fileRepository(long organizationId) {
        return em.createQuery("select i.fileRepositoryUrl from EpuapInbox i where i.organizationId = :org", String.class)
                .setParameter("org", organizationId).getResultStream().filter(java.util.Objects::nonNull).findFirst();
    }

    private Optional<EpuapInbox> mine(LockModeType lock) {
        return em.createQuery("select i from EpuapInbox i where i.organizationId = :org", EpuapInbox.class)
                .setParameter("org", caller.organizationId()).setLockMode(lock)
                .getResultStream().findFirst();
    }
}
