package pl.ezd.cases.entity;

/** Where a case stands. A closed case cannot be changed. */
public enum CaseStatus {
    OPEN,
    CLOSED
}
