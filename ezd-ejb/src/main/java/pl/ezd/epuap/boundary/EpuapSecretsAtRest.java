package pl.ezd.epuap.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import pl.ezd.audit.boundary.AuditTrail;
import pl.ezd.epuap.control.InboxSecrets;
import pl.ezd.secrets.boundary.Secrets;

/**
 * At every start, before the first pull: seals the system certificates that rows written before
 * V72 keep in plain text, and seals again with the current master key every certificate sealed
 * with an older one (the re-encryption of a key rotation). One transaction; each change is in the
 * audit trail of its organisation (which key, never the secret). A failure is logged and leaves
 * the rows as they were: the server still starts, and the inbox's pull reports the problem.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class EpuapSecretsAtRest {

    private static final Logger LOG = Logger.getLogger(EpuapSecretsAtRest.class.getName());
    static final String ACTOR = "system:secrets";

    @PersistenceContext
    EntityManager em;

    @Inject
    Secrets secrets;

    @Inject
    AuditTrail auditTrail;

    @jakarta.annotation.Resource
    jakarta.ejb.SessionContext context;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void atStart() {
        try {
            var control = new InboxSecrets(secrets);
            record(control.sealPlaintext(em));
            record(control.resealWithCurrentKey(em));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Could not seal the ePUAP system certificates at rest (master key file "
                    + secrets.keyFile() + "): " + e.getMessage(), e);
            context.setRollbackOnly();
        }
    }

    private void record(List<InboxSecrets.Change> changes) {
        for (var change : changes) {
            if (change.problem() != null) {
                LOG.severe("ePUAP inbox " + change.inboxId() + ": certificate sealed with key " + change.fromKey()
                        + " not sealed again: " + change.problem());
                continue;
            }
            String detail = change.fromKey() == null
                    ? "certyfikat systemu i hasło zaszyfrowane kluczem głównym " + change.toKey() + " (były zapisane jawnie)"
                    : "certyfikat systemu i hasło zaszyfrowane ponownie: klucz główny " + change.fromKey() + " → " + change.toKey();
            auditTrail.record(change.organizationId(), ACTOR, "EPUAP_CERTIFICATE_SEALED", "EpuapInbox", change.inboxId(), detail);
            LOG.info("ePUAP inbox " + change.inboxId() + ": " + detail);
        }
    }
}
