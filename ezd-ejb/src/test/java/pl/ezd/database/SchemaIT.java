package pl.ezd.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pl.ezd.correspondence.entity.IncomingItem;
import pl.ezd.correspondence.entity.IncomingItemMetadata;
import pl.ezd.correspondence.entity.RpwNumber;
import pl.ezd.organization.entity.Organization;
import pl.ezd.organization.entity.OrganizationKind;

/**
 * The Flyway migrations and the JPA mapping agree, on a real PostgreSQL (production) and on H2
 * (the local default): the {@code ezd} persistence unit migrates while it boots, then Hibernate
 * validates, exactly as in the container.
 */
class SchemaIT {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    private static DataSource freshPostgresDatabase() throws SQLException {
        String name = "ezd_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            c.createStatement().execute("create database " + name);
        }
        return postgres.getDatabase("postgres", name);
    }

    private static DataSource freshH2Database() {
        var h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        return h2;
    }

    private static EntityManagerFactory boot(DataSource dataSource) {
        return Persistence.createEntityManagerFactory("ezd", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.nonJtaDataSource", dataSource));
    }

    @Test
    void migratesAnEmptyPostgreSqlDatabaseAndTheMappingValidates() throws Exception {
        migratesAndValidates(freshPostgresDatabase(), "PostgreSQL");
    }

    @Test
    void migratesAnEmptyH2DatabaseAndTheMappingValidates() throws Exception {
        migratesAndValidates(freshH2Database(), "H2");
    }

    private void migratesAndValidates(DataSource dataSource, String product) throws Exception {
        try (var emf = boot(dataSource)) {
            var em = emf.createEntityManager();
            em.getTransaction().begin();
            var gmina = new Organization("0401021", "Urząd Miejski w Ciechocinku", OrganizationKind.GMINA, null);
            em.persist(gmina);
            em.persist(new IncomingItem(gmina.getId(), new RpwNumber(1, 2026),
                    IncomingItemMetadata.letter("Wniosek", "Jan Kowalski", "Ciechocinek", LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 2)),
                    Instant.parse("2026-01-02T10:00:00Z"), "kancelaria"));
            em.getTransaction().commit();
            em.clear();
            assertThat(em.createQuery("select i.rpw from IncomingItem i", RpwNumber.class).getSingleResult())
                    .hasToString("RPW/1/2026");
        }
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).containsIgnoringCase(product);
            var history = c.createStatement().executeQuery(
                    "select count(*) from \"flyway_schema_history\" where \"success\" = true and \"version\" is not null");
            history.next();
            assertThat(history.getInt(1)).as("versioned migrations applied").isGreaterThanOrEqualTo(4);
            var camunda = c.createStatement().executeQuery("select version_ from act_ge_schema_log");
            assertThat(camunda.next()).isTrue();
            assertThat(camunda.getString(1)).as("Camunda schema version").isEqualTo("7.24.0");
        }
        // a second boot finds the schema up to date and still validates
        try (var emf = boot(dataSource)) {
            assertThat(emf.createEntityManager().createQuery("select count(o) from Organization o", Long.class)
                    .getSingleResult()).isEqualTo(1L);
        }
    }

    @Test
    void aSchemaThatDriftedFromTheMappingStopsTheBoot() throws Exception {
        DataSource dataSource = freshPostgresDatabase();
        boot(dataSource).close();
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().execute("alter table incoming_item drop column sender_name");
        }
        assertThatThrownBy(() -> boot(dataSource))
                .hasStackTraceContaining("sender_name");
    }
}
