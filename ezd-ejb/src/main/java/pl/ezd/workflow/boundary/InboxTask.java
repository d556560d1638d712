package pl.ezd.workflow.boundary;

import java.time.Instant;

/**
 * A task in a user's workflow inbox: what to do ({@code taskKey}, e.g. {@code Task_Dekretacja})
 * about which item, since when and by when.
 */
public record InboxTask(String id, String taskKey, String name, String rpwNumber, String title, String sender,
                        java.time.LocalDate receivedOn, Instant created, Instant due, String assignee, boolean overdue,
                        String returnReason) {

    public boolean claimed() {
        return assignee != null;
    }
}
