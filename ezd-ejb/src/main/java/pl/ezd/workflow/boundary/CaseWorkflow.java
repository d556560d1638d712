package pl.ezd.workflow.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import pl.ezd.cases.boundary.CaseItemAttached;
import pl.ezd.workflow.control.WorkflowEngine;

/**
 * An item attached to a case whose circulation waits for a reply re-opens the handling (message
 * {@code caseReplyReceived}), in the transaction that attached it. A case not waiting is left alone.
 */
@ApplicationScoped
public class CaseWorkflow {

    static final String REPLY_MESSAGE = "caseReplyReceived";

    @Inject
    WorkflowEngine engine;

    void replyReceived(@Observes CaseItemAttached attached) {
        engine.processEngine().getRuntimeService()
                .createMessageCorrelation(REPLY_MESSAGE)
                .processInstanceBusinessKey(CaseTasks.businessKey(attached.caseId()))
                .tenantId(String.valueOf(attached.organizationId()))
                .correlateAll();
    }
}
