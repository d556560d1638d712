package pl.ezd.operations.probes;

import java.util.Map;
import java.util.function.Supplier;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.health.HealthCheckResponse;

/** Asks the EZD for one named check and turns the answer into a health response. */
final class Probe {

    /** Same as {@code ReadinessProbes.JNDI_NAME}, which this library cannot see. */
    static final String JNDI_NAME = "java:global/ezd/ezd-ejb/ReadinessProbes!java.util.function.Supplier";

    private Probe() {
    }

    @SuppressWarnings("unchecked")
    static HealthCheckResponse check(String name) {
        var response = HealthCheckResponse.named(name);
        try {
            Supplier<Map<String, Map<String, Object>>> probes = InitialContext.doLookup(JNDI_NAME);
            Map<String, Object> result = probes.get().get(name);
            if (result == null) {
                return response.down().withData("error", "no such check").build();
            }
            result.forEach((key, value) -> {
                if (!"up".equals(key)) {
                    response.withData(key, String.valueOf(value));
                }
            });
            return response.status(Boolean.TRUE.equals(result.get("up"))).build();
        } catch (NamingException | RuntimeException e) {
            return response.down().withData("error", "EZD not deployed or failing: " + e.getMessage()).build();
        }
    }
}
