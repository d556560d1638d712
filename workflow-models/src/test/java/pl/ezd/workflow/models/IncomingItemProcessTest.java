package pl.ezd.workflow.models;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** One test per path through {@code incomingItem}: accepted at once, returned then accepted. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "bpmn/incomingItem.bpmn")
class IncomingItemProcessTest {

    // injected by ProcessEngineExtension (must not be final)
    ProcessEngine processEngine;

    private ProcessInstance registerItem() {
        return processEngine.getRuntimeService().startProcessInstanceByKey("incomingItem", "item-17",
                Map.of("organizationId", 42L, "itemId", 17L, "rpwNumber", "RPW/17/2026",
                        "title", "Wniosek o wydanie zaświadczenia", "sender", "Jan Kowalski"));
    }

    @Test
    void registeredItemWaitsForDekretacjaByHeadsOfItsOwnOrganisation() {
        ProcessInstance item = registerItem();

        assertThat(item).isWaitingAt("Task_Dekretacja");
        assertThat(task(item)).hasCandidateGroup("org:42:HEAD").isNotAssigned();
        assertThat(task(item)).hasName("Dekretacja przesyłki");
    }

    @Test
    void dekretacjaHandsTheItemToTheChosenClerkWhoAcceptsIt() {
        ProcessInstance item = registerItem();

        complete(task(item), withVariables("clerk", "referent", "instructions", "Proszę przygotować odpowiedź"));

        assertThat(item).isWaitingAt("Task_Przyjecie");
        assertThat(task(item)).isAssignedTo("referent");

        complete(task(item), withVariables("accepted", true));

        assertThat(item).isEnded().hasPassed("Task_Dekretacja", "Task_Przyjecie", "End_ItemAccepted");
    }

    @Test
    void clerkReturnsTheItemWithAReasonAndItGoesBackToDekretacja() {
        ProcessInstance item = registerItem();
        complete(task(item), withVariables("clerk", "referent"));

        complete(task(item), withVariables("accepted", false, "returnReason", "Sprawa nie należy do mojego stanowiska"));

        assertThat(item).isWaitingAt("Task_Dekretacja").variables()
                .containsEntry("returnReason", "Sprawa nie należy do mojego stanowiska");
        assertThat(task(item)).hasCandidateGroup("org:42:HEAD");

        complete(task(item), withVariables("clerk", "inny.referent"));
        assertThat(task(item)).isAssignedTo("inny.referent");
        complete(task(item), withVariables("accepted", true));
        assertThat(item).isEnded();
    }
}
