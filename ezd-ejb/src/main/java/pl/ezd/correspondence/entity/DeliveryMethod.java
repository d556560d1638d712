package pl.ezd.correspondence.entity;

/** sposób doręczenia: how an item reached the office (the dictionary of the instrukcja). */
public enum DeliveryMethod {
    ORDINARY_LETTER,
    REGISTERED_LETTER,
    COURIER,
    IN_PERSON,
    EPUAP,
    E_DORECZENIA,
    EMAIL,
    FAX;

    /** Items that arrive electronically carry their original file and a format. */
    public boolean electronic() {
        return this == EPUAP || this == E_DORECZENIA || this == EMAIL;
    }
}
