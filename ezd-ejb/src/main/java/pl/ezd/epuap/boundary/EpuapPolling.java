package pl.ezd.epuap.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every few seconds, starts a background pull of each enabled inbox whose interval has passed.
 * A pull takes the inbox's lease first ({@link EpuapInboxes#lease}), so one inbox is never pulled
 * twice at once, however slow a pull or however many servers. The first pull after a start also
 * takes up documents a crash left stored but not registered.
 */
@Singleton
@Startup
@DependsOn({"WorkflowEngine", "EpuapSecretsAtRest"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EpuapPolling {

    private static final Logger LOG = Logger.getLogger(EpuapPolling.class.getName());

    @Inject
    EpuapInboxes inboxes;

    @Inject
    EpuapImport imports;

    @PermitAll
    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false, info = "ePUAP pull")
    void tick() {
        try {
            for (var due : inboxes.due(Instant.now())) {
                imports.pullInBackground(due.id());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "ePUAP scheduler could not read the inboxes", e);
        }
    }
}
