package pl.ezd.workflow.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import pl.ezd.correspondence.boundary.IncomingItemRegistered;
import pl.ezd.correspondence.boundary.IncomingItems;
import pl.ezd.correspondence.boundary.RegisteredItem;
import pl.ezd.workflow.control.RoutingDecisions;
import pl.ezd.workflow.control.WorkflowEngine;

/**
 * Starts the circulation of every registered item, in the transaction that registered it, with
 * the metadata its organisation's routing table reads.
 */
@ApplicationScoped
public class IncomingItemWorkflow {

    public static final String PROCESS_KEY = "incomingItem";

    @Inject
    WorkflowEngine engine;

    @Inject
    IncomingItems incomingItems;

    @Inject
    RoutingDecisions routing;

    void start(@Observes IncomingItemRegistered item) {
        var metadata = incomingItems.find(item.itemId()).map(RegisteredItem::metadata).orElse(null);
        Map<String, Object> variables = new HashMap<>();
        variables.put(TaskVariables.ORGANIZATION_ID, item.organizationId());
        variables.put(TaskVariables.ITEM_ID, item.itemId());
        variables.put(TaskVariables.RPW_NUMBER, item.rpwNumber());
        variables.put(TaskVariables.TITLE, item.title());
        variables.put(TaskVariables.SENDER, item.senderName());
        variables.put(TaskVariables.REGISTERED_BY, item.registeredBy());
        variables.put(TaskVariables.RECEIVED_ON, item.receivedOn().toString());
        variables.put(TaskVariables.DOCUMENT_KIND, metadata == null ? null : metadata.documentKind());
        variables.put(TaskVariables.CHANNEL, metadata == null || metadata.deliveryMethod() == null ? null : metadata.deliveryMethod().name());
        variables.put(TaskVariables.ROUTING_TENANT_ID, routing.tenantFor(item.organizationId()));
        variables.put(TaskVariables.CLERK, null);
        variables.put(TaskVariables.DEADLINE, null);
        engine.processEngine().getRuntimeService()
                .createProcessInstanceByKey(PROCESS_KEY)
                .processDefinitionWithoutTenantId()
                .businessKey(item.rpwNumber())
                .setVariables(variables)
                .execute();
    }
}
