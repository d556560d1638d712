package pl.ezd.web.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import pl.ezd.organization.boundary.Caller;
import pl.ezd.organization.boundary.CallerIdentity;
import pl.ezd.organization.entity.Role;

/** The logged-in user as the layout shows them: name, office and roles. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    Caller caller;

    public CallerIdentity getIdentity() {
        return caller.identity();
    }

    public List<String> getRoles() {
        return caller.identity().roles().stream().sorted().map(Role::name).toList();
    }

    public boolean hasRole(String role) {
        return caller.identity().hasRole(Role.valueOf(role));
    }

    /** Whether the user holds any of the roles named, comma-separated (e.g. {@code 'HEAD,ORG_ADMIN'}): for nav entries. */
    public boolean hasAnyRole(String roles) {
        for (String role : roles.split(",")) {
            if (hasRole(role.strip())) {
                return true;
            }
        }
        return false;
    }
}
