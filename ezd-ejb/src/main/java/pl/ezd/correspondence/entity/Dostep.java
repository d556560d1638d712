package pl.ezd.correspondence.entity;

/** dostęp: whether the item's content may be made public (metadata "dostęp", required). */
public enum Dostep {
    /** jawny w całości */
    PUBLIC,
    /** jawny w części */
    PUBLIC_IN_PART,
    /** niejawny / niepubliczny */
    NOT_PUBLIC
}
