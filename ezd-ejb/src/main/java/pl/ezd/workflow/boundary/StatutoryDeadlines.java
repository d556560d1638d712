package pl.ezd.workflow.boundary;

import static pl.ezd.workflow.boundary.TaskVariables.*;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import pl.ezd.cases.boundary.CaseView;
import pl.ezd.cases.boundary.Cases;
import pl.ezd.organization.boundary.Caller;
import pl.ezd.organization.entity.Role;
import pl.ezd.workflow.control.KpaDeadlines;
import pl.ezd.workflow.control.WorkflowEngine;

/** The statutory deadline of a case of the caller's organisation, as the deadline watch keeps it. */
@Stateless
public class StatutoryDeadlines {

    /**
     * @param kind      NIEZWLOCZNIE, JEDEN_MIESIAC or DWA_MIESIACE
     * @param deadline  the last day to settle the case, moved by suspensions
     * @param suspended whether the proceeding is suspended now (the deadline does not run)
     * @param running   false once the case is closed
     * @param suspensionReason why the proceeding is suspended now (KPA art. 97/98), null while it runs
     * @param movedFrom the deadline before the last resumption moved it later by the suspended days, null if never moved
     */
    public record StatutoryDeadline(long caseId, String caseReference, String kind, LocalDate deadline, boolean suspended,
                                    LocalDate suspendedOn, boolean overdue, boolean running, String suspensionReason,
                                    LocalDate movedFrom) {
    }

    @Inject
    WorkflowEngine engine;

    @Inject
    Cases cases;

    @Inject
    Caller caller;

    @RolesAllowed({Role.CLERK_NAME, Role.HEAD_NAME, Role.ARCHIVIST_NAME, Role.REGISTRY_NAME})
    public StatutoryDeadline of(long caseId) {
        CaseView theCase = cases.find(caseId); // another organisation's case: CaseNotFoundException
        var history = engine.processEngine().getHistoryService();
        HistoricProcessInstance watch = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(KpaDeadlineWorkflow.PROCESS_KEY).processInstanceBusinessKey(String.valueOf(caseId))
                .orderByProcessInstanceStartTime().desc().listPage(0, 1).stream().findFirst()
                .orElseThrow(() -> TaskActionRejectedException.of("workflow.deadline.none", theCase.znak()));
        Map<String, Object> variables = new HashMap<>();
        for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery().processInstanceId(watch.getId()).list()) {
            variables.put(variable.getName(), variable.getValue());
        }
        boolean running = watch.getEndTime() == null;
        LocalDate deadline = LocalDate.parse((String) variables.get(DEADLINE));
        String suspendedOn = (String) variables.get(SUSPENDED_ON);
        boolean suspended = running && suspendedOn != null && !suspendedOn.isBlank();
        boolean overdue = running && !suspended && LocalDate.now(KpaDeadlines.OFFICE_ZONE).isAfter(deadline);
        String movedFrom = (String) variables.get(DEADLINE_BEFORE_RESUMPTION);
        return new StatutoryDeadline(caseId, theCase.znak(), (String) variables.get(DEADLINE_KIND), deadline, suspended,
                suspended ? LocalDate.parse(suspendedOn) : null, overdue, running,
                suspended ? (String) variables.get(SUSPENSION_REASON) : null,
                movedFrom == null || movedFrom.isBlank() ? null : LocalDate.parse(movedFrom));
    }

    /**
     * The cases of the caller's organisation whose statutory deadline has passed (the deadline watch
     * runs, is not suspended, its last day is before today): two queries on the engine, however many.
     */
    @RolesAllowed({Role.HEAD_NAME, Role.ORG_ADMIN_NAME})
    public Set<Long> overdueCaseIds() {
        var runtime = engine.processEngine().getRuntimeService();
        String today = LocalDate.now(KpaDeadlines.OFFICE_ZONE).toString();
        // ISO dates compare as strings
        List<org.camunda.bpm.engine.runtime.ProcessInstance> late = runtime.createProcessInstanceQuery()
                .processDefinitionKey(KpaDeadlineWorkflow.PROCESS_KEY)
                .tenantIdIn(String.valueOf(caller.organizationId()))
                .variableValueLessThan(DEADLINE, today)
                .list();
        Set<String> suspended = new HashSet<>();
        List<String> ids = late.stream().map(org.camunda.bpm.engine.runtime.ProcessInstance::getId).toList();
        for (int from = 0; from < ids.size(); from += 500) {
            runtime.createVariableInstanceQuery().variableName(SUSPENDED_ON)
                    .processInstanceIdIn(ids.subList(from, Math.min(ids.size(), from + 500)).toArray(String[]::new))
                    .list().stream()
                    .filter(v -> v.getValue() instanceof String on && !on.isBlank())
                    .forEach(v -> suspended.add(v.getProcessInstanceId()));
        }
        Set<Long> overdue = new HashSet<>();
        for (var watch : late) {
            if (!suspended.contains(watch.getId()) && watch.getBusinessKey() != null) {
                overdue.add(Long.valueOf(watch.getBusinessKey()));
            }
        }
        return overdue;
    }
}
