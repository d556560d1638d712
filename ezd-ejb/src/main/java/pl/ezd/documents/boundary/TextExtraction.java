package pl.ezd.documents.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pl.ezd.audit.boundary.AuditTrail;
import pl.ezd.documents.control.ContentAnalysis;
import pl.ezd.documents.control.ContentStore;
import pl.ezd.documents.control.ExtractionFailedException;
import pl.ezd.documents.control.TimeBox;
import pl.ezd.documents.entity.DocumentVersion;
import pl.ezd.documents.entity.ExtractionStatus;

/**
 * What follows a stored version: its text is extracted in the background once the version has
 * committed, within a time limit and a character limit, and the outcome (text or the reason it
 * failed) is recorded on the version. If the recording transaction fails instead, the content
 * already stored for it is discarded.
 */
@Stateless
public class TextExtraction {

    private static final Logger LOG = Logger.getLogger(TextExtraction.class.getName());
    static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;

    @Inject
    ContentStore store;

    @Inject
    ContentAnalysis analysis;

    @Inject
    AuditTrail auditTrail;

    @Resource
    ManagedExecutorService executor;

    @Resource
    SessionContext context;

    @Inject
    @ConfigProperty(name = "ezd.documents.extraction-timeout", defaultValue = "PT30S")
    Duration timeout;

    /** Runs after the version committed, on a thread of its own, so the upload returns at once. */
    @PermitAll
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void extract(@Observes(during = TransactionPhase.AFTER_SUCCESS) VersionStored version) {
        Outcome outcome;
        try {
            DocumentVersion stored = em.find(DocumentVersion.class, version.versionId());
            if (stored == null || stored.getExtractionStatus() != ExtractionStatus.PENDING) {
                return;
            }
            String key = stored.getStorageKey();
            String sha256 = stored.getSha256();
            String fileName = stored.getFileName();
            em.clear();
            var text = TimeBox.within(executor, timeout, () -> {
                try (InputStream content = store.read(key, sha256)) {
                    return analysis.extract(content, fileName, DocumentVersion.TEXT_LIMIT);
                }
            });
            outcome = new Outcome(text.text(), text.truncated(), null);
        } catch (ExtractionFailedException e) {
            LOG.log(Level.INFO, "No text from document version " + version.versionId() + ": " + e.getMessage(), e);
            outcome = new Outcome(null, false, e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Text extraction of document version " + version.versionId() + " failed", e);
            outcome = new Outcome(null, false, "Błąd ekstrakcji tekstu: " + e);
        }
        context.getBusinessObject(TextExtraction.class).record(version, outcome);
    }

    /** Discards content stored for a version whose transaction rolled back. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void discard(@Observes(during = TransactionPhase.AFTER_FAILURE) VersionStored version) {
        store.discard(version.storageKey());
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(VersionStored version, Outcome outcome) {
        DocumentVersion stored = em.find(DocumentVersion.class, version.versionId());
        if (stored == null || stored.getExtractionStatus() != ExtractionStatus.PENDING) {
            return;
        }
        if (outcome.failure() == null) {
            stored.textExtracted(outcome.text(), outcome.truncated(), Instant.now());
            auditTrail.record(version.organizationId(), SYSTEM, "DOCUMENT_TEXT_EXTRACTED", "Document", version.documentId(),
                    "wersja " + stored.getNumber() + ": " + stored.getExtractedText().length() + " znaków"
                            + (stored.isTextTruncated() ? " (obcięty do limitu)" : ""));
        } else {
            stored.extractionFailed(outcome.failure(), Instant.now());
            auditTrail.record(version.organizationId(), SYSTEM, "DOCUMENT_TEXT_FAILED", "Document", version.documentId(),
                    "wersja " + stored.getNumber() + ": " + stored.getExtractionFailure());
        }
    }

    /** Text, or the reason there is none. */
    public record Outcome(String text, boolean truncated, String failure) implements java.io.Serializable {
    }
}
