package pl.ezd.web.epuapsim;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import pl.ezd.epuapsim.boundary.EpuapSimulator;

/**
 * The simulated ePUAP file repository over HTTP: the files the simulator's letters point at by
 * URI ({@code kodowanie="URI"}), which the import fetches. Answers 404 when the simulator is off.
 * <ul>
 * <li>{@code GET /epuap-sim/files/<name>}: the file; 503 while it is told to look unavailable; 404 if absent;</li>
 * <li>{@code POST /epuap-sim/files/<name>[?mediaType=…&unavailable=N]} with the bytes as the body:
 * stores it (the first N requests then get 503); answers its address.</li>
 * </ul>
 */
@WebServlet(urlPatterns = "/epuap-sim/files/*")
public class SimulatorFileServlet extends HttpServlet {

    @Inject
    EpuapSimulator simulator;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!simulator.enabled()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        var file = simulator.file(name(request));
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } else if (!file.get().available()) {
            response.setHeader("Retry-After", "5");
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        } else {
            response.setStatus(200);
            response.setContentType(file.get().mediaType() == null ? "application/octet-stream" : file.get().mediaType());
            response.setContentLength(file.get().content().length);
            response.getOutputStream().write(file.get().content());
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!simulator.enabled()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            String unavailable = request.getParameter("unavailable");
            simulator.putFile(name(request), request.getParameter("mediaType"), request.getInputStream().readAllBytes(),
                    unavailable == null ? 0 : Integer.parseInt(unavailable));
            String address = request.getRequestURL().toString();
            json(response, 201, "{\"uri\":\"" + address.replace("\"", "") + "\"}");
        } catch (IllegalArgumentException e) {
            json(response, 400, "{\"message\":\"" + String.valueOf(e.getMessage()).replace("\"", "'") + "\"}");
        } catch (EJBException e) {
            if (e.getCause() instanceof IllegalArgumentException bad) {
                json(response, 400, "{\"message\":\"" + String.valueOf(bad.getMessage()).replace("\"", "'") + "\"}");
            } else {
                throw e;
            }
        }
    }

    private static String name(HttpServletRequest request) {
        String path = request.getPathInfo();
        return path == null ? "" : path.startsWith("/") ? path.substring(1) : path;
    }

    private static void json(HttpServletResponse response, int status, String body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}
