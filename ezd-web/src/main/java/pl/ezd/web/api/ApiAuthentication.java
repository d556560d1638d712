package pl.ezd.web.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.util.stream.Stream;
import pl.ezd.organization.entity.Role;

/**
 * The API's own answer to a caller who is not logged in: 401 with a Basic challenge, as HTTP
 * clients expect, instead of the HTML login form the screens use. web.xml leaves {@code /api/v1/*}
 * out of the form-protected area; Undertow still authenticates every request that carries Basic
 * credentials (or a screen's session) before it gets here, so this filter only sees who is who.
 * A user with no role in force gets 403, as the web constraint gave before.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class ApiAuthentication implements ContainerRequestFilter {

    static final String CHALLENGE = "Basic realm=\"EZD\", charset=\"UTF-8\"";

    @Override
    public void filter(ContainerRequestContext request) {
        SecurityContext security = request.getSecurityContext();
        if (security == null || security.getUserPrincipal() == null) {
            request.abortWith(Response.status(Response.Status.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new Problem(401, "NOT_AUTHENTICATED",
                            "Zaloguj się: API wymaga uwierzytelnienia HTTP Basic (login i hasło użytkownika EZD)"))
                    .build());
            return;
        }
        if (Stream.of(Role.values()).noneMatch(role -> security.isUserInRole(role.name()))) {
            request.abortWith(Response.status(Response.Status.FORBIDDEN)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new Problem(403, "FORBIDDEN", "Nie zajmujesz dziś żadnego stanowiska z rolą w EZD"))
                    .build());
        }
    }
}
