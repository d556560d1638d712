package pl.ezd.workflow.boundary;

/**
 * What the user narrows the inbox to; every part is optional. {@code text} matches title, sender,
 * RPW number or case reference (case-insensitive, anywhere in them); {@code overdue} true shows only
 * tasks past their deadline, false only those that are not; {@code processKey} and {@code taskKey}
 * pick a kind of process (e.g. {@code incomingItem}) and of step (e.g. {@code Task_Dekretacja}).
 */
public record InboxFilter(String text, Boolean overdue, String processKey, String taskKey) {

    public static final InboxFilter NONE = new InboxFilter(null, null, null, null);

    public InboxFilter {
        text = blankToNull(text);
        processKey = blankToNull(processKey);
        taskKey = blankToNull(taskKey);
        if (text != null && text.length() > 200) {
            throw new IllegalArgumentException("Szukany tekst może mieć najwyżej 200 znaków");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
