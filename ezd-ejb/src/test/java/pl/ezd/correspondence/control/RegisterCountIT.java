package pl.ezd.correspondence.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import pl.ezd.correspondence.boundary.RegisterPage;
import pl.ezd.correspondence.boundary.RegisterQuery;
import pl.ezd.correspondence.entity.DeliveryMethod;
import pl.ezd.fixtures.persistence.EachDatabase;
import pl.ezd.fixtures.persistence.MigratedDatabase;
import pl.ezd.fixtures.persistence.MigratedDatabases;
import pl.ezd.fixtures.persistence.PersistenceDatabases;

/**
 * The incoming register's count as a page takes it, on PostgreSQL (production) and H2 (the local
 * default), both migrated by Flyway: exact below the limit, the limit itself at or above it (the
 * screen then says "ponad …"), with and without filters, never counting another organisation's items.
 */
@PersistenceDatabases
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegisterCountIT {

    private static final int ITEMS = 57;
    private static final int EPUAP = 19;

    @BeforeAll
    void prepareDatabases(MigratedDatabases databases) throws SQLException {
        for (MigratedDatabase database : databases) {
            prepare(database.dataSource());
        }
    }

    private void prepare(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            for (long organization : new long[] {901, 902}) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "insert into organization (id, teryt, name, kind, created_at, version) values (?, ?, ?, 'GMINA', ?, 0)")) {
                    insert.setLong(1, organization);
                    insert.setString(2, "04150" + (organization - 890));
                    insert.setString(3, "Urząd Gminy " + organization);
                    insert.setTimestamp(4, Timestamp.from(Instant.parse("2026-01-02T08:00:00Z")));
                    insert.executeUpdate();
                }
            }
            // organisation 901: ITEMS items, every third delivered by ePUAP (EPUAP of them); organisation 902: many more
            for (int i = 0; i < ITEMS; i++) {
                item(connection, 10_000 + i, 901, i + 1, i % 3 == 0 ? DeliveryMethod.EPUAP : DeliveryMethod.ORDINARY_LETTER);
            }
            for (int i = 0; i < 2 * ITEMS; i++) {
                item(connection, 20_000 + i, 902, i + 1, DeliveryMethod.EPUAP);
            }
        }
    }

    private static void item(Connection connection, long id, long organization, int number, DeliveryMethod channel) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into incoming_item (id, organization_id, rpw_year, rpw_number, title, sender_name, received_on, registered_at,
                    registered_by, version, sender_town, sender_country, date_on_letter, access, dcmi_type, delivery_method,
                    attachments_count, do_not_open, status)
                values (?, ?, 2026, ?, ?, 'Jan Kowalski', ?, ?, 'kancelaria', 0, 'Toruń', 'PL', ?, 'PUBLIC', 'Text', ?, 0, false,
                    'REGISTERED')""")) {
            LocalDate received = LocalDate.of(2026, 1, 1).plusDays(number);
            insert.setLong(1, id);
            insert.setLong(2, organization);
            insert.setInt(3, number);
            insert.setString(4, "Wniosek nr " + number);
            insert.setDate(5, Date.valueOf(received));
            insert.setTimestamp(6, Timestamp.from(Instant.parse(received + "T09:00:00Z")));
            insert.setDate(7, Date.valueOf(received));
            insert.setString(8, channel.name());
            insert.executeUpdate();
        }
    }

    private static long countUpTo(MigratedDatabase database, RegisterQuery query, int limit) {
        EntityManager em = database.entityManagerFactory().createEntityManager();
        try {
            return new RegisterSearch(901, query).countUpTo(em, limit);
        } finally {
            em.close();
        }
    }

    private static RegisterQuery all() {
        return new RegisterQuery(null, null, null, null, null, null, RegisterQuery.Sort.RPW, false);
    }

    @ParameterizedTest(name = "{0}")
    @EachDatabase
    void countsExactlyBelowTheLimitAndStopsAtIt(MigratedDatabase database) {
        for (int limit : new int[] {1, 5, ITEMS - 1, ITEMS, ITEMS + 1, 1000}) {
            assertThat(countUpTo(database, all(), limit)).as("all items up to %d", limit).isEqualTo(Math.min(ITEMS, limit));
        }
        RegisterQuery epuap = new RegisterQuery(null, null, DeliveryMethod.EPUAP, null, null, null, RegisterQuery.Sort.RPW, false);
        assertThat(countUpTo(database, epuap, 1000)).as("ePUAP items of this organisation only").isEqualTo(EPUAP);
        assertThat(countUpTo(database, epuap, 10)).isEqualTo(10);
        RegisterQuery january = new RegisterQuery(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 11), null, null, null, null,
                RegisterQuery.Sort.RECEIVED_ON, true);
        assertThat(countUpTo(database, january, 1000)).isEqualTo(10);
        assertThat(countUpTo(database, january, 4)).isEqualTo(4);
    }

    /** What a page of the API says: exact up to the cap, "more than" past it, the limit moving with deep pages. */
    @org.junit.jupiter.api.Test
    void aPageCountsPastItselfAndAtLeastToTheCap() {
        assertThat(RegisterPage.countLimit(0, 50)).isEqualTo(1001);
        assertThat(RegisterPage.countLimit(990, 50)).isEqualTo(1041);
        assertThat(RegisterPage.countLimit(Integer.MAX_VALUE - 10, 500)).isEqualTo(Integer.MAX_VALUE);
    }
}
