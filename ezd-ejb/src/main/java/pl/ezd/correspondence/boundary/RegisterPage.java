package pl.ezd.correspondence.boundary;

import java.util.List;

/**
 * One page of the incoming register and how many items match: {@code total} is exact when
 * {@code totalExact}; otherwise counting stopped there and more than {@code total} items match (at
 * least one more page follows).
 */
public record RegisterPage(List<RegisteredItem> items, long total, boolean totalExact, int first, int max) {

    /** A page's count stops after this many items (or after the page itself, when deeper). */
    public static final int COUNT_CAP = 1000;

    /** How far a page starting at {@code first} counts: one past the cap or past the page. */
    public static int countLimit(int first, int max) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(COUNT_CAP, (long) first + max) + 1);
    }
}
