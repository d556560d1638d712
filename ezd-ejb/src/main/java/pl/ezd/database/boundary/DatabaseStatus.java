package pl.ezd.database.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** Whether the EZD database answers and its schema has been migrated without failures. */
@ApplicationScoped
public class DatabaseStatus {

    @Resource(lookup = "java:jboss/datasources/EzdDS")
    DataSource dataSource;

    /** The database as an operator needs to know it. */
    public record Report(boolean up, String database, String schemaVersion, String error) {
    }

    public Report check() {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            String database = connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion();
            long failed;
            try (ResultSet rows = statement.executeQuery(
                    "select count(*) from \"flyway_schema_history\" where \"success\" = false")) {
                rows.next();
                failed = rows.getLong(1);
            }
            String version;
            try (ResultSet rows = statement.executeQuery(
                    "select \"version\" from \"flyway_schema_history\" where \"success\" = true and \"version\" is not null order by \"installed_rank\" desc")) {
                version = rows.next() ? rows.getString(1) : "none";
            }
            return new Report(failed == 0, database, version, failed == 0 ? null : failed + " failed migrations");
        } catch (SQLException e) {
            return new Report(false, null, null, e.getMessage());
        }
    }
}
