package pl.ezd.bench;

import java.util.Arrays;
import java.util.Locale;

/** Latencies of one measured phase: count, rate, and the percentiles the targets are written in. */
public final class Stats {

    private long[] nanos = new long[1 << 16];
    private int count;
    private int errors;

    public synchronized void record(long latencyNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = latencyNanos;
    }

    public synchronized void error() {
        errors++;
    }

    public synchronized int count() {
        return count;
    }

    public synchronized int errors() {
        return errors;
    }

    /** The latency at percentile {@code p} (0 &lt; p ≤ 100) in milliseconds, nearest-rank. */
    public synchronized double percentileMillis(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1_000_000.0;
    }

    public String summary(double seconds) {
        return String.format(Locale.ROOT, "%d ok, %d errors in %.1f s = %.1f /s; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms",
                count(), errors(), seconds, count() / seconds, percentileMillis(50), percentileMillis(95), percentileMillis(99),
                percentileMillis(100));
    }
}
