package pl.ezd.operations.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import pl.ezd.database.boundary.DatabaseStatus;
import pl.ezd.workflow.boundary.WorkflowStatus;

/**
 * What the readiness probes report, per check: {@code up} (Boolean) and details (Strings).
 * Typed with JDK types only, because the probes live in the EAR's lib and cannot see ours.
 */
@Stateless
@PermitAll
@Local(Supplier.class)
public class ReadinessProbes implements Supplier<Map<String, Map<String, Object>>> {

    /** Global JNDI name of this bean as the probes look it up. */
    public static final String JNDI_NAME = "java:global/ezd/ezd-ejb/ReadinessProbes!java.util.function.Supplier";

    @Inject
    DatabaseStatus database;

    @Inject
    WorkflowStatus workflow;

    @Override
    public Map<String, Map<String, Object>> get() {
        Map<String, Map<String, Object>> checks = new LinkedHashMap<>();
        var db = database.check();
        Map<String, Object> dbData = new LinkedHashMap<>();
        dbData.put("up", db.up());
        putIfPresent(dbData, "database", db.database());
        putIfPresent(dbData, "schemaVersion", db.schemaVersion());
        putIfPresent(dbData, "error", db.error());
        checks.put("database", dbData);
        var engine = workflow.check();
        Map<String, Object> engineData = new LinkedHashMap<>();
        engineData.put("up", engine.up());
        putIfPresent(engineData, "engine", engine.engine());
        engineData.put("jobExecutor", engine.jobExecutorActive() ? "active" : "stopped");
        engineData.put("processDefinitions", String.valueOf(engine.processDefinitions()));
        putIfPresent(engineData, "error", engine.error());
        checks.put("workflow-engine", engineData);
        return checks;
    }

    private static void putIfPresent(Map<String, Object> data, String key, String value) {
        if (value != null) {
            data.put(key, value);
        }
    }
}
