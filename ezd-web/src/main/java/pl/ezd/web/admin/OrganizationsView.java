package pl.ezd.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import pl.ezd.organization.boundary.AdminViews.OrganizationView;
import pl.ezd.organization.boundary.AdminViews.TercEntry;
import pl.ezd.organization.boundary.OrganizationAdministration;
import pl.ezd.organization.entity.OrganizationKind;

/** The regional administrator's screen: the region's organisations and a new one with its first administrator. */
@Named
@ViewScoped
public class OrganizationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganizationAdministration administration;

    @Inject
    Refusals refusals;

    private List<OrganizationView> organizations;
    private List<TercEntry> register;
    private OrganizationKind kind = OrganizationKind.GMINA;
    private String name;
    private String teryt;
    private Long parentId;
    private String unitSymbol;
    private String unitName;
    private String adminFirstName;
    private String adminLastName;
    private String adminEmail;
    private String adminUsername;
    private String adminPassword;
    private String adminPositionTitle;

    public List<OrganizationView> getOrganizations() {
        if (organizations == null) {
            organizations = administration.organizations();
        }
        return organizations;
    }

    public OrganizationKind[] getKinds() {
        return OrganizationKind.values();
    }

    /** The TERC register's rows a regional administrator may pick for the chosen kind (the boundary checks the fit again). */
    public List<TercEntry> getTercEntries() {
        if (register == null) {
            register = administration.tercRegister();
        }
        return register.stream().filter(entry -> switch (kind == null ? OrganizationKind.JEDNOSTKA_PODLEGLA : kind) {
            case WOJEWODZTWO -> entry.terc().length() == 2;
            case POWIAT -> entry.terc().length() == 4;
            case GMINA -> entry.terc().length() == 7;
            case JEDNOSTKA_PODLEGLA -> true;
        }).toList();
    }

    public boolean isSubordinate() {
        return kind == OrganizationKind.JEDNOSTKA_PODLEGLA;
    }

    public void create() {
        char[] password = adminPassword == null ? null : adminPassword.toCharArray();
        boolean created = refusals.attempt("organization-form", () -> {
            OrganizationView organization = administration.createOrganization(new OrganizationAdministration.NewOrganization(kind,
                    name, teryt, isSubordinate() ? parentId : null, unitSymbol, unitName,
                    new OrganizationAdministration.Admin(adminFirstName, adminLastName, adminEmail, adminUsername, password,
                            adminPositionTitle)));
            refusals.done("organizations.done.created", organization.name(), adminUsername);
        });
        if (created) {
            organizations = null;
            name = teryt = unitSymbol = unitName = null;
            adminFirstName = adminLastName = adminEmail = adminUsername = adminPositionTitle = null;
            parentId = null;
        }
        adminPassword = null;
    }

    public OrganizationKind getKind() {
        return kind;
    }

    public void setKind(OrganizationKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTeryt() {
        return teryt;
    }

    public void setTeryt(String teryt) {
        this.teryt = teryt;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public String getUnitSymbol() {
        return unitSymbol;
    }

    public void setUnitSymbol(String unitSymbol) {
        this.unitSymbol = unitSymbol;
    }

    public String getUnitName() {
        return unitName;
    }

    public void setUnitName(String unitName) {
        this.unitName = unitName;
    }

    public String getAdminFirstName() {
        return adminFirstName;
    }

    public void setAdminFirstName(String adminFirstName) {
        this.adminFirstName = adminFirstName;
    }

    public String getAdminLastName() {
        return adminLastName;
    }

    public void setAdminLastName(String adminLastName) {
        this.adminLastName = adminLastName;
    }

    public String getAdminEmail() {
        return adminEmail;
    }

    public void setAdminEmail(String adminEmail) {
        this.adminEmail = adminEmail;
    }

    public String getAdminUsername() {
        return adminUsername;
    }

    public void setAdminUsername(String adminUsername) {
        this.adminUsername = adminUsername;
    }

    public String getAdminPassword() {
        return adminPassword;
    }

    public void setAdminPassword(String adminPassword) {
        this.adminPassword = adminPassword;
    }

    public String getAdminPositionTitle() {
        return adminPositionTitle;
    }

    public void setAdminPositionTitle(String adminPositionTitle) {
        this.adminPositionTitle = adminPositionTitle;
    }
}
