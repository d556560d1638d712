package pl.ezd.correspondence.entity;

/** Where an incoming item is in its circulation, as the incoming register shows and filters it. */
public enum ItemStatus {
    /** entered in the RPW, waiting for dekretacja */
    REGISTERED,
    /** assigned by a head to a unit or clerk (dekretacja) */
    DECREED,
    /** accepted by the clerk for handling */
    ACCEPTED,
    /** in the file of a case */
    IN_CASE
}
