package pl.ezd.workflow.boundary;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A task in a user's workflow inbox: what to do ({@code taskKey}, e.g. {@code Task_Dekretacja})
 * in which process ({@code processKey}) about which item or case, since when and by when.
 * {@code deadline} is the statutory or assigned deadline (else the day the task is due);
 * {@code overdue} means that day has passed in the office's calendar; {@code offered} that it is
 * offered to a group, so it can be released back to it.
 */
public record InboxTask(String id, String processKey, String taskKey, String name, String rpwNumber, String title,
                        String sender, LocalDate receivedOn, Long itemId, Long caseId, String caseReference,
                        Instant created, Instant due, LocalDate deadline, String assignee, boolean overdue,
                        String returnReason, boolean offered) {

    public boolean claimed() {
        return assignee != null;
    }
}
