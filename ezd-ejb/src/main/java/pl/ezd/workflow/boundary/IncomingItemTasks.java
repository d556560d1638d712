package pl.ezd.workflow.boundary;

import static pl.ezd.workflow.boundary.TaskVariables.*;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import pl.ezd.audit.boundary.AuditTrail;
import pl.ezd.cases.boundary.CaseView;
import pl.ezd.cases.boundary.Cases;
import pl.ezd.cases.boundary.TerminZalatwienia;
import pl.ezd.organization.boundary.Caller;
import pl.ezd.organization.boundary.CallerIdentity;
import pl.ezd.organization.boundary.Staff;
import pl.ezd.organization.boundary.StaffMember;
import pl.ezd.organization.entity.Role;
import pl.ezd.workflow.control.KpaDeadlines;
import pl.ezd.workflow.control.VisibleTasks;

/**
 * The steps of an incoming item's circulation (process {@code incomingItem}), as the instrukcja
 * kancelaryjna has them: dekretacja by a head of the office (lead unit or person, units for
 * information, instructions, deadline), dekretacja inside the lead unit onto one of its clerks,
 * the clerk's acceptance or return with a reason, filing the item in a case, and the units for
 * information confirming they have read it. A later dekretacja never extends the first deadline
 * and never changes earlier instructions, it may only add to them. Every step is audited in the
 * transaction that completes the task.
 */
@Stateless
public class IncomingItemTasks {

    /** dekretacja by a head of the office: exactly one of leadUnit and clerk; the rest optional. */
    public record Dekretacja(String leadUnit, String clerk, List<String> forInformation, String instructions,
                             LocalDate deadline) {
    }

    /** dekretacja inside the lead unit: the clerk, instructions to add, a deadline no later than the first. */
    public record UnitDekretacja(String clerk, String instructions, LocalDate deadline) {
    }

    /** Where the accepted item goes: an existing case (caseId) or a new one (jrwaSymbol, title, termin). */
    public record CaseChoice(Long caseId, String jrwaSymbol, String title, String description, TerminZalatwienia termin) {
    }

    @Inject
    VisibleTasks visible;

    @Inject
    Caller caller;

    @Inject
    Staff staff;

    @Inject
    Cases cases;

    @Inject
    AuditTrail auditTrail;

    @Inject
    jakarta.enterprise.event.Event<pl.ezd.correspondence.boundary.IncomingItemProgressed> progressed;

    @RolesAllowed(Role.HEAD_NAME)
    public void decree(String taskId, Dekretacja dekretacja) {
        CallerIdentity me = caller.identity();
        Task task = findAt(me, taskId, TASK_DEKRETACJA);
        if (dekretacja == null) {
            throw new IllegalArgumentException("Podaj dekretację: komórkę albo osobę wiodącą");
        }
        String leadUnit = blankToNull(dekretacja.leadUnit());
        String clerk = blankToNull(dekretacja.clerk());
        if ((leadUnit == null) == (clerk == null)) {
            throw new IllegalArgumentException("Wskaż komórkę wiodącą albo osobę wiodącą (jedno z dwojga)");
        }
        List<StaffMember> heads = staff.withRole(Role.HEAD);
        List<StaffMember> clerks = staff.withRole(Role.CLERK);
        if (leadUnit != null && heads.stream().noneMatch(head -> head.unitSymbol().equals(leadUnit))) {
            throw new IllegalArgumentException("Komórka " + leadUnit + " nie istnieje w urzędzie albo nie ma kierownika, który mógłby dekretować");
        }
        if (clerk != null && clerks.stream().noneMatch(member -> member.username().equals(clerk))) {
            throw new IllegalArgumentException("Wskaż referenta z tej organizacji");
        }
        Set<String> staffedUnits = new LinkedHashSet<>();
        heads.forEach(member -> staffedUnits.add(member.unitSymbol()));
        clerks.forEach(member -> staffedUnits.add(member.unitSymbol()));
        List<String> forInformation = new ArrayList<>();
        for (String unit : dekretacja.forInformation() == null ? List.<String>of() : dekretacja.forInformation()) {
            String symbol = blankToNull(unit);
            if (symbol == null || !staffedUnits.contains(symbol)) {
                throw new IllegalArgumentException("Komórki „" + unit + "” nie ma w urzędzie (do wiadomości)");
            }
            if (symbol.equals(leadUnit)) {
                throw new IllegalArgumentException("Komórka wiodąca " + symbol + " nie jest zarazem komórką do wiadomości");
            }
            if (!forInformation.contains(symbol)) {
                forInformation.add(symbol);
            }
        }
        Map<String, Object> current = tasks().getVariables(taskId);
        @SuppressWarnings("unchecked")
        List<String> informed = current.get(INFORMED_UNITS) == null ? new ArrayList<>() : new ArrayList<>((List<String>) current.get(INFORMED_UNITS));
        List<String> newlyInformed = forInformation.stream().filter(unit -> !informed.contains(unit)).toList();
        informed.addAll(newlyInformed);

        takeIfOffered(me, task);
        Map<String, Object> variables = new HashMap<>();
        variables.put(LEAD_UNIT, leadUnit);
        variables.put(CLERK, clerk);
        variables.put(FOR_INFORMATION, newlyInformed);
        variables.put(INFORMED_UNITS, informed);
        variables.put(INSTRUCTIONS, addedTo((String) current.get(INSTRUCTIONS), dekretacja.instructions()));
        variables.put(DECREE_LEVEL, LEVEL_ORGANIZATION);
        variables.put(DECRETED_BY, me.username());
        putDeadline(variables, current, dekretacja.deadline());
        record(me, task, "DEKRETACJA", (leadUnit != null ? "komórka wiodąca " + leadUnit : "na " + clerk)
                + (forInformation.isEmpty() ? "" : "; do wiadomości " + String.join(", ", forInformation))
                + (variables.get(DEADLINE) == null ? "" : "; termin " + variables.get(DEADLINE))
                + (isBlank(dekretacja.instructions()) ? "" : "; polecenie: " + dekretacja.instructions().strip()));
        progressed(me, task, pl.ezd.correspondence.entity.ItemStatus.DECREED, leadUnit != null ? leadUnit
                : clerks.stream().filter(member -> member.username().equals(clerk)).map(StaffMember::unitSymbol).findFirst().orElse(null));
        tasks().complete(taskId, variables);
    }

