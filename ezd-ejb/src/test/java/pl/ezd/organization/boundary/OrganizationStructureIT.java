package pl.ezd.organization.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.security.Principal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import pl.ezd.fixtures.persistence.EachDatabase;
import pl.ezd.fixtures.persistence.MigratedDatabase;
import pl.ezd.fixtures.persistence.PersistenceDatabases;
import pl.ezd.organization.control.OrganizationRecords;
import pl.ezd.organization.entity.Employee;
import pl.ezd.organization.entity.Organization;
import pl.ezd.organization.entity.OrganizationKind;
import pl.ezd.organization.entity.OrganizationalUnit;
import pl.ezd.organization.entity.PasswordHash;
import pl.ezd.organization.entity.Position;
import pl.ezd.organization.entity.Role;
import pl.ezd.organization.entity.Substitution;
import pl.ezd.organization.entity.UserAccount;

/**
 * Units with validity periods, posts in force and substitutions stored in the Flyway-migrated
 * schema on PostgreSQL and H2: a symbol reused after its unit ended, the year rule over stored
 * units, ids of another organisation "not found", and the {@link Substitutions} reads the inbox
 * relies on, for the caller's organisation only.
 */
@PersistenceDatabases
class OrganizationStructureIT {

    private static <T> T inTransaction(MigratedDatabase database, Function<EntityManager, T> work) {
        return database.inTransaction(work);
    }

    private static void run(MigratedDatabase database, Consumer<EntityManager> work) {
        database.runInTransaction(work);
    }

    /** What one organisation holds for the test: ids. */
    record Office(long organization, long gk, long jan, long piotr, long maria) {
    }

    private static Office office(MigratedDatabase database, String teryt) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        return inTransaction(database, em -> {
            var org = new Organization(teryt, "Urząd " + suffix, OrganizationKind.GMINA, null);
            em.persist(org);
            var gk = new OrganizationalUnit(org, "GK", "Referat GK", LocalDate.of(2020, 1, 1), LocalDate.of(2025, 12, 31), null);
            em.persist(gk);
            var gkNew = new OrganizationalUnit(org, "GK", "Referat Gospodarki Komunalnej", LocalDate.of(2026, 1, 1), null, null);
            em.persist(gkNew);
            Employee[] people = new Employee[3];
            String[] names = {"jan", "piotr", "maria"};
            for (int i = 0; i < 3; i++) {
                people[i] = new Employee(org, names[i], "Test", null);
                em.persist(people[i]);
                em.persist(new UserAccount(people[i], names[i] + "." + suffix, PasswordHash.of("Demo2026!".toCharArray())));
                em.persist(new Position(gkNew, people[i], "Referent", Set.of(Role.CLERK), LocalDate.of(2026, 1, 2)));
            }
            em.flush();
            return new Office(org.getId(), gkNew.getId(), people[0].getId(), people[1].getId(), people[2].getId());
        });
    }

    private static Substitutions substitutionsAs(EntityManager em, String username) {
        var caller = new Caller();
        caller.em = em;
        Principal principal = () -> username;
        caller.principal = principal;
        var substitutions = new Substitutions();
        substitutions.em = em;
        substitutions.caller = caller;
        return substitutions;
    }

    private static String username(EntityManager em, long employeeId) {
        return em.createQuery("select ua.username from UserAccount ua where ua.employee.id = :id", String.class)
                .setParameter("id", employeeId).getSingleResult();
    }

    @ParameterizedTest
    @EachDatabase
    void aSymbolIsReusedAfterItsUnitEndedButNotTwiceInOneYear(MigratedDatabase database) {
        Office office = office(database, "0401021");
        run(database, em -> {
            var records = new OrganizationRecords(em, office.organization());
            assertThat(records.unitsWithSymbol("GK")).hasSize(2);
            var organization = records.lockOrganization();
            var clash = new OrganizationalUnit(organization, "GK", "Drugi GK", LocalDate.of(2026, 6, 1), null, null);
            assertThatThrownBy(() -> records.requireFreeSymbol(clash))
                    .isInstanceOf(AdministrationConflictException.class)
                    .hasMessageContaining("Symbol GK ma już komórka „Referat Gospodarki Komunalnej”");
            records.requireFreeSymbol(new OrganizationalUnit(organization, "OR", "Referat Organizacyjny", LocalDate.of(2026, 1, 1), null, null));
        });
    }

    @ParameterizedTest
    @EachDatabase
    void anotherOrganisationsIdsAreNotFound(MigratedDatabase database) {
        Office a = office(database, "0401021");
        Office b = office(database, "0401011");
        run(database, em -> {
            var asB = new OrganizationRecords(em, b.organization());
            assertThatThrownBy(() -> asB.unit(a.gk(), "unitId")).isInstanceOf(NotInOrganizationException.class);
            assertThatThrownBy(() -> asB.employee(a.jan(), "employeeId")).isInstanceOf(NotInOrganizationException.class);
            long aPost = new OrganizationRecords(em, a.organization()).posts().get(0).getId();
            assertThatThrownBy(() -> asB.post(aPost)).isInstanceOf(NotInOrganizationException.class);
            assertThat(asB.employees()).extracting(Employee::getId).doesNotContain(a.jan(), a.piotr(), a.maria());
        });
    }

    @ParameterizedTest
    @EachDatabase
    void theSubstituteSeesWhomTheyStandInForOnTheDaysOfTheSubstitutionOnly(MigratedDatabase database) {
        Office a = office(database, "0401021");
        Office b = office(database, "0401011");
        long substitutionId = inTransaction(database, em -> {
            var s = new Substitution(em.find(Employee.class, a.jan()), em.find(Employee.class, a.piotr()),
                    LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 14), "urlop wypoczynkowy", "admin");
            em.persist(s);
            var cancelled = new Substitution(em.find(Employee.class, a.maria()), em.find(Employee.class, a.piotr()),
                    LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 14), "szkolenie", "admin");
            cancelled.cancel();
            em.persist(cancelled);
            em.flush();
            return s.getId();
        });
        run(database, em -> {
            String piotr = username(em, a.piotr());
            String jan = username(em, a.jan());
            var asPiotr = substitutionsAs(em, piotr);
            assertThat(asPiotr.absenteesSubstitutedBy(piotr, LocalDate.of(2026, 7, 14)))
                    .singleElement()
                    .satisfies(absentee -> {
                        assertThat(absentee.username()).isEqualTo(jan);
                        assertThat(absentee.fullName()).isEqualTo("jan Test");
                        assertThat(absentee.substitutionId()).isEqualTo(substitutionId);
                        assertThat(absentee.reason()).isEqualTo("urlop wypoczynkowy");
                    });
            assertThat(asPiotr.absenteesSubstitutedBy(piotr, LocalDate.of(2026, 7, 15))).isEmpty();
            assertThat(asPiotr.absenteesSubstitutedBy(jan, LocalDate.of(2026, 7, 2))).as("jan substitutes nobody").isEmpty();
            assertThat(asPiotr.active(LocalDate.of(2026, 7, 1))).singleElement()
                    .satisfies(view -> assertThat(view.substituteUsername()).isEqualTo(piotr));

            String userOfB = username(em, b.jan());
            var asB = substitutionsAs(em, userOfB);
            assertThat(asB.absenteesSubstitutedBy(piotr, LocalDate.of(2026, 7, 2)))
                    .as("another organisation learns nothing of A's substitutions").isEmpty();
            assertThat(asB.active(LocalDate.of(2026, 7, 2))).isEmpty();
        });
    }
}
