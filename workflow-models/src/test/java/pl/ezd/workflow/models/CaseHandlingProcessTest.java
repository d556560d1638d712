package pl.ezd.workflow.models;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
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

    @Test
    void theClerkWaitsForAReplyWhichReopensTheHandling() {
        ProcessInstance circulation = sendDraft(FINAL_HEAD);
        complete(task(circulation), withVariables("approved", true));
        complete(task(circulation));
        complete(task(circulation), withVariables("caseOutcome", "WAIT"));

        assertThat(circulation).isWaitingAt("Event_ReplyReceived");
        processEngine.getRuntimeService().createMessageCorrelation("caseReplyReceived")
                .processInstanceBusinessKey("CASE/7").correlate();

        assertThat(circulation).isWaitingAt("Task_Projekt");
        assertThat(task(circulation)).isAssignedTo("referent");
        complete(task(circulation), withVariables("caseOutcome", "APPROVAL"));
        assertThat(circulation).isWaitingAt("Task_AkceptacjaKoncowa");
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
