package pl.ezd.web.epuapsim;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import pl.ezd.epuapsim.boundary.EpuapSimulator;
import pl.ezd.epuapsim.boundary.SimulatorOffException;

/**
 * The simulator's small seeding interface, for the tests, the demo and the benchmarks (ePUAP has
 * none: letters arrive from citizens). Answers 404 when the simulator is off.
 * <ul>
 * <li>{@code POST /epuap-sim/seed?adresSkrytki=…&senderId=…&senderName=…[&senderFirst=…&senderKind=F|P&senderUser=…&fileName=…&dataNadania=ISO]}
 * with the document's bytes as the body: queues it; answers its id and skrot;</li>
 * <li>{@code POST /epuap-sim/clients?podmiot=…} with a certificate (DER or PEM): trusts it for the podmiot;</li>
 * <li>{@code GET /epuap-sim/status?adresSkrytki=…}: queued, waiting, acknowledged, redelivered.</li>
 * </ul>
 */
@WebServlet(urlPatterns = {"/epuap-sim/seed", "/epuap-sim/clients", "/epuap-sim/status"})
public class SimulatorSeedServlet extends HttpServlet {

    @Inject
    EpuapSimulator simulator;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!simulator.enabled()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        try {
            if (request.getServletPath().endsWith("/clients")) {
                simulator.registerClient(required(request, "podmiot"), body);
                json(response, 201, "{\"registered\":true}");
                return;
            }
            String sent = request.getParameter("dataNadania");
            var queued = simulator.seed(new EpuapSimulator.Letter(required(request, "adresSkrytki"), request.getParameter("senderId"),
                    request.getParameter("senderKind"), request.getParameter("senderFirst"), request.getParameter("senderName"),
                    request.getParameter("senderUser"), sent == null || sent.isBlank() ? null : Instant.parse(sent),
                    request.getParameter("fileName"), request.getParameter("fileType"), body,
                    request.getParameter("loseAcknowledgements") == null ? 0 : Integer.parseInt(request.getParameter("loseAcknowledgements"))));
            json(response, 201, "{\"id\":" + queued.id() + ",\"skrot\":\"" + queued.skrot() + "\"}");
        } catch (IllegalArgumentException | DateTimeParseException e) { // NumberFormatException is an IllegalArgumentException
            json(response, 400, "{\"message\":\"" + escape(e.getMessage()) + "\"}");
        } catch (EJBException e) {
            if (e.getCause() instanceof IllegalArgumentException bad) {
                json(response, 400, "{\"message\":\"" + escape(bad.getMessage()) + "\"}");
            } else {
                throw e;
            }
        } catch (SimulatorOffException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!simulator.enabled() || !request.getServletPath().endsWith("/status")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        var status = simulator.status(required(request, "adresSkrytki"));
        json(response, 200, "{\"queued\":" + status.queued() + ",\"waiting\":" + status.waiting() + ",\"acknowledged\":"
                + status.acknowledged() + ",\"redelivered\":" + status.redelivered() + "}");
    }

    private static String required(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Brak parametru " + name);
        }
        return value;
    }

    private static void json(HttpServletResponse response, int status, String body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }

    private static String escape(String text) {
        return String.valueOf(text).replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
