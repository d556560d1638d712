package pl.ezd.organization.entity;

/** What kind of body an organisation is; JST kinds follow the TERYT register. */
public enum OrganizationKind {
    GMINA,
    POWIAT,
    WOJEWODZTWO,
    /** jednostka podległa: a school, welfare centre, utility... of a JST */
    JEDNOSTKA_PODLEGLA
}
