package pl.ezd.workflow.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import pl.ezd.correspondence.boundary.IncomingItemRegistered;
import pl.ezd.workflow.control.WorkflowEngine;

/** Starts the circulation of every registered item, in the transaction that registered it. */
@ApplicationScoped
public class IncomingItemWorkflow {

    public static final String PROCESS_KEY = "incomingItem";

    @Inject
    WorkflowEngine engine;

    void start(@Observes IncomingItemRegistered item) {
        engine.processEngine().getRuntimeService()
                .createProcessInstanceByKey(PROCESS_KEY)
                .processDefinitionWithoutTenantId()
                .businessKey(item.rpwNumber())
                .setVariables(Map.of(
                        TaskVariables.ORGANIZATION_ID, item.organizationId(),
                        TaskVariables.ITEM_ID, item.itemId(),
                        TaskVariables.RPW_NUMBER, item.rpwNumber(),
                        TaskVariables.TITLE, item.title(),
                        TaskVariables.SENDER, item.senderName(),
                        TaskVariables.REGISTERED_BY, item.registeredBy(),
                        TaskVariables.RECEIVED_ON, item.receivedOn().toString()))
                .execute();
    }
}
