package pl.ezd.web.epuapsim;

import jakarta.inject.Inject;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import javax.xml.namespace.QName;
import org.apache.cxf.Bus;
import org.apache.cxf.jaxws.EndpointImpl;
import org.apache.cxf.transport.servlet.CXFNonSpringServlet;
import pl.ezd.epuapsim.boundary.EpuapSimulator;

/**
 * Publishes the simulated ePUAP pull service at {@code /epuap-sim/services/pull} when the
 * simulator is switched on; otherwise every request is answered 404, as if there were nothing.
 */
public class SimulatorServlet extends CXFNonSpringServlet {

    private static final Logger LOG = Logger.getLogger(SimulatorServlet.class.getName());
    private static final String NS = "http://ws.epuap.gov.pl/pull/";

    @Inject
    EpuapSimulator simulator;

    private boolean on;

    @Override
    protected void loadBus(ServletConfig config) {
        super.loadBus(config);
        on = simulator.enabled();
        if (!on) {
            LOG.info("ePUAP simulator off (ezd.epuap.simulator.enabled)");
            return;
        }
        Bus bus = getBus();
        var endpoint = new EndpointImpl(bus, new PullSimulatorEndpoint(simulator));
        endpoint.setWsdlLocation(SimulatorServlet.class.getClassLoader().getResource("epuap/wsdl/pull.wsdl").toString());
        endpoint.setServiceName(new QName(NS, "pkPullService"));
        endpoint.setEndpointName(new QName(NS, "pull"));
        endpoint.getProperties().put("ws-security.signature.crypto", new SimulatorCrypto(simulator));
        endpoint.publish("/pull");
        LOG.info("ePUAP simulator on: pull service at /epuap-sim/services/pull");
    }

    @Override
    protected void invoke(HttpServletRequest request, HttpServletResponse response) throws ServletException {
        if (!on) {
            try {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            } catch (IOException e) {
                throw new ServletException(e);
            }
            return;
        }
        super.invoke(request, response);
    }
}
