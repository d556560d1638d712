package pl.ezd.workflow.boundary;

import java.time.Instant;
import java.util.List;

/**
 * An open step of a case's circulation: who has it or to which groups it is offered; {@code deadline}
 * is the case's statutory deadline (ISO date) when the draft was sent, or null.
 */
public record CaseTaskView(String id, String taskKey, String name, String assignee, List<String> candidateGroups,
                           Instant created, Long caseId, String caseReference, String title, Long draftDocumentId,
                           String reviewComment, String deadline) {
}
