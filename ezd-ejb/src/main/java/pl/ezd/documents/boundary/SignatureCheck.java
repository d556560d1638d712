package pl.ezd.documents.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.annotation.Resource;
import java.io.InputStream;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import pl.ezd.audit.boundary.AuditTrail;
import pl.ezd.documents.control.ContentStore;
import pl.ezd.documents.control.SignatureVerification;
import pl.ezd.documents.entity.DocumentVersion;
import pl.ezd.signature.VerificationReport;

/**
 * Every stored version that carries an electronic signature (XAdES, PAdES) is verified in the
 * background once it has committed; the verdict, a Polish summary for the clerk and the whole
 * report are kept with the version. A file without a signature is left alone.
 */
@Stateless
public class SignatureCheck {

    private static final Logger LOG = Logger.getLogger(SignatureCheck.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ContentStore store;

    @Inject
    SignatureVerification verification;

    @Inject
    AuditTrail auditTrail;

    @Resource
    SessionContext context;

    @PermitAll
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void check(@Observes(during = TransactionPhase.AFTER_SUCCESS) VersionStored version) {
        DocumentVersion stored = em.find(DocumentVersion.class, version.versionId());
        if (stored == null || stored.getSignatureCheckedAt() != null) {
            return;
        }
        String key = stored.getStorageKey();
        String sha256 = stored.getSha256();
        String fileName = stored.getFileName();
        String mediaType = stored.getMediaType();
        em.clear();
        VerificationReport report;
        try (InputStream in = store.read(key, sha256)) {
            byte[] content = in.readAllBytes();
            if (!SignatureVerification.looksSigned(content, mediaType)) {
                return;
            }
            report = verification.verify(content, fileName);
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Signature check of document version " + version.versionId() + " failed", e);
            context.getBusinessObject(SignatureCheck.class).record(version, "INDETERMINATE",
                    "Nie udało się sprawdzić podpisu: " + e.getMessage(), null);
            return;
        }
        String json;
        try (var jsonb = JsonbBuilder.create()) {
            json = jsonb.toJson(report);
        } catch (Exception e) {
            json = null;
        }
        context.getBusinessObject(SignatureCheck.class).record(version, report.verdict().name(), report.summaryPl(), json);
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(VersionStored version, String verdict, String summary, String reportJson) {
        DocumentVersion stored = em.find(DocumentVersion.class, version.versionId());
        if (stored == null || stored.getSignatureCheckedAt() != null) {
            return;
        }
        stored.signatureVerified(verdict, summary, reportJson, Instant.now());
        auditTrail.record(version.organizationId(), TextExtraction.SYSTEM, "DOCUMENT_SIGNATURE_VERIFIED", "Document",
                version.documentId(), "wersja " + stored.getNumber() + ": " + verdict);
    }
}
