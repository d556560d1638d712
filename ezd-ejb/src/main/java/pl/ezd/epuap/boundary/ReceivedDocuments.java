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
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import pl.ezd.audit.boundary.AuditTrail;
import pl.ezd.epuap.control.EpuapDocumentException;
import pl.ezd.epuap.control.EpuapRendering;
import pl.ezd.epuap.entity.ReceivedDocument;
import pl.ezd.epuap.entity.ReceivedState;
import pl.ezd.organization.boundary.Caller;
import pl.ezd.organization.boundary.CallerIdentity;
import pl.ezd.organization.entity.Role;
import pl.ezd.validation.boundary.InvalidInputException;

/**
 * Documents received from ePUAP: stored first (own transaction, under the idempotence key), their
 * outcome recorded, and for the registry office the list of those that need attention (with the
 * reason), to retry or dismiss; for anyone handling an item, its ePUAP receipt record.
 */
@Stateless
public class ReceivedDocuments {

    /** The actor recorded in the audit trail for what the import does on its own. */
    public static final String SYSTEM = "system:epuap";

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AuditTrail auditTrail;

    /** Installed stylesheets of ePUAP templates (docs/epuap.md); none: the generic rendering. */
    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "ezd.epuap.stylesheet-dir")
    Optional<String> stylesheetDir;

    /** Compiled stylesheets are cached by the renderer; one for the application. */
    private static volatile EpuapRendering rendering;

    /**
     * Stores a received document with its transport data and commits it, unless a document with
     * the same idempotence key is stored already; either way returns the stored one's id. Called by
     * the import itself (no user), hence open to all; it writes nothing a caller could read back
     * across organisations.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Stored store(long organizationId, ReceivedDocument.Source source, ReceivedDocument.Transport transport) {
        var document = new ReceivedDocument(organizationId, source, transport, Instant.now());
        Optional<ReceivedDocument> existing = byKey(organizationId, document.getIdempotenceKey());
        if (existing.isPresent()) {
            return new Stored(existing.get().getId(), false, existing.get().getState());
        }
        em.persist(document);
        em.flush();
        auditTrail.record(organizationId, SYSTEM, "EPUAP_DOCUMENT_STORED", "EpuapDocument", document.getId(),
                "odebrano z ePUAP (" + source + "): skrytka " + document.getAdresSkrytki() + ", nadawca " + document.getSenderId()
                        + ", nadany " + document.getDataNadania() + ", SHA-1 " + document.getDocumentSha1() + ", "
                        + document.getContentSize() + " B");
        return new Stored(document.getId(), true, document.getState());
    }

    /** What {@link #store} did: the document's id, whether it was new, and its state. */
    public record Stored(long id, boolean created, ReceivedState state) {
    }

    /** The import could not register the document: it waits for the registry office with the reason. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void needsAttention(long id, String reason) {
        ReceivedDocument document = em.find(ReceivedDocument.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (document != null && document.getState() == ReceivedState.STORED) {
            document.needsAttention(reason, Instant.now());
            auditTrail.record(document.getOrganizationId(), SYSTEM, "EPUAP_DOCUMENT_NEEDS_ATTENTION", "EpuapDocument", id, reason);
        }
    }

    /** A failure not caused by the document (database, workflow): left stored to be tried again, up to {@code max} times. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failedAttempt(long id, String reason, int max) {
        ReceivedDocument document = em.find(ReceivedDocument.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (document != null && document.getState() == ReceivedState.STORED) {
            document.failedAttempt(reason, max, Instant.now());
            if (document.getState() == ReceivedState.NEEDS_ATTENTION) {
                auditTrail.record(document.getOrganizationId(), SYSTEM, "EPUAP_DOCUMENT_NEEDS_ATTENTION", "EpuapDocument", id, reason);
            }
        }
    }

    /**
     * The attachments given by URI could not be fetched this time (the repository did not answer):
     * the document stays stored for the next pull, the attempt counted; after {@code max} attempts
     * it needs attention. Returns whether it is still pending.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean attachmentsPending(long id, String reason, int max) {
        ReceivedDocument document = em.find(ReceivedDocument.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (document == null || document.getState() != ReceivedState.STORED) {
            return false;
        }
        document.attachmentsPending(reason, max, Instant.now());
        if (document.getState() == ReceivedState.NEEDS_ATTENTION) {
            auditTrail.record(document.getOrganizationId(), SYSTEM, "EPUAP_DOCUMENT_NEEDS_ATTENTION", "EpuapDocument", id,
                    document.getReason());
            return false;
        }
        return true;
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void acknowledged(long id) {
        ReceivedDocument document = em.find(ReceivedDocument.class, id);
        if (document != null) {
            document.acknowledged(Instant.now());
        }
    }

    @PermitAll
    public Optional<ReceivedState> state(long id) {
        return Optional.ofNullable(em.find(ReceivedDocument.class, id)).map(ReceivedDocument::getState);
    }

    /** Ids of an organisation's documents stored but not yet decided on (after a crash), oldest first. */
    @PermitAll
    public List<Long> unprocessed(long organizationId, int max) {
        return em.createQuery("select d.id from ReceivedDocument d where d.organizationId = :org and d.state = :state order by d.id",
                        Long.class)
                .setParameter("org", organizationId).setParameter("state", ReceivedState.STORED)
                .setMaxResults(max).getResultList();
    }

    /** Documents of the caller's organisation that need the registry office's attention, oldest first. */
    @RolesAllowed({Role.REGISTRY_NAME, Role.ORG_ADMIN_NAME})
    public List<ReceivedView> needingAttention() {
        return em.createQuery("select d from ReceivedDocument d where d.organizationId = :org and d.state = :state order by d.id",
                        ReceivedDocument.class)
                .setParameter("org", caller.organizationId()).setParameter("state", ReceivedState.NEEDS_ATTENTION)
                .setMaxResults(500)
                .getResultStream().map(ReceivedView::of).toList();
    }

    @RolesAllowed({Role.REGISTRY_NAME, Role.ORG_ADMIN_NAME})
    public ReceivedView find(long id) {
        return ReceivedView.of(ofMyOrganization(id, LockModeType.NONE));
    }

    /** The raw document as it arrived (for a clerk who must look at a refused one). */
    @RolesAllowed({Role.REGISTRY_NAME, Role.HEAD_NAME, Role.CLERK_NAME})
    public byte[] content(long id) {
        return ofMyOrganization(id, LockModeType.NONE).getContent();
    }

    /** Sets a document aside for good: it stays stored (and in the audit trail) but is never registered. */
    @RolesAllowed(Role.REGISTRY_NAME)
    public ReceivedView dismiss(long id, String why) {
        CallerIdentity me = caller.identity();
        ReceivedDocument document = ofMyOrganization(id, LockModeType.PESSIMISTIC_WRITE);
        try {
            document.dismiss(why);
        } catch (IllegalStateException e) {
            throw new InvalidInputException("id", e.getMessage());
        }
        auditTrail.record(me.organizationId(), me.username(), "EPUAP_DOCUMENT_DISMISSED", "EpuapDocument", id,
                "odłożono dokument z ePUAP nadany " + document.getDataNadania() + " przez " + document.getSenderId()
                        + (why == null || why.isBlank() ? "" : ": " + why.strip()));
        return ReceivedView.of(document);
    }

    /** Puts a document that needs attention back in line for registration (the caller then registers it). */
    @RolesAllowed(Role.REGISTRY_NAME)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void reopen(long id) {
        CallerIdentity me = caller.identity();
        ReceivedDocument document = ofMyOrganization(id, LockModeType.PESSIMISTIC_WRITE);
        try {
            document.retry();
        } catch (IllegalStateException e) {
            throw new InvalidInputException("id", e.getMessage());
        }
        auditTrail.record(me.organizationId(), me.username(), "EPUAP_DOCUMENT_RETRIED", "EpuapDocument", id,
                "ponowna rejestracja dokumentu z ePUAP nadanego " + document.getDataNadania());
    }

    /** The ePUAP receipt record of a registered item (transport data, UPP, signature verdict), if it came from ePUAP. */
    @RolesAllowed({Role.REGISTRY_NAME, Role.HEAD_NAME, Role.CLERK_NAME, Role.ARCHIVIST_NAME})
    public Optional<ReceivedView> receiptOf(long itemId) {
        return em.createQuery("select d from ReceivedDocument d where d.organizationId = :org and d.itemId = :item",
                        ReceivedDocument.class)
                .setParameter("org", caller.organizationId()).setParameter("item", itemId)
                .getResultStream().findFirst().map(ReceivedView::of);
    }

    /**
     * The readable rendering (HTML) of the ePUAP document of an item: the template's own stylesheet
     * when one is installed in {@code ezd.epuap.stylesheet-dir}, else the generic rendering.
     */
    @RolesAllowed({Role.REGISTRY_NAME, Role.HEAD_NAME, Role.CLERK_NAME, Role.ARCHIVIST_NAME})
    public String html(long itemId) {
        ReceivedDocument document = em.createQuery("select d from ReceivedDocument d where d.organizationId = :org and d.itemId = :item",
                        ReceivedDocument.class)
                .setParameter("org", caller.organizationId()).setParameter("item", itemId)
                .getResultStream().findFirst().orElseThrow(() -> new ReceivedDocumentNotFoundException(itemId));
        try {
            return rendering().html(document.getContent()).html();
        } catch (EpuapDocumentException e) {
            throw new InvalidInputException("itemId", e.getMessage());
        }
    }

    private EpuapRendering rendering() {
        EpuapRendering r = rendering;
        if (r == null) {
            rendering = r = new EpuapRendering(stylesheetDir.map(java.nio.file.Path::of).orElse(null));
        }
        return r;
    }

    /** Counts per state of the caller's organisation, for its administrator. */
    @RolesAllowed({Role.ORG_ADMIN_NAME, Role.REGISTRY_NAME})
    public Counts counts() {
        var counts = new java.util.EnumMap<ReceivedState, Long>(ReceivedState.class);
        em.createQuery("select d.state, count(d) from ReceivedDocument d where d.organizationId = :org group by d.state", Object[].class)
                .setParameter("org", caller.organizationId())
                .getResultStream().forEach(row -> counts.put((ReceivedState) row[0], (Long) row[1]));
        Long unacknowledged = em.createQuery("select count(d) from ReceivedDocument d where d.organizationId = :org"
                        + " and d.acknowledgedAt is null and d.source = :pull", Long.class)
                .setParameter("org", caller.organizationId()).setParameter("pull", ReceivedDocument.Source.PULL)
                .getSingleResult();
        return new Counts(counts.getOrDefault(ReceivedState.REGISTERED, 0L), counts.getOrDefault(ReceivedState.NEEDS_ATTENTION, 0L),
                counts.getOrDefault(ReceivedState.STORED, 0L), counts.getOrDefault(ReceivedState.DISMISSED, 0L), unacknowledged);
    }

    /** imported = registered; failed = waiting for attention; pending = stored, not yet registered. */
    public record Counts(long imported, long failed, long pending, long dismissed, long unacknowledged) {
    }

    private Optional<ReceivedDocument> byKey(long organizationId, String key) {
        return em.createQuery("select d from ReceivedDocument d where d.organizationId = :org and d.idempotenceKey = :key",
                        ReceivedDocument.class)
                .setParameter("org", organizationId).setParameter("key", key)
                .getResultStream().findFirst();
    }

    private ReceivedDocument ofMyOrganization(long id, LockModeType lock) {
        ReceivedDocument document = em.find(ReceivedDocument.class, id, lock);
        if (document == null || document.getOrganizationId() != caller.organizationId()) {
            throw new ReceivedDocumentNotFoundException(id);
        }
        return document;
    }
}
