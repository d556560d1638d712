package pl.ezd.cases.boundary;

import java.time.LocalDate;

/**
 * Fired inside the opening transaction when a case has been opened: its statutory deadline runs
 * from {@code initiatedOn} (the day the initiating letter reached the office, or the opening day).
 */
public record CaseOpened(long caseId, long organizationId, String caseReference, String title, String handler,
                         String unitSymbol, TerminZalatwienia termin, LocalDate initiatedOn, String sender) {
}
