package pl.ezd.organization.entity;

/**
 * Roles attached to posts. The names are the security roles of the application
 * ({@code @RolesAllowed}, web.xml).
 */
public enum Role {
    /** kancelaria: registers incoming and dispatches outgoing correspondence */
    REGISTRY,
    /** referent: handles cases */
    CLERK,
    /** kierownik komórki: assigns and approves */
    HEAD,
    /** archiwista: keeps the office archive */
    ARCHIVIST,
    /** administrator of one organisation: its units, posts and people */
    ORG_ADMIN,
    /** regional administrator: manages organisations, does not read their records */
    REGION_ADMIN;

    public static final String REGISTRY_NAME = "REGISTRY";
    public static final String CLERK_NAME = "CLERK";
    public static final String HEAD_NAME = "HEAD";
    public static final String ARCHIVIST_NAME = "ARCHIVIST";
    public static final String ORG_ADMIN_NAME = "ORG_ADMIN";
    public static final String REGION_ADMIN_NAME = "REGION_ADMIN";
}
