package pl.ezd.cases.boundary;

import java.time.LocalDate;

/** Fired inside the closing transaction when a case has been settled. */
public record CaseClosed(long caseId, long organizationId, LocalDate settledOn) {
}
