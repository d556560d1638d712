package pl.ezd.cases.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.hibernate.SessionFactory;
import org.junit.jupiter.params.ParameterizedTest;
import pl.ezd.cases.entity.Case;
import pl.ezd.cases.entity.CaseClosedException;
import pl.ezd.cases.entity.CaseItem;
import pl.ezd.cases.entity.CaseNote;
import pl.ezd.cases.entity.ZnakSprawy;
import pl.ezd.classification.entity.Jrwa;
import pl.ezd.classification.entity.JrwaSymbol;
import pl.ezd.classification.entity.KategoriaArchiwalna;
import pl.ezd.correspondence.entity.IncomingItem;
import pl.ezd.correspondence.entity.IncomingItemMetadata;
import pl.ezd.correspondence.entity.RpwNumber;
import pl.ezd.fixtures.persistence.EachDatabase;
import pl.ezd.fixtures.persistence.MigratedDatabase;
import pl.ezd.fixtures.persistence.PersistenceDatabases;
import pl.ezd.organization.entity.Organization;
import pl.ezd.organization.entity.OrganizationKind;

/**
 * Cases, their podteczki, notes and the spis spraw queries on a Flyway-migrated PostgreSQL and
 * H2, as the container keeps them.
 */
@PersistenceDatabases(properties = "hibernate.generate_statistics=true")
class CasesPersistenceIT {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final java.util.concurrent.atomic.AtomicInteger TERYT = new java.util.concurrent.atomic.AtomicInteger();

