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
    /** Metadata the routing table reads (incomingItem start). */
    static final String DOCUMENT_KIND = "documentKind";
    static final String CHANNEL = "channel";
    /** The organisation whose own routing table applies, or null for the shared one. */
    static final String ROUTING_TENANT_ID = "routingTenantId";
    /** dekretacja: the lead unit (symbol), units for information, who decreed at which level. */
    static final String LEAD_UNIT = "leadUnit";
    static final String FOR_INFORMATION = "forInformation";
    static final String INFORMED_UNITS = "informedUnits";
    static final String INFORMED_UNIT = "informedUnit";
    static final String DECREE_LEVEL = "decreeLevel";
    /** The statutory or assigned deadline, ISO date yyyy-MM-dd (also a task's due date). */
    static final String DEADLINE = "deadline";
    /** The first deadline set in dekretacja: later dekretacje may shorten it, never extend it. */
    static final String FIRST_DEADLINE = "firstDeadline";
    static final String CASE_ID = "caseId";
    static final String CASE_REFERENCE = "caseReference";
    /** kpaDeadline: the case's handler, unit, kind of deadline and the timers' dates. */
    static final String HANDLER = "handler";
    static final String UNIT_SYMBOL = "unitSymbol";
    static final String DEADLINE_KIND = "deadlineKind";
    static final String REMINDER_AT = "reminderAt";
    static final String OVERDUE_AT = "overdueAt";
    static final String SUSPENDED_ON = "suspendedOn";
    /** Why the proceeding is suspended now (KPA art. 97/98), null while it runs. */
    static final String SUSPENSION_REASON = "suspensionReason";
    /** The deadline as it was before the last resumption moved it later, null until a resumption. */
    static final String DEADLINE_BEFORE_RESUMPTION = "deadlineBeforeResumption";

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
    /** how long the clerk waits for the addressee's reply (ISO-8601 duration, e.g. P30D), the timer of the wait */
    static final String REPLY_WAIT_PERIOD = "replyWaitPeriod";
    /** task-local: the absent colleague a substitute took the task over or claimed it for (set by the inbox) */
    static final String ACTING_FOR = "actingFor";

    static final String TASK_DEKRETACJA = "Task_Dekretacja";
    static final String TASK_PRZYJECIE = "Task_Przyjecie";
    static final String TASK_AKCEPTACJA_WSTEPNA = "Task_AkceptacjaWstepna";
    static final String TASK_AKCEPTACJA_KONCOWA = "Task_AkceptacjaKoncowa";
    static final String TASK_WYSYLKA = "Task_Wysylka";
    static final String TASK_PO_WYSYLCE = "Task_PoWysylce";
    static final String TASK_PROJEKT = "Task_Projekt";
    static final String TASK_OCZEKIWANIE_MINELO = "Task_OczekiwanieMinelo";
    static final String TASK_DEKRETACJA_W_KOMORCE = "Task_DekretacjaWKomorce";
    static final String TASK_DO_WIADOMOSCI = "Task_DoWiadomosci";
    static final String TASK_SPRAWA = "Task_Sprawa";
    static final String TASK_PRZYPOMNIENIE = "Task_Przypomnienie";
    static final String TASK_ESKALACJA = "Task_Eskalacja";

    static final String LEVEL_ORGANIZATION = "ORG";
    static final String LEVEL_UNIT = "UNIT";

    private TaskVariables() {
    }
}
