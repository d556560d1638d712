package pl.ezd.workflow.boundary;

import java.util.List;

/** One page of the inbox and how many tasks match the filter in all. */
public record InboxPage(List<InboxTask> tasks, long total) {
}
