package pl.ezd.operations.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import pl.ezd.database.boundary.DatabaseStatus;
import pl.ezd.workflow.boundary.WorkflowStatus;

/** Says in the log, once the EZD has started, what runs and where to open it. */
@Singleton
@Startup
@PermitAll
@DependsOn({"WorkflowEngine", "DemoData"})
public class StartupReport {

    private static final Logger LOG = Logger.getLogger(StartupReport.class.getName());

    @Inject
    DatabaseStatus database;

    @Inject
    WorkflowStatus workflow;

    @PostConstruct
    void report() {
        int offset = Integer.getInteger("jboss.socket.binding.port-offset", 0);
        String host = System.getProperty("jboss.bind.address", "localhost");
        if ("0.0.0.0".equals(host) || "127.0.0.1".equals(host)) {
            host = "localhost";
        }
        String managementHost = System.getProperty("jboss.bind.address.management", "localhost");
        var db = database.check();
        var engine = workflow.check();
        LOG.info(String.format("""
                        EZD started.
                          Open:      http://%s:%d/   (log in; demo users in README.md)
                          REST API:  http://%s:%d/api/v1/   (OpenAPI at /openapi)
                          Readiness: http://%s:%d/health/ready
                          Database:  %s, schema version %s
                          Workflow:  engine %s, job executor %s, %d process definitions""",
                host, Integer.getInteger("jboss.http.port", 8080) + offset,
                host, Integer.getInteger("jboss.http.port", 8080) + offset,
                "127.0.0.1".equals(managementHost) ? "localhost" : managementHost,
                Integer.getInteger("jboss.management.http.port", 9990) + offset,
                db.database(), db.schemaVersion(),
                engine.engine(), engine.jobExecutorActive() ? "active" : "stopped", engine.processDefinitions()));
    }
}
