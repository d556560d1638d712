package pl.ezd.workflow.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Creates the Camunda 7.24 engine's tables with the engine's own scripts, as a Flyway migration,
 * so the engine's schema is created (and later upgraded) by the same controlled, repeatable step
 * as ours. The engine itself runs with {@code databaseSchemaUpdate=false}.
 */
public class CamundaSchemaMigration implements JavaMigration {

    static final String CAMUNDA_VERSION = "7.24.0";
    /** The engine's script components, in the order Camunda creates them. */
    static final List<String> COMPONENTS = List.of("engine", "history", "identity", "case.engine", "case.history",
            "decision.engine", "decision.history");

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("2");
    }

    @Override
    public String getDescription() {
        return "workflow camunda " + CAMUNDA_VERSION + " schema";
    }

    /** The scripts belong to the engine version, which the description names. */
    @Override
    public Integer getChecksum() {
        return getDescription().hashCode();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        String database = camundaDatabaseType(connection.getMetaData().getDatabaseProductName());
        for (String component : COMPONENTS) {
            String resource = "org/camunda/bpm/engine/db/create/activiti." + database + ".create." + component + ".sql";
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements(resource)) {
                    statement.execute(sql);
                }
            } catch (SQLException e) {
                throw new SQLException("Creating Camunda tables from " + resource + " failed: " + e.getMessage(), e);
            }
        }
    }

    static String camundaDatabaseType(String productName) {
        String product = productName.toLowerCase(Locale.ROOT);
        if (product.contains("postgres")) {
            return "postgres";
        }
        if (product.contains("h2")) {
            return "h2";
        }
        throw new IllegalStateException("The EZD runs on PostgreSQL (production) or H2 (local); not on " + productName);
    }

    /** Splits a Camunda script into statements the way the engine does: lines ending in ';'. */
    static List<String> statements(String resource) throws IOException {
        InputStream in = CamundaSchemaMigration.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("Camunda schema script " + resource + " is not on the class path");
        }
        List<String> statements = new ArrayList<>();
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            StringBuilder current = new StringBuilder();
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#") || line.startsWith("--")) {
                    continue;
                }
                if (line.endsWith(";")) {
                    current.append(line, 0, line.length() - 1);
                    statements.add(current.toString());
                    current.setLength(0);
                } else {
                    current.append(line).append('\n');
                }
            }
            if (!current.toString().isBlank()) {
                statements.add(current.toString());
            }
        }
        return statements;
    }
}
