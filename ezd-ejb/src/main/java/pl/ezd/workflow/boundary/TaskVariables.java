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

    /** The case the process is about (Long) and its znak sprawy (String). */
    static final String CASE_ID = "caseId";
    static final String CASE_REFERENCE = "caseReference";
    /** The statutory or assigned deadline, ISO date {@code yyyy-MM-dd}, or null. */
    static final String DEADLINE = "deadline";
    static final String DRAFT_DOCUMENT_ID = "draftDocumentId";
    /** The approval chain the circulation took when first sent: candidates separated by ';', the final one last. */
    static final String APPROVAL_CHAIN = "approvalChain";
    /** Index (from 0) of the next step of the approval chain; set back to 0 when a draft is re-sent. */
    static final String APPROVAL_STEP = "approvalStep";
    static final String APPROVER_USER = "approverUser";
    static final String APPROVER_GROUP = "approverGroup";
    static final String FINAL_APPROVAL = "finalApproval";
    static final String APPROVED = "approved";
    static final String REVIEW_COMMENT = "reviewComment";
    /** SEAL or SIGNED_UPLOAD, and the verdict of the verification of the signed version. */
    static final String SIGNING_METHOD = "signingMethod";
    static final String SIGNATURE_VERDICT = "signatureVerdict";
    static final String OUTGOING_ITEM_ID = "outgoingItemId";
    /** What the clerk decided: APPROVAL (send again), CLOSE, WAIT (for a reply). */
    static final String CASE_OUTCOME = "caseOutcome";

    static final String TASK_DEKRETACJA = "Task_Dekretacja";
    static final String TASK_PRZYJECIE = "Task_Przyjecie";
    static final String TASK_AKCEPTACJA_WSTEPNA = "Task_AkceptacjaWstepna";
    static final String TASK_AKCEPTACJA_KONCOWA = "Task_AkceptacjaKoncowa";
    static final String TASK_WYSYLKA = "Task_Wysylka";
    static final String TASK_PO_WYSYLCE = "Task_PoWysylce";
    static final String TASK_PROJEKT = "Task_Projekt";

    private TaskVariables() {
    }
}
