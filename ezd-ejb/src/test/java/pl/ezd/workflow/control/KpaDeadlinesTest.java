package pl.ezd.workflow.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import pl.ezd.workflow.control.KpaDeadlines.Kind;

class KpaDeadlinesTest {

    private final KpaDeadlines kpa = new KpaDeadlines(7);

    @Test
    void aMonthEndsOnTheDayOfTheSameNumber() {
        assertThat(kpa.deadline(Kind.JEDEN_MIESIAC, LocalDate.of(2026, 3, 10))).isEqualTo(LocalDate.of(2026, 4, 10));
    }

    @Test
    void aMonthFromTheThirtyFirstEndsOnTheLastDayOfAShorterMonth() {
        // 31 Jan 2027 + 1 month = 28 Feb 2027 (a Sunday) → Monday 1 March
        assertThat(kpa.deadline(Kind.JEDEN_MIESIAC, LocalDate.of(2027, 1, 31))).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(kpa.deadline(Kind.JEDEN_MIESIAC, LocalDate.of(2026, 1, 31))).isEqualTo(LocalDate.of(2026, 2, 28).plusDays(2));
    }

    @Test
    void aDeadlineOnASaturdayOrAHolidayMovesToTheNextWorkingDay() {
        // 2 Jan 2027 is a Saturday
        assertThat(kpa.deadline(Kind.JEDEN_MIESIAC, LocalDate.of(2026, 12, 2))).isEqualTo(LocalDate.of(2027, 1, 4));
        // 11 Nov 2026 (Independence Day, a Wednesday) → 12 Nov
        assertThat(kpa.deadline(Kind.DWA_MIESIACE, LocalDate.of(2026, 9, 11))).isEqualTo(LocalDate.of(2026, 11, 12));
        // 24 Nov + 1 month = 24 Dec 2026 (Christmas Eve, a day off since 2025), 25, 26 (holidays), 27 (Sunday) → 28 Dec
        assertThat(kpa.deadline(Kind.JEDEN_MIESIAC, LocalDate.of(2026, 11, 24))).isEqualTo(LocalDate.of(2026, 12, 28));
    }

    @Test
    void movableHolidaysFollowEaster() {
        assertThat(KpaDeadlines.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(KpaDeadlines.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        // Easter Monday 6 Apr 2026; Corpus Christi 4 Jun 2026
        assertThat(KpaDeadlines.holidays(2026)).contains(LocalDate.of(2026, 4, 6), LocalDate.of(2026, 6, 4));
        assertThat(kpa.deadline(Kind.JEDEN_MIESIAC, LocalDate.of(2026, 5, 4))).isEqualTo(LocalDate.of(2026, 6, 5));
    }

    @Test
    void withoutUndueDelayUsesTheOfficesOwnTarget() {
        assertThat(kpa.deadline(Kind.NIEZWLOCZNIE, LocalDate.of(2026, 11, 2))).isEqualTo(LocalDate.of(2026, 11, 9));
        assertThatThrownBy(() -> new KpaDeadlines(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void suspendedDaysAreNotCounted() {
        assertThat(kpa.afterSuspension(LocalDate.of(2027, 1, 4), LocalDate.of(2026, 12, 10), LocalDate.of(2027, 1, 6)))
                .isEqualTo(LocalDate.of(2027, 2, 1)); // 27 days → 31 Jan, a Sunday
        assertThat(kpa.afterSuspension(LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1)))
                .isEqualTo(LocalDate.of(2026, 12, 10));
        assertThatThrownBy(() -> kpa.afterSuspension(LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reminderAndOverdueTimesAreInOfficeTime() {
        assertThat(KpaDeadlines.reminderAt(LocalDate.of(2027, 1, 4), 3).toString()).isEqualTo("2027-01-01T08:00+01:00");
        assertThat(KpaDeadlines.overdueAt(LocalDate.of(2027, 6, 30)).toString()).isEqualTo("2027-07-01T00:00+02:00");
    }
}
