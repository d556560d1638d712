package pl.ezd.workflow.boundary;

import java.time.Instant;
import java.util.List;

/** An open step of a case's circulation: who has it or to which groups it is offered. */
public record CaseTaskView(String id, String taskKey, String name, String assignee, List<String> candidateGroups,
                           Instant created, Long caseId, String caseReference, String title, Long draftDocumentId,
                           String reviewComment) {
}
