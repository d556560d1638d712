package pl.ezd.numbering.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pl.ezd.fixtures.persistence.Database;
import pl.ezd.fixtures.persistence.MigratedDatabase;
import pl.ezd.fixtures.persistence.PersistenceDatabases;
import pl.ezd.numbering.control.CounterRows;
import pl.ezd.organization.entity.Organization;
import pl.ezd.organization.entity.OrganizationKind;

/**
 * Register numbers on a real PostgreSQL under concurrency: many threads registering at once, some
 * rolling back, and the numbers that committed are 1..n with no gap and no duplicate, also when
 * all of them race to open a new year's series.
 */
@PersistenceDatabases(Database.POSTGRESQL)
class RegisterNumbersIT {

    private static MigratedDatabase postgres;
    private static EntityManagerFactory emf;
    private static long organizationId;

    @BeforeAll
    static void start(MigratedDatabase database) {
        postgres = database;
        emf = database.entityManagerFactory();
        organizationId = inTransaction(em -> {
            var gmina = new Organization("0401021", "Urząd Miejski w Ciechocinku", OrganizationKind.GMINA, null);
            em.persist(gmina);
            return gmina.getId();
        });
    }

    private static <T> T inTransaction(Function<EntityManager, T> work) {
        return postgres.inTransaction(work);
    }

    /** The boundary as the container wires it, on a plain entity manager; opening a series commits on its own. */
    private static RegisterNumbers numbersOn(EntityManager em) {
        var numbers = new RegisterNumbers();
        numbers.em = em;
        numbers.rows = new CounterRows() {
            @Override
            public void open(long organization, String register, String key, int year) {
                try {
                    inTransaction(own -> {
                        new CounterRows(own).open(organization, register, key, year);
                        return null;
                    });
                } catch (RuntimeException lostRace) {
                    throw new EJBException(lostRace); // what the container reports for REQUIRES_NEW
                }
            }
        };
        return numbers;
    }

    @Test
    void concurrentRegistrationsGetConsecutiveNumbersAndRollbacksLeaveNoGap() throws Exception {
        int threads = 8;
        int perThread = 25;
        List<Integer> committed = Collections.synchronizedList(new ArrayList<>());
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit((Callable<Void>) () -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        boolean rollBack = (thread + i) % 5 == 0;
                        EntityManager em = emf.createEntityManager();
                        em.getTransaction().begin();
                        int number = numbersOn(em).next(organizationId, RegisterNumbers.SPIS_SPRAW, "GK/6131", 2026);
                        if (rollBack) {
                            em.getTransaction().rollback();
                        } else {
                            em.getTransaction().commit();
                            committed.add(number);
                        }
                        em.close();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        List<Integer> sorted = committed.stream().sorted().toList();
        assertThat(sorted).doesNotHaveDuplicates();
        assertThat(sorted).first().isEqualTo(1);
        assertThat(sorted).last().isEqualTo(sorted.size());
    }

    @Test
    void seriesAreIndependentPerRegisterKeyAndYear() {
        int rpw2025 = inTransaction(em -> numbersOn(em).next(organizationId, RegisterNumbers.RPW, RegisterNumbers.WHOLE_ORGANIZATION, 2025));
        int rpw2026 = inTransaction(em -> numbersOn(em).next(organizationId, RegisterNumbers.RPW, RegisterNumbers.WHOLE_ORGANIZATION, 2026));
        int otherClass = inTransaction(em -> numbersOn(em).next(organizationId, RegisterNumbers.SPIS_SPRAW, "GK/0012", 2026));
        int again2025 = inTransaction(em -> numbersOn(em).next(organizationId, RegisterNumbers.RPW, RegisterNumbers.WHOLE_ORGANIZATION, 2025));

        assertThat(List.of(rpw2025, rpw2026, otherClass, again2025)).containsExactly(1, 1, 1, 2);
    }
}
