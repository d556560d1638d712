package pl.ezd.classification.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pl.ezd.classification.entity.Jrwa;
import pl.ezd.classification.entity.JrwaStatus;
import pl.ezd.fixtures.persistence.Database;
import pl.ezd.fixtures.persistence.MigratedDatabase;
import pl.ezd.fixtures.persistence.PersistenceDatabases;
import pl.ezd.organization.entity.Organization;
import pl.ezd.organization.entity.OrganizationKind;

/**
 * JRWA versions stored in a Flyway-migrated PostgreSQL and read back through {@link JrwaVersions}:
 * the class tree and categories survive, a later version ends the earlier one, the final class in
 * force on a day is found in the right version, and another organisation finds nothing.
 */
@PersistenceDatabases(Database.POSTGRESQL)
class JrwaVersionsIT {

    private static MigratedDatabase postgres;
    private static EntityManagerFactory emf;
    private static long gmina;
    private static long otherGmina;

    @BeforeAll
    static void start(MigratedDatabase database) {
        postgres = database;
        emf = database.entityManagerFactory();
        inTransaction(em -> {
            var a = new Organization("0401021", "Urząd Miejski w Ciechocinku", OrganizationKind.GMINA, null);
            var b = new Organization("0401011", "Urząd Gminy Bądkowo", OrganizationKind.GMINA, null);
            em.persist(a);
            em.persist(b);
            em.flush();
            gmina = a.getId();
            otherGmina = b.getId();
        });
    }

    private static void inTransaction(Consumer<EntityManager> work) {
        postgres.runInTransaction(work);
    }

    private static JrwaVersions versions(EntityManager em) {
        var versions = new JrwaVersions();
        versions.em = em;
        return versions;
    }

    private static Jrwa imported(long organization, String label, LocalDate from) {
        return new WykazAktImport().toJrwa(WykazAktImportTest.file("good.xml"), organization, label, from,
                Instant.now(), "admin", "sha", 4);
    }

    @Test
    void storesVersionsAndFindsTheFinalClassInForceOnADayOnlyInItsOwnOrganisation() {
        LocalDate from2026 = LocalDate.of(2026, 1, 1);
        LocalDate from2027 = LocalDate.of(2027, 1, 1);
        inTransaction(em -> em.persist(imported(gmina, "JRWA 2026", from2026)));
        inTransaction(em -> {
            Jrwa current = versions(em).current(gmina).orElseThrow();
            Jrwa next = imported(gmina, "JRWA 2027", from2027);
            current.supersedeWith(next);
            em.persist(next);
        });

        inTransaction(em -> {
            var versions = versions(em);
            assertThat(versions.all(gmina)).extracting(Jrwa::getLabel, Jrwa::getStatus, Jrwa::getValidTo)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("JRWA 2027", JrwaStatus.CURRENT, null),
                            org.assertj.core.groups.Tuple.tuple("JRWA 2026", JrwaStatus.SUPERSEDED, LocalDate.of(2026, 12, 31)));
            Jrwa old = versions.all(gmina).get(1);
            assertThat(old.getClasses()).hasSize(9);
            var plans = old.findClass(pl.ezd.classification.entity.JrwaSymbol.of("0012")).orElseThrow();
            assertThat(plans.getParent().getSymbol()).hasToString("001");
            assertThat(plans.getHomeCategory()).hasToString("A");
            assertThat(plans.getOtherCategory()).hasToString("Bc");
            assertThat(plans.isFinalClass()).isTrue();

            var in2026 = versions.finalClass(gmina, "0012", LocalDate.of(2026, 6, 30)).orElseThrow();
            assertThat(in2026.getJrwa().getLabel()).isEqualTo("JRWA 2026");
            var in2027 = versions.finalClass(gmina, "0012", LocalDate.of(2027, 2, 1)).orElseThrow();
            assertThat(in2027.getJrwa().getLabel()).isEqualTo("JRWA 2027");
            assertThat(versions.finalClass(gmina, "001", LocalDate.of(2026, 6, 30))).as("not final").isEmpty();
            assertThat(versions.finalClass(gmina, "0012", LocalDate.of(2025, 12, 31))).as("before any").isEmpty();

            assertThat(versions.all(otherGmina)).isEmpty();
            assertThat(versions.current(otherGmina)).isEmpty();
            assertThat(versions.find(otherGmina, old.getId())).isEmpty();
            assertThat(versions.find(gmina, old.getId())).isPresent();
            assertThat(versions.finalClass(otherGmina, "0012", LocalDate.of(2026, 6, 30))).isEmpty();
            assertThat(versions.labelTaken(gmina, "JRWA 2026")).isTrue();
            assertThat(versions.labelTaken(otherGmina, "JRWA 2026")).isFalse();
        });
    }

    @Test
    void theDatabaseRefusesTwoVersionsStartingOnTheSameDay() {
        LocalDate day = LocalDate.of(2030, 1, 1);
        long[] powiat = new long[1];
        inTransaction(em -> {
            var organization = new Organization("0401", "Starostwo Powiatowe w Aleksandrowie Kujawskim",
                    OrganizationKind.POWIAT, null);
            em.persist(organization);
            em.flush();
            powiat[0] = organization.getId();
            em.persist(imported(powiat[0], "A 2030", day));
        });
        assertThatThrownBy(() -> inTransaction(em -> em.persist(imported(powiat[0], "B 2030", day))))
                .hasStackTraceContaining("jrwa_valid_from_uk");
    }
}
