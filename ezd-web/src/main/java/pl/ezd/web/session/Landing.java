package pl.ezd.web.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** Where a user starts after logging in: a regional administrator manages organisations, everyone else works from the inbox. */
@Named
@RequestScoped
public class Landing {

    @Inject
    HttpServletRequest request;

    public String page() {
        return request.isUserInRole("REGION_ADMIN") && !request.isUserInRole("ORG_ADMIN")
                ? "/admin/organizations?faces-redirect=true" : "/workflow/inbox?faces-redirect=true";
    }
}