    /** The head of the lead unit hands the item down to a clerk of that unit. */
    @RolesAllowed(Role.HEAD_NAME)
    public void decreeInUnit(String taskId, UnitDekretacja dekretacja) {
        CallerIdentity me = caller.identity();
        Task task = findAt(me, taskId, TASK_DEKRETACJA_W_KOMORCE);
        if (dekretacja == null || isBlank(dekretacja.clerk())) {
            throw new IllegalArgumentException("Wskaż referenta komórki");
        }
        Map<String, Object> current = tasks().getVariables(taskId);
        String leadUnit = (String) current.get(LEAD_UNIT);
        String clerk = dekretacja.clerk().strip();
        if (staff.withRole(Role.CLERK).stream().noneMatch(m -> m.username().equals(clerk) && m.unitSymbol().equals(leadUnit))) {
            throw new IllegalArgumentException("Kierownik dekretuje w dół, na referenta komórki " + leadUnit + "; " + clerk + " nim nie jest");
        }
        takeIfOffered(me, task);
        Map<String, Object> variables = new HashMap<>();
        variables.put(CLERK, clerk);
        variables.put(INSTRUCTIONS, addedTo((String) current.get(INSTRUCTIONS), dekretacja.instructions()));
        variables.put(DECREE_LEVEL, LEVEL_UNIT);
        variables.put(DECRETED_BY, me.username());
        putDeadline(variables, current, dekretacja.deadline());
        record(me, task, "DEKRETACJA", "w komórce " + leadUnit + " na " + clerk
                + (variables.get(DEADLINE) == null ? "" : "; termin " + variables.get(DEADLINE))
                + (isBlank(dekretacja.instructions()) ? "" : "; polecenie: " + dekretacja.instructions().strip()));
        progressed(me, task, pl.ezd.correspondence.entity.ItemStatus.DECREED, leadUnit);
        tasks().complete(taskId, variables);
    }

    /** The clerk accepts the item for handling. */
    @RolesAllowed(Role.CLERK_NAME)
    public void accept(String taskId) {
        CallerIdentity me = caller.identity();
        Task task = assignedToMeAt(me, taskId, TASK_PRZYJECIE);
        Map<String, Object> variables = new HashMap<>();
        variables.put(ACCEPTED, true);
        variables.put(RETURN_REASON, null);
        record(me, task, "ITEM_ACCEPTED", "przyjęta do załatwienia");
        progressed(me, task, pl.ezd.correspondence.entity.ItemStatus.ACCEPTED, null);
        tasks().complete(taskId, variables);
    }

