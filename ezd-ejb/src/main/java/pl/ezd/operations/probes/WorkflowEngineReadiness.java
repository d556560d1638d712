package pl.ezd.operations.probes;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the workflow engine runs with its job executor and the process models deployed. */
@Readiness
@ApplicationScoped
public class WorkflowEngineReadiness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        return Probe.check("workflow-engine");
    }
}
