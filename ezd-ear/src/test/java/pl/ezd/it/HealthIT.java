package pl.ezd.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** Operators and load balancers ask /health/ready whether the EZD can serve. */
class HealthIT {

    @Test
    void readinessReportsTheDatabaseAndTheWorkflowEngine() {
        var reply = Ezd.management("health/ready");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.object().getString("status")).isEqualTo("UP");
        var checks = reply.object().getJsonArray("checks").getValuesAs(JsonObject.class);
        assertThat(checks).anySatisfy(check -> {
            assertThat(check.getString("name")).isEqualTo("database");
            assertThat(check.getString("status")).isEqualTo("UP");
            assertThat(check.getJsonObject("data").getString("schemaVersion")).isNotEqualTo("none");
        });
        assertThat(checks).anySatisfy(check -> {
            assertThat(check.getString("name")).isEqualTo("workflow-engine");
            assertThat(check.getString("status")).isEqualTo("UP");
            assertThat(check.getJsonObject("data").getString("jobExecutor")).isEqualTo("active");
        });
    }
}
