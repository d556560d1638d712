package pl.ezd.workflow.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.dmn.Dmn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One test per path through {@code incomingItem}: routing hit and miss (shared and the
 * organisation's own table), dekretacja on a person or a unit with units for information,
 * re-assignment inside the lead unit, returns to whoever decreed, acceptance and the case step.
 * The variables are those the {@code IncomingItemTasks} boundary sets; its rules (no longer
 * deadline, instructions only added) are tested in ezd-ejb.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {"bpmn/incomingItem.bpmn", "dmn/routing.dmn"})
class IncomingItemProcessTest {

    // injected by ProcessEngineExtension (must not be final)
    ProcessEngine processEngine;

    private ProcessInstance register(String title, String documentKind, String channel, String routingTenantId) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("organizationId", 42L);
        variables.put("itemId", 17L);
        variables.put("rpwNumber", "RPW/17/2026");
        variables.put("title", title);
        variables.put("sender", "Jan Kowalski");
        variables.put("receivedOn", "2026-11-20");
        variables.put("documentKind", documentKind);
        variables.put("channel", channel);
        variables.put("routingTenantId", routingTenantId);
        variables.put("deadline", null);
        variables.put("clerk", null);
        return processEngine.getRuntimeService().startProcessInstanceByKey("incomingItem", "RPW/17/2026", variables);
    }

    private ProcessInstance registerUnrouted() {
        return register("Wniosek o wydanie zaświadczenia", "wniosek", "ORDINARY_LETTER", null);
    }

    private static Map<String, Object> decree(String leadUnit, String clerk, List<String> forInformation, String instructions,
                                              String deadline, String level) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("leadUnit", leadUnit);
        variables.put("clerk", clerk);
        variables.put("forInformation", forInformation);
        variables.put("instructions", instructions);
        variables.put("deadline", deadline);
        variables.put("firstDeadline", deadline);
        variables.put("decreeLevel", level);
        variables.put("decretedBy", "kierownik");
        return variables;
    }

    private Task taskAt(ProcessInstance item, String key) {
        return taskQuery().processInstanceId(item.getId()).taskDefinitionKey(key).singleResult();
    }

    @Test
    void itemTheTableDoesNotRouteWaitsForDekretacjaByHeadsOfItsOwnOrganisation() {
        ProcessInstance item = registerUnrouted();

        assertThat(item).isWaitingAt("Task_Dekretacja").hasPassed("Task_Routing").variables().containsEntry("leadUnit", null);
        assertThat(task(item)).hasCandidateGroup("org:42:HEAD").isNotAssigned().hasName("Dekretacja przesyłki");
    }

    @Test
    void invoiceIsRoutedByTheSharedTableToTheHeadOfTheFinanceUnit() {
        ProcessInstance item = register("Faktura VAT 12/11/2026", "Faktura", "EMAIL", null);

        assertThat(item).isWaitingAt("Task_DekretacjaWKomorce").hasNotPassed("Task_Dekretacja")
                .variables().containsEntry("leadUnit", "FN");
        assertThat(task(item)).hasCandidateGroup("org:42:unit:FN:HEAD").isNotAssigned();
    }

    @Test
    void tableRulesLookAtTitleAndChannel() {
        assertThat(register("Odpis aktu urodzenia", null, "IN_PERSON", null)).isWaitingAt("Task_DekretacjaWKomorce")
                .variables().containsEntry("leadUnit", "USC");
        assertThat(register("Deklaracja na podatek od nieruchomości", null, "EPUAP", null)).isWaitingAt("Task_DekretacjaWKomorce")
                .variables().containsEntry("leadUnit", "FN");
        assertThat(register("Deklaracja na podatek od nieruchomości", null, "ORDINARY_LETTER", null)).isWaitingAt("Task_Dekretacja");
    }

    @Test
    void organisationsOwnTableReplacesTheSharedOneOnlyForThatOrganisation() {
        String own = """
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="own" name="own" namespace="http://example">
                  <decision id="routing" name="Tabela gminy" camunda:historyTimeToLive="P30D">
                    <decisionTable id="t" hitPolicy="FIRST">
                      <input id="i1" label="Tytuł"><inputExpression id="e1" typeRef="string"><text>title</text></inputExpression></input>
                      <output id="o1" name="unitSymbol" typeRef="string"/>
                      <rule id="r1"><inputEntry id="r1i"><text>contains(lower case(?), "drzew")</text></inputEntry>
                        <outputEntry id="r1o"><text>"GK"</text></outputEntry></rule>
                    </decisionTable>
                  </decision>
                </definitions>""";
        Dmn.validateModel(Dmn.readModelFromStream(new java.io.ByteArrayInputStream(own.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        String deployment = processEngine.getRepositoryService().createDeployment().tenantId("42")
                .addString("routing.dmn", own).deploy().getId();
        try {
            assertThat(register("Wniosek o usunięcie drzew", null, null, "42")).isWaitingAt("Task_DekretacjaWKomorce")
                    .variables().containsEntry("leadUnit", "GK");
            // the own table has no invoice rule: the shared one is not consulted for this organisation
            assertThat(register("Faktura 1/2026", "faktura", null, "42")).isWaitingAt("Task_Dekretacja");
            // other organisations still use the shared table
            assertThat(register("Wniosek o usunięcie drzew", null, null, null)).isWaitingAt("Task_Dekretacja");
        } finally {
            processEngine.getRepositoryService().deleteDeployment(deployment, true);
        }
    }

    @Test
    void dekretacjaOnAPersonHandsTheItemToThatClerkWithTheDeadlineWhoAcceptsAndPutsItIntoACase() {
        ProcessInstance item = registerUnrouted();

        complete(task(item), decree(null, "referent", List.of(), "Proszę przygotować odpowiedź", "2026-12-18", "ORG"));

        assertThat(item).isWaitingAt("Task_Przyjecie").hasNotPassed("Task_DekretacjaWKomorce", "Task_DoWiadomosci");
        Task przyjecie = taskAt(item, "Task_Przyjecie");
        assertThat(przyjecie).isAssignedTo("referent");
        assertThat(przyjecie.getDueDate()).hasYear(2026).hasMonth(12).hasDayOfMonth(18);

        complete(przyjecie, withVariables("accepted", true));
        assertThat(item).isWaitingAt("Task_Sprawa");
        assertThat(task(item)).isAssignedTo("referent");

        complete(task(item), withVariables("caseId", 5L, "caseReference", "GK.6131.1.2026"));
        assertThat(item).isEnded().hasPassed("Task_Dekretacja", "Task_Przyjecie", "Task_Sprawa", "End_InCase")
                .variables().containsEntry("caseReference", "GK.6131.1.2026");
    }

    @Test
    void dekretacjaOnALeadUnitWithUnitsForInformationGivesEachOfThemATaskToConfirm() {
        ProcessInstance item = registerUnrouted();

        complete(task(item), decree("GK", null, List.of("FN", "OR"), "Zgodnie z właściwością", "2026-12-18", "ORG"));

        assertThat(item).isWaitingAt("Task_DekretacjaWKomorce", "Task_DoWiadomosci");
        assertThat(taskAt(item, "Task_DekretacjaWKomorce")).hasCandidateGroup("org:42:unit:GK:HEAD");
        List<Task> forInformation = taskQuery().processInstanceId(item.getId()).taskDefinitionKey("Task_DoWiadomosci")
                .orderByTaskId().asc().list();
        assertThat(forInformation).hasSize(2);
        assertThat(taskQuery().processInstanceId(item.getId()).taskCandidateGroup("org:42:unit:FN:HEAD").count()).isEqualTo(1);
        assertThat(taskQuery().processInstanceId(item.getId()).taskCandidateGroup("org:42:unit:OR:CLERK").count()).isEqualTo(1);

        forInformation.forEach(task -> complete(task));
        assertThat(item).isWaitingAt("Task_DekretacjaWKomorce").hasPassed("End_Informed");
    }

    @Test
    void headOfTheLeadUnitReAssignsToAClerkAndAReturnGoesBackToThatHead() {
        ProcessInstance item = registerUnrouted();
        complete(task(item), decree("GK", null, List.of(), "Zgodnie z właściwością", "2026-12-18", "ORG"));

        complete(taskAt(item, "Task_DekretacjaWKomorce"), withVariables("clerk", "referent", "decreeLevel", "UNIT",
                "instructions", "Zgodnie z właściwością\nProszę o pilne załatwienie", "deadline", "2026-12-11"));
        assertThat(item).isWaitingAt("Task_Przyjecie");
        Task przyjecie = taskAt(item, "Task_Przyjecie");
        assertThat(przyjecie).isAssignedTo("referent");
        assertThat(przyjecie.getDueDate()).hasDayOfMonth(11);

        complete(przyjecie, withVariables("accepted", false, "returnReason", "Sprawa należy do referenta2"));

        assertThat(item).isWaitingAt("Task_DekretacjaWKomorce").hasNotPassed("Task_Sprawa")
                .variables().containsEntry("returnReason", "Sprawa należy do referenta2");
        assertThat(taskAt(item, "Task_DekretacjaWKomorce")).hasCandidateGroup("org:42:unit:GK:HEAD");
        assertThat(taskQuery().processInstanceId(item.getId()).taskDefinitionKey("Task_Dekretacja").count()).isZero();

        complete(taskAt(item, "Task_DekretacjaWKomorce"), withVariables("clerk", "referent2"));
        assertThat(taskAt(item, "Task_Przyjecie")).isAssignedTo("referent2");
        complete(taskAt(item, "Task_Przyjecie"), withVariables("accepted", true, "returnReason", null));
        assertThat(item).isWaitingAt("Task_Sprawa");
        assertThat(taskAt(item, "Task_Sprawa")).isAssignedTo("referent2");
    }

    @Test
    void itemDecreedOnAPersonByTheOrganisationsHeadReturnsToTheOrganisationsHeads() {
        ProcessInstance item = registerUnrouted();
        complete(task(item), decree(null, "referent", List.of(), "", null, "ORG"));

        complete(task(item), withVariables("accepted", false, "returnReason", "Sprawa nie należy do mojego stanowiska"));

        assertThat(item).isWaitingAt("Task_Dekretacja").variables()
                .containsEntry("returnReason", "Sprawa nie należy do mojego stanowiska");
        assertThat(task(item)).hasCandidateGroup("org:42:HEAD");

        complete(task(item), decree(null, "inny.referent", List.of(), "", null, "ORG"));
        assertThat(task(item)).isAssignedTo("inny.referent");
        assertThat(task(item).getDueDate()).isNull();
        complete(task(item), withVariables("accepted", true));
        assertThat(item).isWaitingAt("Task_Sprawa");
    }

    @Test
    void routedItemIsDecreedInsideTheUnitAndItsReturnStaysThere() {
        ProcessInstance item = register("Faktura VAT 12/11/2026", "faktura", null, null);

        complete(task(item), withVariables("clerk", "ksiegowa", "decreeLevel", "UNIT", "instructions", "Do zapłaty",
                "deadline", "2026-12-01", "firstDeadline", "2026-12-01", "forInformation", List.of()));
        complete(task(item), withVariables("accepted", false, "returnReason", "Błędny kontrahent"));

        assertThat(item).isWaitingAt("Task_DekretacjaWKomorce");
        assertThat(task(item)).hasCandidateGroup("org:42:unit:FN:HEAD");
        assertThat(task(item).getDueDate()).hasDayOfMonth(1);
    }
}
