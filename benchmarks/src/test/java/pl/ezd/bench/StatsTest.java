package pl.ezd.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The percentiles reported in docs/PERFORMANCE.md are nearest-rank over every recorded request. */
class StatsTest {

    @Test
    void percentilesAreNearestRankInMilliseconds() {
        Stats stats = new Stats();
        for (int ms = 100; ms >= 1; ms--) {
            stats.record(ms * 1_000_000L);
        }
        stats.error();
        assertThat(stats.count()).isEqualTo(100);
        assertThat(stats.errors()).isEqualTo(1);
        assertThat(stats.percentileMillis(50)).isEqualTo(50.0);
        assertThat(stats.percentileMillis(95)).isEqualTo(95.0);
        assertThat(stats.percentileMillis(99)).isEqualTo(99.0);
        assertThat(stats.percentileMillis(100)).isEqualTo(100.0);
        assertThat(stats.summary(10)).contains("100 ok, 1 errors").contains("10.0 /s").contains("p99 99.0 ms");
    }

    @Test
    void growsBeyondItsFirstArray() {
        Stats stats = new Stats();
        for (int i = 0; i < 200_000; i++) {
            stats.record(i);
        }
        assertThat(stats.count()).isEqualTo(200_000);
        assertThat(stats.percentileMillis(100)).isEqualTo(199_999 / 1_000_000.0);
    }
}
