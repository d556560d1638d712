package pl.ezd.epuap.entity;

/** Where a received ePUAP document stands in the import. */
public enum ReceivedState {
    /** stored with its transport data; not yet registered (resumed at the next pull or start) */
    STORED,
    /** registered in the RPW, its circulation started */
    REGISTERED,
    /** could not be registered: waits for the registry office (retry or dismiss) with a Polish reason */
    NEEDS_ATTENTION,
    /** set aside by the registry office after a look; never registered */
    DISMISSED
}
