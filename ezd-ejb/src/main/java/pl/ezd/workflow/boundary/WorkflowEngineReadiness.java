package pl.ezd.workflow.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import pl.ezd.workflow.control.WorkflowEngine;

/** Ready when the workflow engine runs, its job executor is active and the models are deployed. */
@Readiness
@ApplicationScoped
public class WorkflowEngineReadiness implements HealthCheck {

    @Inject
    WorkflowEngine engine;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("workflow-engine");
        try {
            ProcessEngine processEngine = engine.processEngine();
            if (processEngine == null) {
                return response.down().withData("error", "engine not started").build();
            }
            var configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
            boolean jobExecutorActive = configuration.getJobExecutor() != null && configuration.getJobExecutor().isActive();
            long processes = processEngine.getRepositoryService().createProcessDefinitionQuery().latestVersion().count();
            return response.status(jobExecutorActive && processes > 0)
                    .withData("engine", processEngine.getName())
                    .withData("jobExecutor", jobExecutorActive ? "active" : "stopped")
                    .withData("processDefinitions", processes)
                    .build();
        } catch (RuntimeException e) {
            return response.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
