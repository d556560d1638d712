package pl.ezd.cases.boundary;

/**
 * A registered item went into a case file (fired in the transaction that attached it), e.g. the
 * reply a case waits for.
 */
public record CaseItemAttached(long organizationId, long caseId, long itemId, String rpwNumber) {
}
