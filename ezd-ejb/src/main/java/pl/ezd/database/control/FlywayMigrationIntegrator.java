package pl.ezd.database.control;

import java.util.ServiceLoader;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Migrates the database with Flyway while Hibernate builds the {@code ezd} persistence unit.
 *
 * <p>WildFly starts persistence units before any EJB, and Hibernate validates the schema right
 * after it calls its integrators, so this is the one place where migrations reliably run before
 * validation, in the container and in plain-Java tests alike. Registered through
 * {@code META-INF/services/org.hibernate.integrator.spi.Integrator}. Java migrations of other
 * components (the workflow engine's tables) are found through {@link ServiceLoader}.
 */
public class FlywayMigrationIntegrator implements Integrator {

    private static final Logger LOG = Logger.getLogger(FlywayMigrationIntegrator.class.getName());
    static final String PERSISTENCE_UNIT = "ezd";

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
        String unit = persistenceUnitName(sessionFactory);
        if (unit != null && !unit.equals(PERSISTENCE_UNIT) && !unit.endsWith("#" + PERSISTENCE_UNIT)) {
            LOG.fine(() -> "Not migrating for persistence unit " + unit);
            return;
        }
        DataSource dataSource = sessionFactory.getServiceRegistry().requireService(ConnectionProvider.class)
                .unwrap(DataSource.class);
        migrate(dataSource);
    }

    private static String persistenceUnitName(SessionFactoryImplementor sessionFactory) {
        Object name = sessionFactory.getProperties().get("hibernate.persistenceUnitName");
        if (name == null) {
            name = sessionFactory.getProperties().get("hibernate.ejb.persistenceUnitName");
        }
        return name == null ? null : name.toString();
    }

    /** Brings the schema behind the data source to the newest version. */
    public static void migrate(DataSource dataSource) {
        ClassLoader loader = FlywayMigrationIntegrator.class.getClassLoader();
        JavaMigration[] javaMigrations = ServiceLoader.load(JavaMigration.class, loader).stream()
                .map(ServiceLoader.Provider::get)
                .toArray(JavaMigration[]::new);
        var result = Flyway.configure(loader)
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .javaMigrations(javaMigrations)
                .validateMigrationNaming(true)
                .load()
                .migrate();
        LOG.info(() -> result.migrationsExecuted == 0
                ? "EZD database schema is up to date (version " + result.targetSchemaVersion + ")"
                : "EZD database schema migrated to version " + result.targetSchemaVersion + " (" + result.migrationsExecuted + " migrations)");
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
        // nothing to release
    }
}
