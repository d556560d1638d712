package pl.ezd.workflow.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One test per path through {@code kpaDeadline}, driven by the engine's clock: the reminder
 * before the deadline, the escalation when it has passed, suspension moving the deadline, and
 * closing the case in each state. The dates are what {@code KpaDeadlines} (ezd-ejb) computes.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "bpmn/kpaDeadline.bpmn")
class KpaDeadlineProcessTest {

    private static final ZoneId OFFICE = ZoneId.of("Europe/Warsaw");

    // injected by ProcessEngineExtension (must not be final)
    ProcessEngine processEngine;

    @BeforeEach
    void caseOpenedOnTheSecondOfDecember() {
        at("2026-12-02T09:00");
    }

    @AfterEach
    void realClock() {
        ClockUtil.reset();
    }

    private static void at(String localDateTime) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(localDateTime).atZone(OFFICE).toInstant()));
    }

    /** Deadline 4 January 2027: a month from receipt on 2 December would be 2 January, a Saturday. */
    private ProcessInstance openCase() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("organizationId", 42L);
        variables.put("caseId", 7L);
        variables.put("caseReference", "GK.6131.1.2026");
        variables.put("title", "Wniosek o usunięcie drzew");
        variables.put("sender", "Jan Malinowski");
        variables.put("handler", "referent");
        variables.put("unitSymbol", "GK");
        variables.put("deadlineKind", "ONE_MONTH");
        variables.put("deadline", "2027-01-04");
        variables.put("reminderAt", "2026-12-31T08:00:00+01:00");
        variables.put("overdueAt", "2027-01-05T00:00:00+01:00");
        return processEngine.getRuntimeService().startProcessInstanceByKey("kpaDeadline", "7", variables);
    }

    private List<Job> dueJobs() {
        return processEngine.getManagementService().createJobQuery().executable().list();
    }

    private void runDueJobs() {
        dueJobs().forEach(job -> processEngine.getManagementService().executeJob(job.getId()));
    }

    private Task taskAt(ProcessInstance instance, String key) {
        return taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
    }

    private void correlate(String message, Map<String, Object> variables) {
        processEngine.getRuntimeService().createMessageCorrelation(message).processInstanceBusinessKey("7")
                .setVariables(variables).correlate();
    }

    @Test
    void nothingHappensBeforeTheReminderDay() {
        ProcessInstance deadline = openCase();

        at("2026-12-30T23:00");
        assertThat(dueJobs()).isEmpty();
        assertThat(deadline).isWaitingAt("Timer_Reminder", "Timer_Overdue");
        assertThat(taskQuery().processInstanceId(deadline.getId()).count()).isZero();
    }

    @Test
    void handlerIsRemindedDaysBeforeTheDeadline() {
        ProcessInstance deadline = openCase();

        at("2026-12-31T08:01");
        runDueJobs();

        Task reminder = taskAt(deadline, "Task_Przypomnienie");
        assertThat(reminder).isAssignedTo("referent").hasName("Zbliża się termin załatwienia sprawy");
        assertThat(reminder.getDueDate()).hasYear(2027).hasMonth(1).hasDayOfMonth(4);
        complete(reminder);
        assertThat(deadline).isWaitingAt("Timer_Overdue").hasPassed("End_Reminded");
    }

    @Test
    void overdueCaseIsEscalatedToTheHeadOfTheUnitAndTheProcessWaitsForClosing() {
        ProcessInstance deadline = openCase();
        at("2026-12-31T08:01");
        runDueJobs();
        complete(taskAt(deadline, "Task_Przypomnienie"));

        at("2027-01-04T23:59");
        assertThat(dueJobs()).isEmpty();
        at("2027-01-05T00:01");
        runDueJobs();

        Task escalation = taskAt(deadline, "Task_Eskalacja");
        assertThat(escalation).hasCandidateGroup("org:42:unit:GK:HEAD").isNotAssigned();
        complete(escalation);
        assertThat(deadline).isWaitingAt("Event_WaitForClosing");

        correlate("kpaCaseClosed", Map.of());
        assertThat(deadline).isEnded().hasPassed("End_ClosedLate");
    }

    @Test
    void closingTheCaseInTimeEndsTheWatchAndItsTimers() {
        ProcessInstance deadline = openCase();
        at("2026-12-31T08:01");
        runDueJobs();

        correlate("kpaCaseClosed", Map.of());

        assertThat(deadline).isEnded().hasPassed("End_Closed").hasNotPassed("Task_Eskalacja");
        assertThat(taskQuery().processInstanceId(deadline.getId()).count()).isZero();
        assertThat(processEngine.getManagementService().createJobQuery().processInstanceId(deadline.getId()).count()).isZero();
    }

    @Test
    void suspensionStopsTheTimersAndResumptionStartsThemAgainWithTheMovedDeadline() {
        ProcessInstance deadline = openCase();

        at("2026-12-10T10:00");
        correlate("kpaCaseSuspended", Map.of("suspendedOn", "2026-12-10"));
        assertThat(deadline).isWaitingAt("Gateway_Suspended");
        assertThat(processEngine.getManagementService().createJobQuery().processInstanceId(deadline.getId()).count()).isZero();

        at("2027-01-06T09:00");
        assertThat(dueJobs()).as("no reminder nor escalation while suspended").isEmpty();

        // 27 days suspended: the calculator moves the deadline from 4 to 31 January, a Sunday, so to 1 February
        correlate("kpaCaseResumed", Map.of("deadline", "2027-02-01", "reminderAt", "2027-01-29T08:00:00+01:00",
                "overdueAt", "2027-02-02T00:00:00+01:00", "suspendedOn", ""));
        assertThat(deadline).isWaitingAt("Timer_Reminder", "Timer_Overdue").variables().containsEntry("deadline", "2027-02-01");
        assertThat(dueJobs()).isEmpty();

        at("2027-01-29T08:01");
        runDueJobs();
        assertThat(taskAt(deadline, "Task_Przypomnienie").getDueDate()).hasYear(2027).hasMonth(2).hasDayOfMonth(1);
        assertThat(taskAt(deadline, "Task_Eskalacja")).isNull();
    }

    @Test
    void caseClosedWhileSuspendedEndsTheWatch() {
        ProcessInstance deadline = openCase();
        correlate("kpaCaseSuspended", Map.of("suspendedOn", "2026-12-02"));

        correlate("kpaCaseClosed", Map.of());

        assertThat(deadline).isEnded().hasPassed("End_ClosedWhileSuspended");
    }
}
