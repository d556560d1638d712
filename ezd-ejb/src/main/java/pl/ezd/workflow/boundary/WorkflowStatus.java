package pl.ezd.workflow.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import pl.ezd.workflow.control.WorkflowEngine;

/** Whether the workflow engine runs, its job executor is active and the models are deployed. */
@ApplicationScoped
public class WorkflowStatus {

    @Inject
    WorkflowEngine engine;

    /** The engine as an operator needs to know it. */
    public record Report(boolean up, String engine, boolean jobExecutorActive, long processDefinitions, String error) {
    }

    public Report check() {
        try {
            ProcessEngine processEngine = engine.processEngine();
            if (processEngine == null) {
                return new Report(false, null, false, 0, "engine not started");
            }
            var configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
            boolean jobExecutorActive = configuration.getJobExecutor() != null && configuration.getJobExecutor().isActive();
            long processes = processEngine.getRepositoryService().createProcessDefinitionQuery().latestVersion().count();
            return new Report(jobExecutorActive && processes > 0, processEngine.getName(), jobExecutorActive, processes, null);
        } catch (RuntimeException e) {
            return new Report(false, null, false, 0, String.valueOf(e.getMessage()));
        }
    }
}
