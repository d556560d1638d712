package pl.ezd.workflow.models;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One test per path through {@code caseHandling}: single-level approval to closing, two-level
 * approval with a return at each level and a re-send, waiting for a reply that re-opens the
 * handling, and closing without dispatch. The routing delegate of ezd-ejb is replaced by name with
 * one that reads the chain the same way ({@code approvalChain}, {@code approvalStep}).
 */
@Deployment(resources = "bpmn/caseHandling.bpmn")
class CaseHandlingProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .configurationResource("caseHandling.camunda.cfg.xml").build();

    // injected by ProcessEngineExtension (must not be final)
    ProcessEngine processEngine;

    static final String FINAL_HEAD = "group:org:42:unit:GK:HEAD";
    static final ZoneId OFFICE = ZoneId.of("Europe/Warsaw");

    /** Stand-in for pl.ezd.workflow.boundary.CaseApprovalRouting: the next step of the chain. */
    static final JavaDelegate ROUTING = execution -> {
        String[] chain = ((String) execution.getVariable("approvalChain")).split(";");
        Object stepVariable = execution.getVariable("approvalStep");
        int step = stepVariable == null ? 0 : ((Number) stepVariable).intValue();
        String candidate = chain[step];
        execution.setVariable("approverUser", candidate.startsWith("user:") ? candidate.substring(5) : null);
        execution.setVariable("approverGroup", candidate.startsWith("group:") ? candidate.substring(6) : "");
        execution.setVariable("finalApproval", step == chain.length - 1);
        execution.setVariable("approvalStep", step + 1);
    };

    @BeforeEach
    void replaceDelegates() {
        BpmnAwareTests.init(processEngine);
        Mocks.register("caseApprovalRouting", ROUTING);
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    /** The assertions of the other process tests find the one default engine again. */
    @AfterAll
    static void unregisterThisEngine() {
        ProcessEngines.getProcessEngines().values().stream()
                .filter(engine -> engine.getName().equals("caseHandling")).toList()
                .forEach(ProcessEngines::unregister);
    }

    private ProcessInstance sendDraft(String approvalChain) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("organizationId", 42L);
        variables.put("caseId", 7L);
        variables.put("caseReference", "GK.6100.7.2026");
        variables.put("title", "Zezwolenie na usunięcie drzewa – ul. Lipowa 3");
        variables.put("sender", "Jan Nowak");
        variables.put("deadline", "2026-12-24");
        variables.put("clerk", "referent");
        variables.put("draftDocumentId", 11L);
        variables.put("approvalChain", approvalChain);
        variables.put("approvalStep", 0);
        return processEngine.getRuntimeService().startProcessInstanceByKey("caseHandling", "CASE/7", variables);
    }

    @Test
    void singleLevelApprovalSigningDispatchAndClosing() {
        ProcessInstance circulation = sendDraft(FINAL_HEAD);

        assertThat(circulation).isWaitingAt("Task_AkceptacjaKoncowa");
        assertThat(task(circulation)).hasCandidateGroup("org:42:unit:GK:HEAD").isNotAssigned()
                .hasName("Akceptacja końcowa i podpisanie");
        assertThat(circulation).variables().containsEntry("caseId", 7L).containsEntry("caseReference", "GK.6100.7.2026")
                .containsEntry("title", "Zezwolenie na usunięcie drzewa – ul. Lipowa 3").containsEntry("deadline", "2026-12-24")
                .containsEntry("sender", "Jan Nowak").containsEntry("organizationId", 42L);

        complete(task(circulation), withVariables("approved", true));
        assertThat(circulation).isWaitingAt("Task_Wysylka");
        assertThat(task(circulation)).hasCandidateGroup("org:42:REGISTRY").isNotAssigned();

        complete(task(circulation));
        assertThat(circulation).isWaitingAt("Task_PoWysylce");
        assertThat(task(circulation)).isAssignedTo("referent");

        complete(task(circulation), withVariables("caseOutcome", "CLOSE"));
        assertThat(circulation).isEnded().hasPassedInOrder("Task_AkceptacjaKoncowa", "Task_Wysylka", "Task_PoWysylce", "End_CaseClosed")
                .hasNotPassed("Task_AkceptacjaWstepna", "Task_Projekt");
    }

    @Test
    void twoProvisionalApproversInOrderThenTheFinalOneWhoReturnsAndTheResentDraftStartsTheChainAgain() {
        ProcessInstance circulation = sendDraft("user:radca;group:org:42:unit:OR:CLERK;" + FINAL_HEAD);

        assertThat(circulation).isWaitingAt("Task_AkceptacjaWstepna");
        assertThat(task(circulation)).isAssignedTo("radca").hasName("Akceptacja wstępna projektu");
        complete(task(circulation), withVariables("approved", true));

        assertThat(circulation).isWaitingAt("Task_AkceptacjaWstepna");
        assertThat(task(circulation)).hasCandidateGroup("org:42:unit:OR:CLERK").isNotAssigned();
        complete(task(circulation), withVariables("approved", true));

        assertThat(circulation).isWaitingAt("Task_AkceptacjaKoncowa");
        assertThat(task(circulation)).hasCandidateGroup("org:42:unit:GK:HEAD");
        complete(task(circulation), withVariables("approved", false, "reviewComment", "Proszę powołać podstawę prawną"));

        assertThat(circulation).isWaitingAt("Task_Projekt").variables()
                .containsEntry("reviewComment", "Proszę powołać podstawę prawną");
        assertThat(task(circulation)).isAssignedTo("referent");
        complete(task(circulation), withVariables("caseOutcome", "APPROVAL"));

        assertThat(circulation).as("a re-sent draft goes through the whole chain again").isWaitingAt("Task_AkceptacjaWstepna");
        assertThat(task(circulation)).isAssignedTo("radca");
        complete(task(circulation), withVariables("approved", true));
        complete(task(circulation), withVariables("approved", true));
        assertThat(circulation).isWaitingAt("Task_AkceptacjaKoncowa");
        complete(task(circulation), withVariables("approved", true));
        assertThat(circulation).isWaitingAt("Task_Wysylka");
    }

    @Test
    void aProvisionalApproverReturnsTheDraftAndTheLaterApproversNeverSeeThatVersion() {
        ProcessInstance circulation = sendDraft("user:radca;" + FINAL_HEAD);

        complete(task(circulation), withVariables("approved", false, "reviewComment", "Błędny adresat"));

        assertThat(circulation).isWaitingAt("Task_Projekt").hasNotPassed("Task_AkceptacjaKoncowa");
        assertThat(task(circulation)).isAssignedTo("referent");
        complete(task(circulation), withVariables("caseOutcome", "APPROVAL"));
        assertThat(task(circulation)).isAssignedTo("radca");
    }

    /** Signed, dispatched, and the clerk decided to wait {@code period} for the addressee's reply. */
    private ProcessInstance waitingForAReply(String period) {
        ProcessInstance circulation = sendDraft(FINAL_HEAD);
        complete(task(circulation), withVariables("approved", true));
        complete(task(circulation));
        complete(task(circulation), withVariables("caseOutcome", "WAIT", "replyWaitPeriod", period));
        return circulation;
    }

    private static void at(String localDateTime) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(localDateTime).atZone(OFFICE).toInstant()));
    }

    private List<Job> dueJobs() {
        return processEngine.getManagementService().createJobQuery().executable().list();
    }

    private void runDueJobs() {
        dueJobs().forEach(job -> processEngine.getManagementService().executeJob(job.getId()));
    }

    @Test
    void theClerkWaitsForAReplyWhichReopensTheHandling() {
        ProcessInstance circulation = waitingForAReply("P30D");

        assertThat(circulation).isWaitingAt("Gateway_WaitForReply");
        org.assertj.core.api.Assertions.assertThat(processEngine.getTaskService().createTaskQuery().processInstanceId(circulation.getId()).count())
                .as("waiting: nobody has a task").isZero();
        processEngine.getRuntimeService().createMessageCorrelation("caseReplyReceived")
                .processInstanceBusinessKey("CASE/7").correlate();

        assertThat(circulation).isWaitingAt("Task_Projekt");
        assertThat(task(circulation)).isAssignedTo("referent");
        complete(task(circulation), withVariables("caseOutcome", "APPROVAL"));
        assertThat(circulation).isWaitingAt("Task_AkceptacjaKoncowa");
    }

    @Test
    void whenTheWaitingPeriodPassesWithoutAReplyTheClerkDecidesToWaitLongerAndThenToClose() {
        at("2026-12-02T10:00");
        ProcessInstance circulation = waitingForAReply("P30D");
        Job timer = processEngine.getManagementService().createJobQuery().processInstanceId(circulation.getId()).timers().singleResult();
        org.assertj.core.api.Assertions.assertThat(timer.getDuedate()).as("thirty days from the decision to wait")
                .isEqualTo(Date.from(LocalDateTime.parse("2027-01-01T10:00").atZone(OFFICE).toInstant()));

        at("2026-12-31T23:00");
        org.assertj.core.api.Assertions.assertThat(dueJobs()).as("the period has not passed yet").isEmpty();

        at("2027-01-01T10:01");
        runDueJobs();
        assertThat(circulation).isWaitingAt("Task_OczekiwanieMinelo");
        assertThat(task(circulation)).isAssignedTo("referent").hasName("Brak odpowiedzi: zakończyć sprawę czy czekać dalej");
        assertThat(circulation).variables().containsEntry("caseReference", "GK.6100.7.2026").containsEntry("caseId", 7L)
                .containsEntry("title", "Zezwolenie na usunięcie drzewa – ul. Lipowa 3").containsEntry("organizationId", 42L);

        // another fortnight: a new timer counted from this decision
        complete(task(circulation), withVariables("caseOutcome", "WAIT", "replyWaitPeriod", "P14D"));
        assertThat(circulation).isWaitingAt("Gateway_WaitForReply");
        org.assertj.core.api.Assertions.assertThat(processEngine.getManagementService().createJobQuery().processInstanceId(circulation.getId()).timers()
                .singleResult().getDuedate()).isEqualTo(Date.from(LocalDateTime.parse("2027-01-15T10:01").atZone(OFFICE).toInstant()));

        at("2027-01-15T10:02");
        runDueJobs();
        assertThat(circulation).isWaitingAt("Task_OczekiwanieMinelo");
        complete(task(circulation), withVariables("caseOutcome", "CLOSE"));
        assertThat(circulation).isEnded().hasPassed("End_ClosedWithoutReply").hasNotPassed("Task_Projekt", "Event_ReplyReceived");
    }

    @Test
    void aReplyArrivingWhileTheClerkDecidesReopensTheHandlingAndCancelsTheDecision() {
        at("2026-12-02T10:00");
        ProcessInstance circulation = waitingForAReply("P7D");
        at("2026-12-09T10:01");
        runDueJobs();
        assertThat(circulation).isWaitingAt("Task_OczekiwanieMinelo");

        processEngine.getRuntimeService().createMessageCorrelation("caseReplyReceived").processInstanceBusinessKey("CASE/7").correlateAll();

        assertThat(circulation).isWaitingAt("Task_Projekt").hasPassed("Event_ReplyWhileDeciding");
        org.assertj.core.api.Assertions.assertThat(processEngine.getTaskService().createTaskQuery().processInstanceId(circulation.getId()).list())
                .extracting(org.camunda.bpm.engine.task.Task::getTaskDefinitionKey).containsExactly("Task_Projekt");
    }

    @Test
    void aReplyBeforeThePeriodEndsCancelsTheTimer() {
        ProcessInstance circulation = waitingForAReply("P30D");
        processEngine.getRuntimeService().createMessageCorrelation("caseReplyReceived").processInstanceBusinessKey("CASE/7").correlateAll();

        assertThat(circulation).isWaitingAt("Task_Projekt").hasNotPassed("Timer_ReplyWaitOver");
        org.assertj.core.api.Assertions.assertThat(processEngine.getManagementService().createJobQuery().processInstanceId(circulation.getId()).count())
                .as("no timer left behind").isZero();
    }

    /**
     * Substitutions live outside the model (the inbox offers the absent approver's task to the
     * substitute, who takes it over): the taken-over task completes like any other, and the step
     * still names whom it was for ({@code approverUser}), which the metryka's "w zastępstwie za"
     * is written from.
     */
    @Test
    void aSubstituteTakesOverTheAbsentApproversTaskAndTheStepStillNamesForWhom() {
        ProcessInstance circulation = sendDraft("user:radca;" + FINAL_HEAD);
        assertThat(task(circulation)).isAssignedTo("radca");

        processEngine.getTaskService().setAssignee(task(circulation).getId(), "zastepca");
        assertThat(task(circulation)).isAssignedTo("zastepca");
        assertThat(circulation).variables().containsEntry("approverUser", "radca");

        complete(task(circulation), withVariables("approved", true));
        assertThat(circulation).isWaitingAt("Task_AkceptacjaKoncowa");
        assertThat(task(circulation)).hasCandidateGroup("org:42:unit:GK:HEAD").isNotAssigned();
        org.assertj.core.api.Assertions.assertThat(processEngine.getHistoryService().createHistoricTaskInstanceQuery()
                        .processInstanceId(circulation.getId()).taskDefinitionKey("Task_AkceptacjaWstepna").singleResult().getAssignee())
                .as("history keeps who completed it").isEqualTo("zastepca");
    }

    @Test
    void afterAReturnTheClerkMayCloseTheCaseWithoutSendingAnything() {
        ProcessInstance circulation = sendDraft(FINAL_HEAD);
        complete(task(circulation), withVariables("approved", false, "reviewComment", "Sprawa bezprzedmiotowa"));

        complete(task(circulation), withVariables("caseOutcome", "CLOSE"));

        assertThat(circulation).isEnded().hasPassed("End_ClosedWithoutDispatch").hasNotPassed("Task_Wysylka");
    }

    @Test
    void aReplyForACaseThatIsNotWaitingCorrelatesNothing() {
        ProcessInstance circulation = sendDraft(FINAL_HEAD);

        assertThatThrownBy(() -> processEngine.getRuntimeService().createMessageCorrelation("caseReplyReceived")
                .processInstanceBusinessKey("CASE/7").correlate())
                .hasMessageContaining("caseReplyReceived");
        assertThat(circulation).isWaitingAt("Task_AkceptacjaKoncowa");
    }
}