    private static void inTransaction(EntityManagerFactory emf, Consumer<EntityManager> work) {
        var em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    /** An organisation with a JRWA holding final class 6730; returns {organisation id, class id}. */
    private static long[] gminaWithJrwa(EntityManagerFactory emf) {
        long[] ids = new long[2];
        inTransaction(emf, em -> {
            var gmina = new Organization(String.valueOf(4_100_000 + TERYT.incrementAndGet()),
                    "Urząd Gminy Zażółć", OrganizationKind.GMINA, null);
            em.persist(gmina);
            var jrwa = new Jrwa(gmina.getId(), "JRWA 2026", LocalDate.of(2026, 1, 1), Instant.now(), "admin", "a".repeat(64));
            jrwa.addClass(JrwaSymbol.of("6"), "Gospodarka przestrzenna", null, null);
            jrwa.addClass(JrwaSymbol.of("67"), "Planowanie", null, null);
            jrwa.addClass(JrwaSymbol.of("673"), "Warunki zabudowy", null, null);
            var wz = jrwa.addClass(JrwaSymbol.of("6730"), "Ustalanie warunków zabudowy", KategoriaArchiwalna.parse("B5"), null);
            jrwa.markFinalClasses(4);
            em.persist(jrwa);
            em.flush();
            ids[0] = gmina.getId();
            ids[1] = wz.getId();
        });
        return ids;
    }

    private static Case openCase(EntityManager em, long[] gmina, int number, Integer podteczka, String title) {
        var opened = new Case(gmina[0], new ZnakSprawy("GK", "6730", number, podteczka, 2026), gmina[1], title, null,
                "referent", DAY, Instant.now());
        em.persist(opened);
        return opened;
    }

    private static IncomingItem letter(EntityManager em, long organization, int rpw, String sender) {
        var item = new IncomingItem(organization, new RpwNumber(rpw, 2026),
                IncomingItemMetadata.letter("Wniosek " + rpw, sender, "Ciechocinek", DAY, DAY), Instant.now(), "kancelaria");
        em.persist(item);
        return item;
    }

    @ParameterizedTest
    @EachDatabase
    void aPodteczkaNumbersItsCasesApartFromItsClassAndNeverTwice(MigratedDatabase database) {
        var emf = database.entityManagerFactory();
        long[] gmina = gminaWithJrwa(emf);
        inTransaction(emf, em -> {
            openCase(em, gmina, 1, null, "W klasie");
            openCase(em, gmina, 1, 2, "W podteczce 2");
            openCase(em, gmina, 1, 3, "W podteczce 3");
        });
        assertThatThrownBy(() -> inTransaction(emf, em -> openCase(em, gmina, 1, 2, "Drugi raz ten sam znak")))
                .satisfies(refused -> assertThat(stackTrace(refused).toLowerCase()).contains("case_file_znak_uk"));

        inTransaction(emf, em -> {
            var query = query(em);
            assertThat(query.cases(new SpisSprawQuery.Series(gmina[0], "GK", "6730", 2, 2026)))
                    .extracting(c -> c.getZnak().toString()).containsExactly("GK.6730.2.1.2026");
            assertThat(query.cases(new SpisSprawQuery.Series(gmina[0], "GK", "6730", null, 2026)))
                    .extracting(c -> c.getZnak().toString()).containsExactly("GK.6730.1.2026");
            var reread = query.cases(new SpisSprawQuery.Series(gmina[0], "GK", "6730", 3, 2026)).get(0);
            assertThat(reread.getZnak().podteczka()).isEqualTo(3);
        });
    }

    @ParameterizedTest
    @EachDatabase
    void theSpisSprawTakesTwoQueriesHoweverManyCasesAndItemsItHolds(MigratedDatabase database) {
        var emf = database.entityManagerFactory();
        long[] gmina = gminaWithJrwa(emf);
        long[] other = gminaWithJrwa(emf);
        inTransaction(emf, em -> {
            for (int n = 40; n >= 1; n--) {
                Case c = openCase(em, gmina, n, null, "Sprawa " + n);
                em.flush();
                if (n % 2 == 0) {
                    // attached later, but a smaller id: the first attached wins, not the smallest id
                    IncomingItem later = letter(em, gmina[0], 1000 + n, "Późniejszy nadawca " + n);
                    IncomingItem earlier = letter(em, gmina[0], 2000 + n, "Pierwszy nadawca " + n);
                    em.flush();
                    em.persist(new CaseItem(c, later.getId(), Instant.parse("2026-03-05T10:00:00Z"), "referent"));
                    em.persist(new CaseItem(c, earlier.getId(), Instant.parse("2026-03-04T10:00:00Z"), "referent"));
                }
            }
            openCase(em, other, 1, null, "Sprawa innego urzędu");
        });

        var statistics = emf.unwrap(SessionFactory.class).getStatistics();
        var em = emf.createEntityManager();
        statistics.clear();
        var query = query(em);
        var series = new SpisSprawQuery.Series(gmina[0], "GK", "6730", null, 2026);
        var cases = query.cases(series);
        var firstItems = query.firstItemOfEachCase(series);
        assertThat(statistics.getPrepareStatementCount()).as("statements for the whole spis").isEqualTo(2);

        assertThat(cases).hasSize(40).extracting(c -> c.getZnak().number()).isSorted();
        assertThat(cases).allSatisfy(c -> assertThat(c.getOrganizationId()).isEqualTo(gmina[0]));
        assertThat(firstItems).hasSize(20);
        Case second = cases.get(1);
        var item = em.find(IncomingItem.class, firstItems.get(second.getId()));
        assertThat(item.getSenderName()).isEqualTo("Pierwszy nadawca 2");
        assertThat(query.cases(new SpisSprawQuery.Series(other[0], "GK", "6730", null, 2026)))
                .extracting(Case::getTitle).containsExactly("Sprawa innego urzędu");
        em.close();
    }

    @ParameterizedTest
    @EachDatabase
    void aNoteIsKeptAsWrittenAndAClosedCaseTakesNoMore(MigratedDatabase database) {
        var emf = database.entityManagerFactory();
        long[] gmina = gminaWithJrwa(emf);
        long[] ids = new long[2];
        inTransaction(emf, em -> {
            Case c = openCase(em, gmina, 7, null, "Sprawa z notatką");
            em.flush();
            var note = new CaseNote(c, "  Rozmowa telefoniczna z wnioskodawcą: dosyła mapę.  ", "referent", "Jan Kowalski",
                    "Podinspektor (GK)", Instant.parse("2026-03-03T09:15:00Z"));
            em.persist(note);
            em.flush();
            ids[0] = c.getId();
            ids[1] = note.getId();
        });
        inTransaction(emf, em -> {
            var note = em.find(CaseNote.class, ids[1]);
            assertThat(note.getText()).isEqualTo("Rozmowa telefoniczna z wnioskodawcą: dosyła mapę.");
            assertThat(note.getAuthorName()).isEqualTo("Jan Kowalski");
            assertThat(note.getAuthorPost()).isEqualTo("Podinspektor (GK)");
            assertThat(note.getWrittenAt()).isEqualTo(Instant.parse("2026-03-03T09:15:00Z"));
            em.find(Case.class, ids[0]).close(DAY);
        });
        inTransaction(emf, em -> {
            Case closed = em.find(Case.class, ids[0]);
            assertThatThrownBy(() -> new CaseNote(closed, "Za późno", "referent", "Jan Kowalski", "Podinspektor (GK)", Instant.now()))
                    .isInstanceOf(CaseClosedException.class);
            assertThatThrownBy(() -> new CaseNote(em.find(Case.class, ids[0]), " ", "referent", "x", "y", Instant.now()))
                    .isInstanceOf(RuntimeException.class);
        });
    }

    private static String stackTrace(Throwable t) {
        var out = new java.io.StringWriter();
        t.printStackTrace(new java.io.PrintWriter(out));
        return out.toString();
    }

    private static SpisSprawQuery query(EntityManager em) {
        var query = new SpisSprawQuery();
        query.em = em;
        return query;
    }
}
