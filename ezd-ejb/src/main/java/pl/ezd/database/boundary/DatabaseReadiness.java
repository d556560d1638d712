package pl.ezd.database.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the EZD database answers and its schema has been migrated. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = "java:jboss/datasources/EzdDS")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet version = statement.executeQuery(
                     "select count(*) from \"flyway_schema_history\" where \"success\" = false")) {
            response.withData("database", connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion());
            version.next();
            boolean failedMigrations = version.getLong(1) > 0;
            try (ResultSet schema = statement.executeQuery(
                    "select \"version\" from \"flyway_schema_history\" where \"success\" = true and \"version\" is not null order by \"installed_rank\" desc")) {
                response.withData("schemaVersion", schema.next() ? schema.getString(1) : "none");
            }
            return response.status(!failedMigrations).build();
        } catch (SQLException e) {
            return response.down().withData("error", e.getMessage()).build();
        }
    }
}
