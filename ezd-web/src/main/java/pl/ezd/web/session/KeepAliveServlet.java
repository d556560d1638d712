package pl.ezd.web.session;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Keeps a screen's session alive ("Przedłuż sesję" in the warning before it expires) and tells the
 * page whether it still has one: 204 while the user is logged in (reading the session marks it
 * used, so its inactivity time starts again), 401 once it has expired. The address is outside the
 * form-protected area on purpose: the container's form login would otherwise answer an expired
 * session with the login page and, after the next login, send the user to this address instead
 * of back to the page they were on.
 */
@WebServlet(urlPatterns = KeepAliveServlet.PATH)
public class KeepAliveServlet extends HttpServlet {

    static final String PATH = "/session/keep-alive";
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        HttpSession session = request.getSession(false);
        if (session == null || request.getUserPrincipal() == null) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        response.setHeader("X-Session-Timeout", Integer.toString(session.getMaxInactiveInterval()));
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) {
        doGet(request, response);
    }
}
