package pl.ezd.workflow.boundary;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The orders the inbox offers; each ends with the task id, so pages never overlap. */
public enum InboxSort {
    /** When the task arrived in the inbox. */
    CREATED("created", "t.created"),
    /** The statutory or assigned deadline; tasks without one come last. */
    DEADLINE("deadline", "t.deadline"),
    TITLE("title", "lower(t.title)"),
    /** Registration order of the item, which is RPW order within an organisation's year. */
    RPW_NUMBER("rpwNumber", "t.item_id");

    private final String parameter;
    final String column;

    InboxSort(String parameter, String column) {
        this.parameter = parameter;
        this.column = column;
    }

    /** The name used by the API's {@code sort} parameter. */
    public String parameter() {
        return parameter;
    }

    /** Reads the API's {@code sort} parameter; null or blank is {@link #CREATED}. */
    public static InboxSort ofParameter(String value) {
        if (value == null || value.isBlank()) {
            return CREATED;
        }
        return Arrays.stream(values())
                .filter(sort -> sort.parameter.equalsIgnoreCase(value.strip()) || sort.name().equalsIgnoreCase(value.strip()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Nie można sortować według „" + value.strip()
                        + "”; dozwolone: " + Arrays.stream(values()).map(InboxSort::parameter).collect(Collectors.joining(", "))));
    }
}
