package pl.ezd.workflow.boundary;

/** Names of process variables: the contract with the BPMN models in workflow-models. */
final class TaskVariables {
    static final String ORGANIZATION_ID = "organizationId";
    static final String ITEM_ID = "itemId";
    static final String RPW_NUMBER = "rpwNumber";
    static final String TITLE = "title";
    static final String SENDER = "sender";
    static final String REGISTERED_BY = "registeredBy";
    /** The date the item reached the office (ISO date), the legally relevant one for deadlines. */
    static final String RECEIVED_ON = "receivedOn";
    static final String CLERK = "clerk";
    static final String INSTRUCTIONS = "instructions";
    static final String DECRETED_BY = "decretedBy";
    static final String ACCEPTED = "accepted";
    static final String RETURN_REASON = "returnReason";

    static final String TASK_DEKRETACJA = "Task_Dekretacja";
    static final String TASK_PRZYJECIE = "Task_Przyjecie";

    private TaskVariables() {
    }
}
