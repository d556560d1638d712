package pl.ezd.workflow.boundary;

import java.util.List;

/** One page of the inbox and how many tasks there are in all. */
public record InboxPage(List<InboxTask> tasks, long total) {
}
