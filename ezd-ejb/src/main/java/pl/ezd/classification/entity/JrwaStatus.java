package pl.ezd.classification.entity;

/** Where a version of an organisation's JRWA stands. */
public enum JrwaStatus {
    /** the latest version: in force from its first day (which may still be ahead) */
    CURRENT,
    /** replaced by a later version: in force only up to its last day */
    SUPERSEDED
}
