package pl.ezd.workflow.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pl.ezd.fixtures.persistence.Database;
import pl.ezd.fixtures.persistence.MigratedDatabase;
import pl.ezd.fixtures.persistence.PersistenceDatabases;

/**
 * The inbox read model against the engine itself, on a real PostgreSQL migrated by Flyway: after
 * every kind of change a user or a process makes (start, claim, complete, return, candidate
 * groups added and removed, variables changed, due date moved, process deleted, a rolled-back
 * transaction), the read model holds exactly Camunda's open tasks, field by field.
 */
@PersistenceDatabases(Database.POSTGRESQL)
class InboxReadModelIT {

    private static EntityManagerFactory emf;
    private static ProcessEngine engine;
    private static DataSource dataSource;

    @BeforeAll
    static void start(MigratedDatabase postgres) {
        dataSource = postgres.dataSource();
        // the persistence unit, booted by @PersistenceDatabases, ran every Flyway migration, Camunda's tables included
        emf = postgres.entityManagerFactory();
        var configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("inbox-read-model-test");
        configuration.setDataSource(dataSource);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(false);
        configuration.setTenantIdProvider(new OrganizationTenantIdProvider());
        configuration.setEnforceHistoryTimeToLive(true);
        configuration.setDbMetricsReporterActivate(false);
        configuration.getProcessEnginePlugins().add(new InboxReadModelPlugin());
        engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment().addClasspathResource("bpmn/incomingItem.bpmn")
                .addClasspathResource("dmn/routing.dmn").deploy();
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    @AfterEach
    void inStep() {
        assertReadModelMatchesEngine();
    }

    private static String startLetter(long organization, String rpw, String title) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("organizationId", organization);
        variables.put("itemId", Long.valueOf(rpw.split("/")[1]));
        variables.put("rpwNumber", rpw);
        variables.put("title", title);
        variables.put("sender", "Jan Testowy");
        variables.put("receivedOn", "2026-11-20");
        // what the routing table reads; none of it matches a rule, so the letter goes to the heads
        variables.put("documentKind", null);
        variables.put("channel", "ORDINARY_LETTER");
        variables.put("routingTenantId", null);
        return engine.getRuntimeService().startProcessInstanceByKey("incomingItem", rpw, variables).getId();
    }

