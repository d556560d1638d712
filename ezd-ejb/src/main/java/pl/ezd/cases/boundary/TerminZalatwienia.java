package pl.ezd.cases.boundary;

/**
 * termin załatwienia sprawy (KPA art. 35): chosen when the case is opened, counted from the day
 * the initiating letter reached the office.
 */
public enum TerminZalatwienia {
    /** niezwłocznie (art. 35 §2): matters settled on the evidence the party gave or the office holds */
    NIEZWLOCZNIE,
    /** within a month (art. 35 §3): the ordinary case needing an explanatory proceeding */
    JEDEN_MIESIAC,
    /** within two months (art. 35 §3): a particularly complicated case */
    DWA_MIESIACE
}
