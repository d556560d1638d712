package pl.ezd.cases.boundary;

import java.time.LocalDate;

/**
 * Fired inside the transaction that suspends (zawieszenie postępowania, KPA art. 97) or resumes
 * (podjęcie) the proceeding of a case; the statutory deadline does not run while it is suspended.
 * An observer may refuse by throwing {@link IllegalArgumentException} (e.g. already suspended).
 */
public record CaseSuspension(long caseId, long organizationId, boolean suspended, LocalDate on, String reason) {
}
