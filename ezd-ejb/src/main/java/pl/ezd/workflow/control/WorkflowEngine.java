package pl.ezd.workflow.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.transaction.TransactionManager;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.JakartaTransactionProcessEngineConfiguration;

/**
 * The embedded Camunda engine of the EZD: on the server's JTA transaction manager and the EZD's
 * datasource (the same one JPA uses), history on, job executor on, tables owned by Flyway
 * ({@link CamundaSchemaMigration}). At start it deploys the models of {@code workflow-models}
 * that changed since the last deployment.
 */
@Singleton
@Startup
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WorkflowEngine {

    private static final Logger LOG = Logger.getLogger(WorkflowEngine.class.getName());
    /** Index of the models, kept in step with bpmn/ and dmn/ by a test in workflow-models. */
    static final String MODEL_INDEX = "META-INF/ezd/process-models.txt";
    static final String DEPLOYMENT_NAME = "ezd-process-models";

    @Resource(lookup = "java:jboss/datasources/EzdDS")
    DataSource dataSource;

    @Resource(lookup = "java:jboss/TransactionManager")
    TransactionManager transactionManager;

    private ProcessEngine processEngine;

    @PostConstruct
    void start() {
        var configuration = new JakartaTransactionProcessEngineConfiguration();
        configuration.setProcessEngineName("ezd");
        configuration.setDataSource(dataSource);
        configuration.setTransactionManager(transactionManager);
        configuration.setTransactionsExternallyManaged(true);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(true);
        configuration.setTenantIdProvider(new OrganizationTenantIdProvider());
        configuration.setEnforceHistoryTimeToLive(true);
        configuration.setDbMetricsReporterActivate(false);
        // delegates the models name in expressions (${caseApprovalRouting})
        configuration.setBeans(new java.util.HashMap<>(java.util.Map.of(
                pl.ezd.workflow.boundary.CaseApprovalRouting.BEAN_NAME, new pl.ezd.workflow.boundary.CaseApprovalRouting())));
        configuration.getProcessEnginePlugins().add(new InboxReadModelPlugin());
        processEngine = configuration.buildProcessEngine();
        List<String> models = models();
        var deployment = processEngine.getRepositoryService().createDeployment()
                .name(DEPLOYMENT_NAME)
                .source("workflow-models")
                .enableDuplicateFiltering(false);
        models.forEach(deployment::addClasspathResource);
        var deployed = deployment.deploy();
        LOG.info(() -> "Workflow engine started; process models " + models + " in deployment " + deployed.getId());
        var backfill = InboxReadModelBackfill.run(processEngine);
        LOG.info(() -> "Inbox read model in step with the engine: " + backfill.added() + " open task(s) added, "
                + backfill.removed() + " finished task(s) removed");
    }

    @PreDestroy
    void stop() {
        if (processEngine != null) {
            processEngine.close();
        }
    }

    @Lock(LockType.READ)
    public ProcessEngine processEngine() {
        return processEngine;
    }

    static List<String> models() {
        var in = WorkflowEngine.class.getClassLoader().getResourceAsStream(MODEL_INDEX);
        if (in == null) {
            throw new IllegalStateException(MODEL_INDEX + " is missing: workflow-models is not on the class path");
        }
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + MODEL_INDEX, e);
        }
    }
}
