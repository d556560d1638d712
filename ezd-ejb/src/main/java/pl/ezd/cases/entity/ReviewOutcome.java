package pl.ezd.cases.entity;

/** What an approver decided about a version of a draft. */
public enum ReviewOutcome {
    /** akceptacja (wstępna albo końcowa) */
    APPROVED,
    /** zwrot do poprawy ze wskazówkami */
    RETURNED
}
