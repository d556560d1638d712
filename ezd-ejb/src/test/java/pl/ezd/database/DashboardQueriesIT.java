package pl.ezd.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import pl.ezd.cases.boundary.CaseLoad;
import pl.ezd.cases.control.CaseWorkload;
import pl.ezd.correspondence.boundary.ChannelVolume;
import pl.ezd.correspondence.control.IncomingVolume;
import pl.ezd.correspondence.entity.DcmiType;
import pl.ezd.correspondence.entity.DeliveryMethod;
import pl.ezd.correspondence.entity.Dostep;
import pl.ezd.correspondence.entity.IncomingItem;
import pl.ezd.correspondence.entity.IncomingItemMetadata;
import pl.ezd.correspondence.entity.RpwNumber;
import pl.ezd.correspondence.entity.SenderAddress;
import pl.ezd.fixtures.persistence.Database;
import pl.ezd.fixtures.persistence.EachDatabase;
import pl.ezd.fixtures.persistence.MigratedDatabase;
import pl.ezd.fixtures.persistence.MigratedDatabases;
import pl.ezd.fixtures.persistence.PersistenceDatabases;
import pl.ezd.organization.entity.Organization;
import pl.ezd.organization.entity.OrganizationKind;

/**
 * The heads' dashboard's read queries on a real PostgreSQL and on H2, both migrated by Flyway:
 * open and overdue cases per unit and handler, incoming items per channel in a period, and never a
 * figure of another organisation.
 */
