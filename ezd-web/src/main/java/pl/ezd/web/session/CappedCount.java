package pl.ezd.web.session;

import java.io.Serializable;

/**
 * The row count of a lazy table whose boundary counts only up to a limit ("ponad 1000" instead of
 * an O(n) {@code count(*)} on every page). It remembers where the table last was, so that the next
 * count reaches a few pages beyond it: the paginator's links and "next" keep working past the cap,
 * and PrimeFaces does not pull the table back to the last counted page. The table is told one row
 * more than was counted when counting stopped, so a next page is always offered then.
 */
public final class CappedCount implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A first page counts this far. */
    public static final int CAP = 1000;
    /** Pages beyond the current one that the count reaches (the paginator shows links that far). */
    private static final int PAGES_AHEAD = 10;

    private int first;
    private int pageSize = 20;
    private long counted;
    private boolean exact = true;

    /** How far the next count goes: one past the cap, or past a few pages after the current page. */
    public int limit() {
        return (int) Math.min(Integer.MAX_VALUE - 1, Math.max(CAP, first + (long) PAGES_AHEAD * pageSize) + 1);
    }

    /** Takes a count made with {@link #limit()}; returns the row count to give the table. */
    public int rowCount(long countedUpToLimit, int limit) {
        exact = countedUpToLimit < limit;
        counted = exact ? countedUpToLimit : limit - 1L;
        return (int) Math.min(Integer.MAX_VALUE, exact ? countedUpToLimit : limit);
    }

    /** The table loaded the page starting at {@code first} of {@code pageSize} rows. */
    public void loaded(int first, int pageSize) {
        this.first = Math.max(0, first);
        this.pageSize = Math.max(1, pageSize);
    }

    /** The last count nothing else was known of: no rows. */
    public void none() {
        exact = true;
        counted = 0;
    }

    /** Whether the last count is the exact number of rows. */
    public boolean isExact() {
        return exact;
    }

    /** The rows counted: all of them when exact, else there are more than this. */
    public long getCounted() {
        return counted;
    }
}
