package pl.ezd.correspondence.entity;

/** Where an incoming item is in its circulation, as the incoming register shows and filters it. */
public enum ItemStatus {
    /** entered in the RPW, waiting for dekretacja */
    REGISTERED,
    /** assigned by a head to a unit or clerk (dekretacja) */
    DECREED,
    /**
     * returned by the clerk it was decreed to, with a reason: waiting for a new dekretacja by
     * whoever decreed it (the unit is kept when the head of that unit decreed it inside the
     * unit, cleared when the heads of the office did)
     */
    RETURNED,
    /** accepted by the clerk for handling */
    ACCEPTED,
    /** in the file of a case */
    IN_CASE
}
