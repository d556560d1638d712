package pl.ezd.workflow.boundary;

import java.util.List;

/**
 * One page of the inbox and how many tasks match the filter: {@code total} is exact when
 * {@code totalExact}; otherwise counting stopped there and more than {@code total} tasks match
 * (at least one more page follows).
 */
public record InboxPage(List<InboxTask> tasks, long total, boolean totalExact) {

    /** A page's count stops after this many tasks (or after the page itself, when deeper). */
    public static final int COUNT_CAP = 1000;

    /** How far a page starting at {@code first} counts: one past the cap or past the page. */
    public static long countLimit(int first, int pageSize) {
        return Math.max(COUNT_CAP, (long) first + pageSize) + 1;
    }

    /** The page with a count taken up to {@code limit} (from {@link #countLimit}). */
    public static InboxPage of(List<InboxTask> tasks, long counted, long limit) {
        boolean exact = counted < limit;
        return new InboxPage(tasks, exact ? counted : limit - 1, exact);
    }
}
