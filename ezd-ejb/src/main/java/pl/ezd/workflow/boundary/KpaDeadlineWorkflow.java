package pl.ezd.workflow.boundary;

import static pl.ezd.workflow.boundary.TaskVariables.*;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import pl.ezd.validation.boundary.RequestRefused;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pl.ezd.cases.boundary.CaseClosed;
import pl.ezd.cases.boundary.CaseOpened;
import pl.ezd.cases.boundary.CaseSuspension;
import pl.ezd.workflow.control.KpaDeadlines;
import pl.ezd.workflow.control.WorkflowEngine;

/**
 * Keeps the statutory deadline of every case (process {@code kpaDeadline}), in the transaction of
 * the case's own change: started when the case is opened, moved by suspension, ended when the
 * case is closed. The handler is reminded {@code ezd.kpa.reminder-days} days before the deadline.
 */
@ApplicationScoped
public class KpaDeadlineWorkflow {

    public static final String PROCESS_KEY = "kpaDeadline";
    static final String MESSAGE_SUSPENDED = "kpaCaseSuspended";
    static final String MESSAGE_RESUMED = "kpaCaseResumed";
    static final String MESSAGE_CLOSED = "kpaCaseClosed";

    @Inject
    WorkflowEngine engine;

    @Inject
    @ConfigProperty(name = "ezd.kpa.reminder-days", defaultValue = "3")
    int reminderDays;

    @Inject
    @ConfigProperty(name = "ezd.kpa.niezwlocznie-days", defaultValue = "7")
    int noDelayDays;

    void start(@Observes CaseOpened opened) {
        LocalDate deadline = calculator().deadline(KpaDeadlines.Kind.valueOf(opened.termin().name()), opened.initiatedOn());
        Map<String, Object> variables = new HashMap<>(timers(deadline));
        variables.put(ORGANIZATION_ID, opened.organizationId());
        variables.put(CASE_ID, opened.caseId());
        variables.put(CASE_REFERENCE, opened.caseReference());
        variables.put(TITLE, opened.title());
        variables.put(SENDER, opened.sender());
        variables.put(HANDLER, opened.handler());
        variables.put(UNIT_SYMBOL, opened.unitSymbol());
        variables.put(DEADLINE_KIND, opened.termin().name());
        variables.put(SUSPENDED_ON, null);
        variables.put(SUSPENSION_REASON, null);
        runtime().createProcessInstanceByKey(PROCESS_KEY)
                .processDefinitionWithoutTenantId()
                .businessKey(String.valueOf(opened.caseId()))
                .setVariables(variables)
                .execute();
    }

    void closed(@Observes CaseClosed closed) {
        runtime().createMessageCorrelation(MESSAGE_CLOSED)
                .processInstanceBusinessKey(String.valueOf(closed.caseId()))
                .tenantId(String.valueOf(closed.organizationId()))
                .correlateAll();
    }

    void suspension(@Observes CaseSuspension change) {
        ProcessInstance watch = runtime().createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(String.valueOf(change.caseId()))
                .tenantIdIn(String.valueOf(change.organizationId())).singleResult();
        if (watch == null) {
            return; // a case opened before deadlines were kept, or already closed: nothing runs
        }
        boolean suspended = runtime().createEventSubscriptionQuery().processInstanceId(watch.getId())
                .eventName(MESSAGE_RESUMED).count() > 0;
        if (change.suspended()) {
            if (suspended) {
                throw new RequestRefused("workflow.suspension.already");
            }
            runtime().createMessageCorrelation(MESSAGE_SUSPENDED).processInstanceId(watch.getId())
                    .setVariable(SUSPENDED_ON, change.on().toString())
                    .setVariable(SUSPENSION_REASON, change.reason())
                    .correlate();
        } else {
            if (!suspended) {
                throw new RequestRefused("workflow.suspension.notSuspended");
            }
            LocalDate deadline = LocalDate.parse((String) runtime().getVariable(watch.getId(), DEADLINE));
            LocalDate suspendedOn = LocalDate.parse((String) runtime().getVariable(watch.getId(), SUSPENDED_ON));
            Map<String, Object> variables = new HashMap<>(timers(calculator().afterSuspension(deadline, suspendedOn, change.on())));
            variables.put(SUSPENDED_ON, null);
            variables.put(SUSPENSION_REASON, null);
            variables.put(DEADLINE_BEFORE_RESUMPTION, deadline.toString());
            runtime().createMessageCorrelation(MESSAGE_RESUMED).processInstanceId(watch.getId())
                    .setVariables(variables)
                    .correlate();
        }
    }

    private Map<String, Object> timers(LocalDate deadline) {
        return Map.of(DEADLINE, deadline.toString(),
                REMINDER_AT, KpaDeadlines.reminderAt(deadline, reminderDays).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                OVERDUE_AT, KpaDeadlines.overdueAt(deadline).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }

    private KpaDeadlines calculator() {
        return new KpaDeadlines(noDelayDays);
    }

    private RuntimeService runtime() {
        return engine.processEngine().getRuntimeService();
    }
}
