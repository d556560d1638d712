package pl.ezd.web.session;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * "Zaloguj się ponownie" after the session expired: back to the page the user was on
 * ({@code ?to=/workflow/task.xhtml?id=42}, a path of this application only), through the login.
 * <p>
 * Why not simply reload the page: the AJAX post that found the session expired was answered with
 * the login page, and the container's form login remembered that post in a new, anonymous session
 * to replay it after the login. Replayed into the browser's navigation it would show the raw
 * partial response of an expired view instead of the page. So an anonymous session is dropped
 * here first; the login then brings the user back to {@code to} with a plain GET.
 */
@WebServlet(urlPatterns = LoginAgainServlet.PATH)
public class LoginAgainServlet extends HttpServlet {

    static final String PATH = "/session/login-again";
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        String contextPath = request.getContextPath();
        String to = SameViewAddress.of(request.getParameter("to"), contextPath, contextPath + "/");
        if (request.getUserPrincipal() == null) {
            HttpSession anonymous = request.getSession(false);
            if (anonymous != null) {
                anonymous.invalidate();
            }
        }
        response.sendRedirect(to);
    }
}
