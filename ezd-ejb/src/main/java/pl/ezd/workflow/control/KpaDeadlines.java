package pl.ezd.workflow.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.TreeSet;

/**
 * Statutory deadlines of the KPA: art. 35 (without undue delay, a month, two months for a
 * particularly complicated case), art. 57 §3a (a month ends on the day of the same number, or the
 * month's last day), art. 57 §5 (a deadline falling on a Saturday or a statutory day off ends on
 * the next working day) and art. 35 §5 (periods of suspension are not counted).
 */
public final class KpaDeadlines {

    public static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Warsaw");
    static final LocalTime REMINDER_TIME = LocalTime.of(8, 0);

    /** How the EZD counts the deadline; the names are those of the cases component's TerminZalatwienia. */
    public enum Kind { NIEZWLOCZNIE, JEDEN_MIESIAC, DWA_MIESIACE }

    private final int noDelayDays;

    /**
     * @param noDelayDays the office's own target for "without undue delay", which the KPA does not
     *                    count in days (7 by default)
     */
    public KpaDeadlines(int noDelayDays) {
        if (noDelayDays < 1 || noDelayDays > 31) {
            throw new IllegalArgumentException("Termin „niezwłocznie” liczy się w dniach od 1 do 31");
        }
        this.noDelayDays = noDelayDays;
    }

    /** The last day to settle a case initiated on {@code initiatedOn}. */
    public LocalDate deadline(Kind kind, LocalDate initiatedOn) {
        LocalDate end = switch (kind) {
            case NIEZWLOCZNIE -> initiatedOn.plusDays(noDelayDays);
            case JEDEN_MIESIAC -> initiatedOn.plusMonths(1);
            case DWA_MIESIACE -> initiatedOn.plusMonths(2);
        };
        return nextWorkingDay(end);
    }

    /** The deadline after a suspension from {@code suspendedOn} until {@code resumedOn}. */
    public LocalDate afterSuspension(LocalDate deadline, LocalDate suspendedOn, LocalDate resumedOn) {
        if (resumedOn.isBefore(suspendedOn)) {
            throw new IllegalArgumentException("Postępowania nie można podjąć przed dniem zawieszenia " + suspendedOn);
        }
        return nextWorkingDay(deadline.plusDays(ChronoUnit.DAYS.between(suspendedOn, resumedOn)));
    }

    /** When the handler is reminded: {@code daysBefore} days before the deadline, at 8:00 office time. */
    public static OffsetDateTime reminderAt(LocalDate deadline, int daysBefore) {
        return deadline.minusDays(daysBefore).atTime(REMINDER_TIME).atZone(OFFICE_ZONE).toOffsetDateTime();
    }

    /** When the case is overdue: the start of the day after the deadline, office time. */
    public static OffsetDateTime overdueAt(LocalDate deadline) {
        return deadline.plusDays(1).atStartOfDay(OFFICE_ZONE).toOffsetDateTime();
    }

    static LocalDate nextWorkingDay(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY || holidays(d.getYear()).contains(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** Statutory days off in Poland (ustawa o dniach wolnych od pracy), Christmas Eve from 2025. */
    static Set<LocalDate> holidays(int year) {
        LocalDate easter = easterSunday(year);
        Set<LocalDate> days = new TreeSet<>(Set.of(
                LocalDate.of(year, 1, 1), LocalDate.of(year, 1, 6), easter, easter.plusDays(1),
                LocalDate.of(year, 5, 1), LocalDate.of(year, 5, 3), easter.plusDays(49), easter.plusDays(60),
                LocalDate.of(year, 8, 15), LocalDate.of(year, 11, 1), LocalDate.of(year, 11, 11),
                LocalDate.of(year, 12, 25), LocalDate.of(year, 12, 26)));
        if (year >= 2025) {
            days.add(LocalDate.of(year, 12, 24));
        }
        return days;
    }

    /** Gregorian Easter Sunday (anonymous algorithm of Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
