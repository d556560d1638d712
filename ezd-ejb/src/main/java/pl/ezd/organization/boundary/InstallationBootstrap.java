package pl.ezd.organization.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pl.ezd.organization.entity.Role;

/**
 * The first start of a production installation: when the database has no organisation yet and
 * {@code ezd.bootstrap.admin.username} / {@code ezd.bootstrap.admin.password} are set (from the
 * environment), registers the regional operator's organisation and its first regional
 * administrator, who then sets up the organisations of the region. Once anything exists the
 * settings are ignored (and should be removed from the environment).
 */
@Singleton
@Startup
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InstallationBootstrap {

    private static final Logger LOG = Logger.getLogger(InstallationBootstrap.class.getName());

    @Inject
    @ConfigProperty(name = "ezd.bootstrap.admin.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "ezd.bootstrap.admin.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "ezd.bootstrap.region.teryt", defaultValue = "04")
    String regionTeryt;

    @Inject
    @ConfigProperty(name = "ezd.bootstrap.region.name", defaultValue = "Operator EZD regionu")
    String regionName;

    @Inject
    OrganizationAdministration administration;

    @PostConstruct
    void bootstrap() {
        if (username.isEmpty() || password.isEmpty()) {
            return;
        }
        if (administration.anyOrganizationExists()) {
            LOG.warning("EZD_BOOTSTRAP_ADMIN_* ignored: the installation is already set up; remove them from the environment");
            return;
        }
        administration.bootstrapRegion(regionTeryt, regionName, "ADM", "Administracja systemu EZD",
                new OrganizationAdministration.NewEmployee("Administrator", "Regionu", null, username.get(),
                        password.get().toCharArray(), "ADM", "Administrator regionu", Set.of(Role.REGION_ADMIN)));
        LOG.info(() -> "Installation set up: regional administrator '" + username.get() + "' of " + regionName
                + " (TERYT " + regionTeryt + ") can log in; remove EZD_BOOTSTRAP_ADMIN_PASSWORD from the environment");
    }
}