    /** The clerk returns the item, with a reason, to whoever decreed it. */
    @RolesAllowed(Role.CLERK_NAME)
    public void returnItem(String taskId, String reason) {
        CallerIdentity me = caller.identity();
        Task task = assignedToMeAt(me, taskId, TASK_PRZYJECIE);
        if (isBlank(reason)) {
            throw TaskActionRejectedException.of("workflow.return.reasonRequired");
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(ACCEPTED, false);
        variables.put(RETURN_REASON, reason.strip());
        record(me, task, "ITEM_RETURNED", "zwrot do " + tasks().getVariable(taskId, DECRETED_BY) + ": " + reason.strip());
        // no longer DECREED: back with whoever decreed it, in their unit when it was the unit's head
        progressed(me, task, pl.ezd.correspondence.entity.ItemStatus.RETURNED,
                LEVEL_UNIT.equals(tasks().getVariable(taskId, DECREE_LEVEL)) ? (String) tasks().getVariable(taskId, LEAD_UNIT) : null);
        tasks().complete(taskId, variables);
    }

    /**
     * The clerk files the accepted item: into an existing case of the organisation, or into a new
     * case it initiates (its statutory deadline runs from the day the item reached the office).
     */
    @RolesAllowed(Role.CLERK_NAME)
    public CaseView fileInCase(String taskId, CaseChoice choice) {
        CallerIdentity me = caller.identity();
        Task task = assignedToMeAt(me, taskId, TASK_SPRAWA);
        if (choice == null || (choice.caseId() == null) == isBlank(choice.jrwaSymbol())) {
            throw new IllegalArgumentException("Wskaż istniejącą sprawę (caseId) albo klasę JRWA nowej sprawy (jrwaSymbol)");
        }
        long itemId = ((Number) tasks().getVariable(taskId, ITEM_ID)).longValue();
        CaseView filed;
        if (choice.caseId() != null) {
            cases.attachItem(choice.caseId(), itemId);
            filed = cases.find(choice.caseId());
        } else {
            String unit = me.posts().stream().map(CallerIdentity.Post::unitSymbol)
                    .filter(symbol -> symbol.equals(tasks().getVariable(taskId, LEAD_UNIT))).findFirst().orElse(null);
            filed = cases.openFor(itemId, choice.jrwaSymbol(), choice.title(), choice.description(), unit, choice.termin());
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(CASE_ID, filed.id());
        variables.put(CASE_REFERENCE, filed.znak());
        record(me, task, "ITEM_FILED", (choice.caseId() != null ? "dołączona do sprawy " : "wszczęła sprawę ") + filed.znak());
        tasks().complete(taskId, variables);
        return filed;
    }

    /** A unit the item was sent to for information confirms it has read it. */
    @RolesAllowed({Role.HEAD_NAME, Role.CLERK_NAME})
    public void confirmRead(String taskId) {
        CallerIdentity me = caller.identity();
        Task task = findAt(me, taskId, TASK_DO_WIADOMOSCI);
        takeIfOffered(me, task);
        record(me, task, "ITEM_READ", "zapoznano się (do wiadomości " + tasks().getVariable(taskId, INFORMED_UNIT) + ")");
        tasks().complete(taskId);
    }

    private void putDeadline(Map<String, Object> variables, Map<String, Object> current, LocalDate requested) {
        String first = (String) current.get(FIRST_DEADLINE);
        if (requested == null) {
            variables.put(DEADLINE, current.get(DEADLINE));
            return;
        }
        LocalDate today = LocalDate.now(KpaDeadlines.OFFICE_ZONE);
        if (requested.isBefore(today)) {
            throw new IllegalArgumentException("Termin " + requested + " już minął");
        }
        if (first != null && requested.isAfter(LocalDate.parse(first))) {
            throw new IllegalArgumentException("Nie można przedłużyć pierwszego terminu " + first + " (wskazano " + requested + ")");
        }
        variables.put(DEADLINE, requested.toString());
        if (first == null) {
            variables.put(FIRST_DEADLINE, requested.toString());
        }
    }

    /** Earlier instructions stay as they were; new ones are added below, with who gave them. */
    private String addedTo(String earlier, String added) {
        if (isBlank(added)) {
            return earlier == null ? "" : earlier;
        }
        String line = caller.identity().fullName() + ": " + added.strip();
        return isBlank(earlier) ? line : earlier + "\n" + line;
    }

    private void takeIfOffered(CallerIdentity me, Task task) {
        if (task.getAssignee() == null) {
            tasks().claim(task.getId(), me.username());
        } else if (!task.getAssignee().equals(me.username())) {
            throw TaskActionRejectedException.of("workflow.task.claimed", task.getAssignee());
        }
    }

    private Task assignedToMeAt(CallerIdentity me, String taskId, String taskKey) {
        Task task = findAt(me, taskId, taskKey);
        if (!me.username().equals(task.getAssignee())) {
            throw new TaskNotFoundException(taskId);
        }
        return task;
    }

    private Task findAt(CallerIdentity me, String taskId, String taskKey) {
        Task task = visible.find(me, taskId);
        if (task == null) {
            throw new TaskNotFoundException(taskId);
        }
        if (!taskKey.equals(task.getTaskDefinitionKey())) {
            throw TaskActionRejectedException.of("workflow.task.notStep", taskKey, task.getName());
        }
        return task;
    }

    /** Written before the task completes: the same transaction, while its variables are still readable. */
    private void record(CallerIdentity me, Task task, String action, String detail) {
        Object itemId = tasks().getVariable(task.getId(), ITEM_ID);
        auditTrail.record(me.organizationId(), me.username(), action, "IncomingItem", itemId,
                task.getName() + ": " + detail);
    }

    /** Moves the item's status (and unit) in the incoming register, in this step's transaction. */
    private void progressed(CallerIdentity me, Task task, pl.ezd.correspondence.entity.ItemStatus status, String unitSymbol) {
        Object itemId = tasks().getVariable(task.getId(), ITEM_ID);
        if (itemId instanceof Number id) {
            progressed.fire(new pl.ezd.correspondence.boundary.IncomingItemProgressed(me.organizationId(), id.longValue(), status, unitSymbol));
        }
    }

    private TaskService tasks() {
        return visible.tasks();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String blankToNull(String text) {
        return isBlank(text) ? null : text.strip();
    }
}
