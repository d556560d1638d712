package pl.ezd.organization.entity;

import java.time.LocalDate;

/** Date ranges with an inclusive start and an inclusive, possibly open ({@code null}) end. */
public final class Periods {

    private Periods() {
    }

    public static boolean overlap(LocalDate aFrom, LocalDate aTo, LocalDate bFrom, LocalDate bTo) {
        return (aTo == null || !aTo.isBefore(bFrom)) && (bTo == null || !bTo.isBefore(aFrom));
    }

    /** Whether two ranges touch a common calendar year (open ends reach every later year). */
    public static boolean shareAYear(LocalDate aFrom, LocalDate aTo, LocalDate bFrom, LocalDate bTo) {
        int aEnd = aTo == null ? Integer.MAX_VALUE : aTo.getYear();
        int bEnd = bTo == null ? Integer.MAX_VALUE : bTo.getYear();
        return aFrom.getYear() <= bEnd && bFrom.getYear() <= aEnd;
    }

    public static boolean contains(LocalDate from, LocalDate to, LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }
}