@PersistenceDatabases
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardQueriesIT {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private final Map<Database, long[]> organizations = new EnumMap<>(Database.class);
    private final Map<Database, Map<String, Long>> caseIds = new EnumMap<>(Database.class);

    @BeforeAll
    void prepareDatabases(MigratedDatabases databases) throws SQLException {
        for (MigratedDatabase database : databases) {
            prepare(database);
        }
    }

    private void prepare(MigratedDatabase database) throws SQLException {
        EntityManager em = database.entityManagerFactory().createEntityManager();
        em.getTransaction().begin();
        var ours = new Organization("0401021", "Urząd Miejski w Ciechocinku", OrganizationKind.GMINA, null);
        var theirs = new Organization("0401011", "Urząd Miasta Aleksandrów Kujawski", OrganizationKind.GMINA, null);
        em.persist(ours);
        em.persist(theirs);
        em.flush();
        // last 30 days: 3 by ePUAP, 2 ordinary letters (one on the first day of the period), 1 in person;
        // outside the period or of the other organisation: never counted
        int n = 0;
        item(em, ours, ++n, DeliveryMethod.EPUAP, TODAY);
        item(em, ours, ++n, DeliveryMethod.EPUAP, TODAY.minusDays(3));
        item(em, ours, ++n, DeliveryMethod.EPUAP, TODAY.minusDays(10));
        item(em, ours, ++n, DeliveryMethod.ORDINARY_LETTER, TODAY.minusDays(29));
        item(em, ours, ++n, DeliveryMethod.ORDINARY_LETTER, TODAY.minusDays(1));
        item(em, ours, ++n, DeliveryMethod.IN_PERSON, TODAY.minusDays(2));
        item(em, ours, ++n, DeliveryMethod.IN_PERSON, TODAY.minusDays(30));
        item(em, ours, ++n, DeliveryMethod.EMAIL, TODAY.minusDays(31));
        item(em, theirs, 1, DeliveryMethod.EMAIL, TODAY);
        item(em, theirs, 2, DeliveryMethod.EPUAP, TODAY);
        em.getTransaction().commit();
        em.close();
        organizations.put(database.database(), new long[] {ours.getId(), theirs.getId()});

        Map<String, Long> ids = new java.util.HashMap<>();
        try (Connection connection = database.dataSource().getConnection()) {
            long id = 1000;
            ids.put("gk1", aCase(connection, ++id, ours.getId(), "GK", 1, "referent", "OPEN"));
            ids.put("gk2", aCase(connection, ++id, ours.getId(), "GK", 2, "referent", "OPEN"));
            ids.put("gk3", aCase(connection, ++id, ours.getId(), "GK", 3, "referent2", "OPEN"));
            ids.put("gkClosed", aCase(connection, ++id, ours.getId(), "GK", 4, "referent", "CLOSED"));
            ids.put("fn1", aCase(connection, ++id, ours.getId(), "FN", 1, "skarbnik", "OPEN"));
            ids.put("other", aCase(connection, ++id, theirs.getId(), "GK", 1, "referent", "OPEN"));
        }
        caseIds.put(database.database(), ids);
    }

    private static void item(EntityManager em, Organization organization, int number, DeliveryMethod channel, LocalDate receivedOn) {
        var metadata = new IncomingItemMetadata("Pismo " + number, "Nadawca " + number,
                new SenderAddress(null, "Ciechocinek", null, null, null, null, "PL", null), receivedOn, null, receivedOn,
                null, Dostep.PUBLIC, DcmiType.Text, channel, null, 0, channel.electronic() ? "application/pdf" : null, null,
                false, null);
        em.persist(new IncomingItem(organization.getId(), new RpwNumber(number, 2026), metadata, Instant.parse("2026-11-25T08:00:00Z"),
                "kancelaria"));
    }

    private static long aCase(Connection connection, long id, long organization, String unit, int number, String handler,
                              String status) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into case_file (id, organization_id, unit_symbol, jrwa_symbol, case_number, podteczka, case_year, title,
                    handler, status, opened_on, opened_at, version)
                values (?, ?, ?, '6131', ?, 0, 2026, ?, ?, ?, ?, ?, 0)""")) {
            insert.setLong(1, id);
            insert.setLong(2, organization);
            insert.setString(3, unit);
            insert.setInt(4, number);
            insert.setString(5, "Sprawa " + unit + " " + number);
            insert.setString(6, handler);
            insert.setString(7, status);
            insert.setObject(8, LocalDate.of(2026, 10, 1));
            insert.setTimestamp(9, Timestamp.from(Instant.parse("2026-10-01T08:00:00Z")));
            insert.executeUpdate();
        }
        return id;
    }

    private static <T> T on(EntityManagerFactory emf, Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            return work.apply(em);
        } finally {
            em.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EachDatabase
    void countsOpenAndOverdueCasesPerUnitAndHandlerOfTheOrganisationOnly(MigratedDatabase database) {
        EntityManagerFactory emf = database.entityManagerFactory();
        long ours = organizations.get(database.database())[0];
        Map<String, Long> ids = caseIds.get(database.database());
        // the watch reports gk1 and fn1 overdue; the closed case and another organisation's case count for nothing
        Set<Long> overdue = Set.of(ids.get("gk1"), ids.get("fn1"), ids.get("gkClosed"), ids.get("other"));
        List<CaseLoad> load = on(emf, em -> new CaseWorkload(em).byUnitAndHandler(ours, overdue));
        assertThat(load).extracting(CaseLoad::unitSymbol, CaseLoad::handler, CaseLoad::open, CaseLoad::overdue).containsExactly(
                tuple("FN", "skarbnik", 1L, 1L),
                tuple("GK", "referent", 2L, 1L),
                tuple("GK", "referent2", 1L, 0L));
        List<CaseLoad> noneOverdue = on(emf, em -> new CaseWorkload(em).byUnitAndHandler(ours, Set.of()));
        assertThat(noneOverdue).extracting(CaseLoad::overdue)
                .containsOnly(0L);
    }

    @ParameterizedTest(name = "{0}")
    @EachDatabase
    void manyOverdueIdsAreCountedInChunks(MigratedDatabase database) {
        EntityManagerFactory emf = database.entityManagerFactory();
        long ours = organizations.get(database.database())[0];
        Map<String, Long> ids = caseIds.get(database.database());
        List<Long> many = new ArrayList<>(LongStream.range(1_000_000, 1_001_200).boxed().toList());
        many.add(ids.get("gk3"));
        List<CaseLoad> load = on(emf, em -> new CaseWorkload(em).byUnitAndHandler(ours, many));
        assertThat(load).filteredOn(l -> l.handler().equals("referent2")).extracting(CaseLoad::overdue).containsExactly(1L);
        assertThat(load).extracting(CaseLoad::overdue).containsExactly(0L, 0L, 1L);
    }

    @ParameterizedTest(name = "{0}")
    @EachDatabase
    void countsIncomingItemsPerChannelInThePeriodMostUsedFirst(MigratedDatabase database) {
        EntityManagerFactory emf = database.entityManagerFactory();
        long ours = organizations.get(database.database())[0];
        List<ChannelVolume> volume = on(emf, em -> new IncomingVolume(em).byChannel(ours, TODAY.minusDays(29), TODAY));
        assertThat(volume).extracting(ChannelVolume::channel, ChannelVolume::items).containsExactly(
                tuple(DeliveryMethod.EPUAP, 3L),
                tuple(DeliveryMethod.ORDINARY_LETTER, 2L),
                tuple(DeliveryMethod.IN_PERSON, 1L));
        long theirs = organizations.get(database.database())[1];
        List<ChannelVolume> theirVolume = on(emf, em -> new IncomingVolume(em).byChannel(theirs, TODAY.minusDays(29), TODAY));
        assertThat(theirVolume)
                .extracting(ChannelVolume::items).containsExactly(1L, 1L);
    }
}