    private static Task taskOf(String processInstanceId) {
        return engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).singleResult();
    }

    /** dekretacja by a head of the office on a person, as IncomingItemTasks.decree completes it. */
    private static Map<String, Object> decree(String clerk, String instructions) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("leadUnit", null);
        variables.put("clerk", clerk);
        variables.put("forInformation", java.util.List.of());
        variables.put("informedUnits", java.util.List.of());
        variables.put("instructions", instructions);
        variables.put("decreeLevel", "ORG");
        variables.put("decretedBy", "kierownik");
        variables.put("deadline", null);
        return variables;
    }

    @Test
    void aLetterTravelsThroughTheInboxAndTheReadModelFollowsEveryStep() {
        String process = startLetter(1, "RPW/101/2026", "Wniosek o wycinkę drzewa");
        startLetter(2, "RPW/7/2026", "Pismo innej gminy");
        assertReadModelMatchesEngine();
        Task dekretacja = taskOf(process);
        assertThat(row(dekretacja.getId())).containsEntry("organization_id", "1")
                .containsEntry("title", "Wniosek o wycinkę drzewa").containsEntry("rpw_number", "RPW/101/2026")
                .containsEntry("process_definition_key", "incomingItem").containsEntry("received_on", "2026-11-20")
                .containsEntry("candidates", "[G:org:1:HEAD]");

        engine.getTaskService().claim(dekretacja.getId(), "kierownik");
        assertReadModelMatchesEngine();
        assertThat(row(dekretacja.getId())).containsEntry("assignee", "kierownik");

        engine.getTaskService().setAssignee(dekretacja.getId(), null);
        assertReadModelMatchesEngine();

        engine.getTaskService().complete(dekretacja.getId(), decree("referent", "pilne"));
        assertReadModelMatchesEngine();
        Task przyjecie = taskOf(process);
        assertThat(row(dekretacja.getId())).isEmpty();
        assertThat(row(przyjecie.getId())).containsEntry("assignee", "referent").containsEntry("candidates", "[]");

        engine.getTaskService().complete(przyjecie.getId(), Map.of("accepted", false, "returnReason", "Nie nasza sprawa"));
        assertReadModelMatchesEngine();
        assertThat(row(taskOf(process).getId())).containsEntry("task_definition_key", "Task_Dekretacja")
                .containsEntry("return_reason", "Nie nasza sprawa");

        engine.getTaskService().complete(taskOf(process).getId(), decree("referent2", null));
        engine.getTaskService().complete(taskOf(process).getId(), Map.of("accepted", true));
        Task filing = taskOf(process);
        assertThat(row(filing.getId())).containsEntry("task_definition_key", "Task_Sprawa").containsEntry("assignee", "referent2");
        engine.getTaskService().complete(filing.getId(), Map.of("caseId", 7L, "caseReference", "GK.6131.1.2026"));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(process).count()).isZero();
    }

    @Test
    void candidateGroupsVariablesAndDueDatesChangedOnAnOpenTaskAreFollowed() {
        String process = startLetter(1, "RPW/102/2026", "Skarga na hałas");
        Task task = taskOf(process);

        engine.getTaskService().addCandidateGroup(task.getId(), "org:1:unit:GK:HEAD");
        engine.getTaskService().addCandidateUser(task.getId(), "zastepca");
        assertReadModelMatchesEngine();
        engine.getTaskService().deleteCandidateGroup(task.getId(), "org:1:HEAD");
        assertReadModelMatchesEngine();
        assertThat(row(task.getId())).containsEntry("candidates", "[G:org:1:unit:GK:HEAD, U:zastepca]");

        engine.getRuntimeService().setVariable(process, "title", "Skarga na hałas (uzupełniona)");
        engine.getRuntimeService().setVariable(process, "caseId", 55L);
        engine.getRuntimeService().setVariable(process, "caseReference", "GK.6131.1.2026");
        engine.getRuntimeService().setVariable(process, "deadline", "2026-12-24");
        assertReadModelMatchesEngine();
        assertThat(row(task.getId())).containsEntry("title", "Skarga na hałas (uzupełniona)")
                .containsEntry("case_id", "55").containsEntry("case_reference", "GK.6131.1.2026")
                .containsEntry("deadline", "2026-12-24");

        engine.getRuntimeService().removeVariable(process, "deadline");
        task = taskOf(process);
        task.setDueDate(Date.from(LocalDate.of(2026, 12, 1).atTime(12, 0).atZone(InboxReadModel.OFFICE_ZONE).toInstant()));
        engine.getTaskService().saveTask(task);
        assertReadModelMatchesEngine();
        assertThat(row(task.getId())).containsEntry("deadline", "2026-12-01");

        engine.getRuntimeService().deleteProcessInstance(process, "withdrawn by the sender");
        assertThat(row(task.getId())).isEmpty();
    }

    @Test
    void aTransactionThatRollsBackLeavesNoInboxRow() {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        long before = count("select count(*) from inbox_task");
        assertThatThrownBy(() -> configuration.getCommandExecutorTxRequired().execute(context -> {
            startLetter(1, "RPW/103/2026", "Pismo, którego rejestracja się nie powiodła");
            throw new IllegalStateException("the registration failed after the process started");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(count("select count(*) from inbox_task")).isEqualTo(before);
    }

    @Test
    void theBackfillRestoresMissingRowsRemovesStaleOnesAndIsIdempotent() throws SQLException {
        startLetter(1, "RPW/104/2026", "Pismo sprzed modelu odczytu");
        startLetter(1, "RPW/105/2026", "Drugie pismo sprzed modelu odczytu");
        try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.executeUpdate("delete from inbox_task_candidate");
            statement.executeUpdate("delete from inbox_task");
            statement.executeUpdate("insert into inbox_task (task_id, organization_id, process_instance_id, process_definition_key,"
                    + " task_definition_key, created) values ('gone', 1, 'gone', 'incomingItem', 'Task_Dekretacja', current_timestamp)");
        }
        long open = engine.getTaskService().createTaskQuery().count();

        var first = InboxReadModelBackfill.run(engine);
        assertThat(first.added()).isEqualTo((int) open);
        assertThat(first.removed()).isEqualTo(1);
        assertReadModelMatchesEngine();
        var second = InboxReadModelBackfill.run(engine);
        assertThat(second.added()).isZero();
        assertThat(second.removed()).isZero();
    }

    // --- the comparison ---------------------------------------------------------------------------------

    /** Every open task as Camunda has it and as the read model has it, field by field, must be equal. */
    private static void assertReadModelMatchesEngine() {
        Map<String, Map<String, String>> fromEngine = new TreeMap<>();
        for (Task task : engine.getTaskService().createTaskQuery().list()) {
            Map<String, Object> variables = engine.getRuntimeService().getVariables(task.getExecutionId());
            Map<String, String> row = new TreeMap<>();
            row.put("organization_id", task.getTenantId());
            row.put("process_instance_id", task.getProcessInstanceId());
            row.put("process_definition_key", engine.getRepositoryService().getProcessDefinition(task.getProcessDefinitionId()).getKey());
            row.put("task_definition_key", task.getTaskDefinitionKey());
            row.put("name", task.getName());
            row.put("assignee", task.getAssignee());
            row.put("created", String.valueOf(task.getCreateTime().getTime()));
            row.put("due", task.getDueDate() == null ? null : String.valueOf(task.getDueDate().getTime()));
            String deadline = (String) variables.get("deadline");
            row.put("deadline", deadline != null ? deadline : task.getDueDate() == null ? null
                    : task.getDueDate().toInstant().atZone(InboxReadModel.OFFICE_ZONE).toLocalDate().toString());
            row.put("title", string(variables.get("title")));
            row.put("sender", string(variables.get("sender")));
            row.put("rpw_number", string(variables.get("rpwNumber")));
            row.put("item_id", string(variables.get("itemId")));
            row.put("case_id", string(variables.get("caseId")));
            row.put("case_reference", string(variables.get("caseReference")));
            row.put("received_on", string(variables.get("receivedOn")));
            row.put("return_reason", string(variables.get("returnReason")));
            var candidates = new TreeSet<String>();
            engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                    .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                    .forEach(link -> candidates.add(link.getGroupId() != null ? "G:" + link.getGroupId() : "U:" + link.getUserId()));
            row.put("candidates", candidates.toString());
            fromEngine.put(task.getId(), row);
        }
        assertThat(readModel()).isEqualTo(fromEngine);
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }

    private static Map<String, String> row(String taskId) {
        return readModel().getOrDefault(taskId, Map.of());
    }

    private static Map<String, Map<String, String>> readModel() {
        Map<String, Map<String, String>> rows = new TreeMap<>();
        try (Connection connection = dataSource.getConnection();
             var statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select * from inbox_task")) {
            while (result.next()) {
                Map<String, String> row = new TreeMap<>();
                for (String column : List.of("organization_id", "process_instance_id", "process_definition_key", "task_definition_key",
                        "name", "assignee", "deadline", "title", "sender", "rpw_number", "item_id", "case_id", "case_reference",
                        "received_on", "return_reason")) {
                    row.put(column, result.getString(column));
                }
                var created = result.getTimestamp("created", InboxReadModel.utc());
                var due = result.getTimestamp("due", InboxReadModel.utc());
                row.put("created", String.valueOf(created.getTime()));
                row.put("due", due == null ? null : String.valueOf(due.getTime()));
                rows.put(result.getString("task_id"), row);
            }
            for (var entry : rows.entrySet()) {
                var candidates = new TreeSet<String>();
                try (var select = connection.prepareStatement(
                        "select kind, identity_id, organization_id, created, deadline from inbox_task_candidate where task_id = ?")) {
                    select.setString(1, entry.getKey());
                    try (ResultSet links = select.executeQuery()) {
                        while (links.next()) {
                            candidates.add(links.getString(1) + ":" + links.getString(2));
                            assertThat(links.getString(3)).as("candidate's organisation").isEqualTo(entry.getValue().get("organization_id"));
                            assertThat(String.valueOf(links.getTimestamp(4, InboxReadModel.utc()).getTime())).isEqualTo(entry.getValue().get("created"));
                            assertThat(links.getString(5)).as("candidate's deadline").isEqualTo(entry.getValue().get("deadline"));
                        }
                    }
                }
                entry.getValue().put("candidates", candidates.toString());
            }
            assertThat(count(connection, "select count(*) from inbox_task_candidate c where not exists "
                    + "(select 1 from inbox_task t where t.task_id = c.task_id)")).as("orphan candidates").isZero();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    private static long count(String sql) {
        try (Connection connection = dataSource.getConnection()) {
            return count(connection, sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

}
