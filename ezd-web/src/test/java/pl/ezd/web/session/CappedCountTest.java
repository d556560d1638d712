package pl.ezd.web.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The lazy tables' count that stops at a limit: what the paginator is told and what the page says. */
class CappedCountTest {

    @Test
    void belowTheCapTheCountIsExactAndTheTableGetsIt() {
        var count = new CappedCount();
        int limit = count.limit();
        assertThat(limit).isEqualTo(1001);
        assertThat(count.rowCount(537, limit)).isEqualTo(537);
        assertThat(count.isExact()).isTrue();
        assertThat(count.getCounted()).isEqualTo(537);
    }

    @Test
    void atTheCapThePageSaysMoreThanAndTheTableOffersAnotherPage() {
        var count = new CappedCount();
        int limit = count.limit();
        assertThat(count.rowCount(limit, limit)).as("one row more than counted: a next page exists").isEqualTo(1001);
        assertThat(count.isExact()).isFalse();
        assertThat(count.getCounted()).as("ponad 1000").isEqualTo(1000);
    }

    /** Paging on past the cap: the next count reaches the pages the paginator links to, so PrimeFaces keeps the page asked for. */
    @Test
    void deepPagesCountFarEnoughAheadThatTheTableStaysOnThem() {
        var count = new CappedCount();
        count.loaded(1000, 20);
        int limit = count.limit();
        assertThat(limit).isEqualTo(1201);
        int rows = count.rowCount(limit, limit);
        assertThat(rows).as("the page after 1,000-1,020 and nine more exist for the paginator").isGreaterThan(1020 + 9 * 20);
        assertThat(count.getCounted()).isEqualTo(1200);
        count.loaded(0, 100);
        assertThat(count.limit()).isEqualTo(1001);
    }

    @Test
    void aRefusedQueryCountsNothing() {
        var count = new CappedCount();
        count.rowCount(5000, 1001);
        count.none();
        assertThat(count.isExact()).isTrue();
        assertThat(count.getCounted()).isZero();
    }
}
