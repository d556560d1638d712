package pl.ezd.workflow.boundary;

/** A kind of task: its step ({@code taskKey}) in a process ({@code processKey}), with the step's name. */
public record TaskKind(String processKey, String taskKey, String name) {
}
