package pl.ezd.workflow.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import pl.ezd.fixtures.persistence.EachDatabase;
import pl.ezd.fixtures.persistence.MigratedDatabase;
import pl.ezd.fixtures.persistence.MigratedDatabases;
import pl.ezd.fixtures.persistence.PersistenceDatabases;

/**
 * The inbox's queries on the read model, on a real PostgreSQL (production) and on H2 (the local
 * default), both migrated by Flyway: who sees what (own tasks, their groups' candidate tasks, never
 * another organisation's), each filter, each order, paging without overlaps, and the count.
 */
@PersistenceDatabases
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InboxListingIT {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final Instant T0 = Instant.parse("2026-11-01T08:00:00Z");

    @BeforeAll
    void prepareDatabases(MigratedDatabases databases) throws SQLException {
        for (MigratedDatabase database : databases) {
            prepare(database.dataSource());
        }
    }

    private void prepare(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            // organisation 1: the head's dekretacja tasks (group HEAD), the clerks' tasks, a unit's task
            task(connection, "t1", 1, "incomingItem", "Task_Dekretacja", null, 1, null, "Wniosek o wycinkę topoli", "Zofia Nowicka", 11L, "RPW/11/2026", null, "org:1:HEAD");
            task(connection, "t2", 1, "incomingItem", "Task_Dekretacja", null, 2, "2026-11-20", "Skarga na hałas", "Jan Głośny", 12L, "RPW/12/2026", null, "org:1:HEAD");
            task(connection, "t3", 1, "incomingItem", "Task_Przyjecie", "referent", 3, "2026-12-31", "Podanie o 100% ulgi", "Anna Nowak", 13L, "RPW/13/2026", null);
            task(connection, "t4", 1, "case", "Task_Projekt", "referent", 4, "2026-11-24", "Decyzja w sprawie wycinki", null, null, null, "GK.6131.7.2026");
            task(connection, "t5", 1, "case", "Task_Projekt", null, 5, null, "Sprawa działu GK", null, null, null, "GK.6131.8.2026", "org:1:unit:GK:CLERK");
            task(connection, "t6", 1, "incomingItem", "Task_Przyjecie", "referent2", 6, null, "Pismo innego referenta", "X", 16L, "RPW/16/2026", null);
            task(connection, "t7", 1, "incomingItem", "Task_Dekretacja", "kierownik", 7, "2026-11-25", "Pismo pobrane przez kierownika", "Y", 17L, "RPW/17/2026", null, "org:1:HEAD");
            // organisation 2, with candidate groups that look like organisation 1's: never visible to it
            task(connection, "u1", 2, "incomingItem", "Task_Dekretacja", "referent", 8, null, "Wniosek z innej gminy", "Obcy", 21L, "RPW/1/2026", null, "org:1:HEAD");
            // organisation 3: many tasks with equal creation hours and deadlines, in several groups and users at once
            var random = new java.util.Random(3);
            for (int i = 0; i < RANDOM_TASKS; i++) {
                String id = String.format("r%03d", i);
                String deadline = random.nextInt(4) == 0 ? null : LocalDate.of(2026, 11, 1).plusDays(random.nextInt(10)).toString();
                String assignee = random.nextInt(3) == 0 ? RANDOM_USERS.get(random.nextInt(RANDOM_USERS.size())) : null;
                List<String> groups = RANDOM_GROUPS.stream().filter(g -> random.nextInt(3) == 0).toList();
                task(connection, id, 3, "incomingItem", "Task_Przyjecie", assignee, random.nextInt(40), deadline, "Pismo " + id, null, null, null,
                        null, groups.toArray(String[]::new));
                if (random.nextInt(8) == 0) {
                    try (PreparedStatement candidate = connection.prepareStatement("""
                            insert into inbox_task_candidate (task_id, kind, identity_id, organization_id, created, deadline)
                            select task_id, 'U', ?, organization_id, created, deadline from inbox_task where task_id = ?""")) {
                        candidate.setString(1, RANDOM_USERS.get(random.nextInt(RANDOM_USERS.size())));
                        candidate.setString(2, id);
                        candidate.executeUpdate();
                    }
                }
            }
        }
    }

    private static void task(Connection connection, String id, long organization, String process, String taskKey, String assignee,
                             int hour, String deadline, String title, String sender, Long itemId, String rpw, String caseReference,
                             String... groups) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into inbox_task (task_id, organization_id, process_instance_id, process_definition_key, task_definition_key,
                    name, assignee, created, deadline, title, sender, item_id, rpw_number, case_reference)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setString(1, id);
            insert.setLong(2, organization);
            insert.setString(3, "p-" + id);
            insert.setString(4, process);
            insert.setString(5, taskKey);
            insert.setString(6, "Zadanie " + taskKey);
            insert.setString(7, assignee);
            Timestamp created = Timestamp.from(T0.plusSeconds(3600L * hour));
            insert.setTimestamp(8, created, InboxListing.utc());
            insert.setDate(9, deadline == null ? null : Date.valueOf(deadline));
            insert.setString(10, title);
            insert.setString(11, sender);
            insert.setObject(12, itemId);
            insert.setString(13, rpw);
            insert.setString(14, caseReference);
            insert.executeUpdate();
            for (String group : groups) {
                try (PreparedStatement candidate = connection.prepareStatement("""
                        insert into inbox_task_candidate (task_id, kind, identity_id, organization_id, created, deadline)
                        values (?, 'G', ?, ?, ?, ?)""")) {
                    candidate.setString(1, id);
                    candidate.setString(2, group);
                    candidate.setLong(3, organization);
                    candidate.setTimestamp(4, created, InboxListing.utc());
                    candidate.setDate(5, deadline == null ? null : Date.valueOf(deadline));
                    candidate.executeUpdate();
                }
            }
        }
    }

    private static <T> T on(EntityManagerFactory emf, Function<InboxListing, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            return work.apply(new InboxListing(em));
        } finally {
            em.close();
        }
    }

    private static final int RANDOM_TASKS = 300;
    private static final List<String> RANDOM_USERS = List.of("ala", "ola", "ela");
    private static final List<String> RANDOM_GROUPS = List.of("org:3:HEAD", "org:3:CLERK", "org:3:unit:A:CLERK", "org:3:unit:B:CLERK");

    private static final InboxListing.Scope HEAD = new InboxListing.Scope(1, Set.of("kierownik"), Set.of("org:1:HEAD", "org:1:unit:GK:HEAD"));
    private static final InboxListing.Scope CLERK = new InboxListing.Scope(1, Set.of("referent"), Set.of("org:1:CLERK", "org:1:unit:GK:CLERK"));

    private static List<String> ids(EntityManagerFactory emf, InboxListing.Scope scope, InboxRequest request) {
        return on(emf, listing -> listing.page(scope, request, TODAY)).stream().map(InboxTask::id).toList();
    }

    private static long count(EntityManagerFactory emf, InboxListing.Scope scope, InboxFilter filter) {
        Long count = on(emf, listing -> listing.count(scope, filter, TODAY));
        return count;
    }

    private static long capped(EntityManagerFactory emf, InboxListing.Scope scope, InboxFilter filter, long limit) {
        Long count = on(emf, listing -> listing.count(scope, filter, TODAY, limit));
        return count;
    }

    private static java.util.Optional<InboxTask> find(EntityManagerFactory emf, InboxListing.Scope scope, String taskId) {
        java.util.Optional<InboxTask> task = on(emf, listing -> listing.find(scope, taskId, TODAY));
        return task;
    }

    private static InboxRequest sorted(InboxSort sort, boolean ascending) {
        return new InboxRequest(0, 50, sort, ascending, InboxFilter.NONE);
    }

    private static InboxRequest filtered(InboxFilter filter) {
        return new InboxRequest(0, 50, InboxSort.CREATED, false, filter);
    }

    @ParameterizedTest(name = "{0}")
    @EachDatabase
    void eachSeesTheirOwnTasksAndTheirGroupsNeverAnotherOrganisations(MigratedDatabase database) {
        EntityManagerFactory emf = database.entityManagerFactory();
        assertThat(ids(emf, HEAD, InboxRequest.newestFirst(0, 50))).containsExactly("t7", "t2", "t1");
        assertThat(ids(emf, CLERK, InboxRequest.newestFirst(0, 50))).containsExactly("t5", "t4", "t3");
        assertThat(count(emf, CLERK, InboxFilter.NONE)).isEqualTo(3);
        var actingForReferent2 = new InboxListing.Scope(1, Set.of("referent", "referent2"), CLERK.groups());
        assertThat(ids(emf, actingForReferent2, InboxRequest.newestFirst(0, 50))).containsExactly("t6", "t5", "t4", "t3");
        assertThat(find(emf, CLERK, "u1")).as("another organisation's task is absent").isEmpty();
        assertThat(find(emf, HEAD, "t3")).as("a clerk's own task is not the head's").isEmpty();
        assertThat(find(emf, CLERK, "t3")).get().extracting(InboxTask::title).isEqualTo("Podanie o 100% ulgi");
        var nobody = new InboxListing.Scope(1, Set.of(), Set.of());
        assertThat(ids(emf, nobody, InboxRequest.newestFirst(0, 50))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EachDatabase
    void overdueIsComputedFromTheDeadlineInTheOfficesCalendar(MigratedDatabase database) {
        EntityManagerFactory emf = database.entityManagerFactory();
        var tasks = on(emf, l -> l.page(CLERK, InboxRequest.newestFirst(0, 50), TODAY));
        assertThat(tasks).extracting(InboxTask::id, InboxTask::overdue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("t5", false), org.assertj.core.groups.Tuple.tuple("t4", true),
                        org.assertj.core.groups.Tuple.tuple("t3", false));
        assertThat(ids(emf, HEAD, filtered(new InboxFilter(null, true, null, null)))).as("due today is not overdue").containsExactly("t2");
        assertThat(ids(emf, HEAD, filtered(new InboxFilter(null, false, null, null)))).containsExactly("t7", "t1");
        assertThat(count(emf, HEAD, new InboxFilter(null, true, null, null))).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @EachDatabase
    void filtersByTextProcessAndTaskKind(MigratedDatabase database) {
        EntityManagerFactory emf = database.entityManagerFactory();
        assertThat(ids(emf, HEAD, filtered(new InboxFilter("TOPOLI", null, null, null)))).as("title, any case").containsExactly("t1");
        assertThat(ids(emf, HEAD, filtered(new InboxFilter("głośny", null, null, null)))).as("sender").containsExactly("t2");
        assertThat(ids(emf, HEAD, filtered(new InboxFilter("rpw/17", null, null, null)))).as("RPW number").containsExactly("t7");
        assertThat(ids(emf, CLERK, filtered(new InboxFilter("6131.8", null, null, null)))).as("case reference").containsExactly("t5");
        assertThat(ids(emf, CLERK, filtered(new InboxFilter("100%", null, null, null)))).as("% is a character").containsExactly("t3");
        assertThat(ids(emf, CLERK, filtered(new InboxFilter("0%", null, null, null)))).containsExactly("t3");
        assertThat(ids(emf, CLERK, filtered(new InboxFilter("_", null, null, null)))).as("_ is a character").isEmpty();
        assertThat(ids(emf, CLERK, filtered(new InboxFilter(null, null, "case", null)))).containsExactly("t5", "t4");
        assertThat(ids(emf, CLERK, filtered(new InboxFilter(null, null, "incomingItem", "Task_Przyjecie")))).containsExactly("t3");
        assertThat(count(emf, CLERK, new InboxFilter(null, null, "case", null))).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @EachDatabase
    void sortsByEachOrderAndPagesWithoutOverlap(MigratedDatabase database) {
        EntityManagerFactory emf = database.entityManagerFactory();
        var all = new InboxListing.Scope(1, Set.of("referent", "referent2", "kierownik"),
                Set.of("org:1:HEAD", "org:1:CLERK", "org:1:unit:GK:CLERK"));
        assertThat(ids(emf, all, sorted(InboxSort.CREATED, true))).containsExactly("t1", "t2", "t3", "t4", "t5", "t6", "t7");
        assertThat(ids(emf, all, sorted(InboxSort.DEADLINE, true))).as("no deadline last, newest first among them")
                .containsExactly("t2", "t4", "t7", "t3", "t6", "t5", "t1");
        assertThat(ids(emf, all, sorted(InboxSort.TITLE, true)))
                .containsExactly("t4", "t6", "t7", "t3", "t2", "t5", "t1");
        assertThat(ids(emf, all, sorted(InboxSort.RPW_NUMBER, false)).subList(0, 5)).containsExactly("t7", "t6", "t3", "t2", "t1");
        var pages = Stream.of(0, 3, 6).flatMap(first -> on(emf, l -> l.page(all,
                new InboxRequest(first, 3, InboxSort.DEADLINE, true, InboxFilter.NONE), TODAY)).stream().map(InboxTask::id)).toList();
        assertThat(pages).containsExactlyElementsOf(ids(emf, all, sorted(InboxSort.DEADLINE, true)));
        assertThat(count(emf, all, InboxFilter.NONE)).isEqualTo(7);
    }

    /**
     * The first pages newest first and by deadline are read from each source's own first rows (top-N
     * per group); they must be exactly what ordering every visible task gives, also deep, with ties,
     * and with a task in several of the caller's groups at once.
     */
    @ParameterizedTest(name = "{0}")
    @EachDatabase
    void firstPagesFromEachGroupsTopRowsAreExactlyTheWholeOrder(MigratedDatabase database) {
        EntityManagerFactory emf = database.entityManagerFactory();
        List<InboxListing.Scope> scopes = List.of(
                new InboxListing.Scope(3, Set.of("ala"), Set.of("org:3:unit:A:CLERK")),
                new InboxListing.Scope(3, Set.of("ola", "ela"), Set.of("org:3:CLERK", "org:3:unit:B:CLERK")),
                new InboxListing.Scope(3, Set.of("ala"), Set.copyOf(RANDOM_GROUPS)),
                new InboxListing.Scope(3, Set.of(), Set.of("org:3:HEAD")));
        List<InboxTask> everything = byTitle(emf, new InboxListing.Scope(3, Set.copyOf(RANDOM_USERS), Set.copyOf(RANDOM_GROUPS)));
        assertThat(everything).hasSizeGreaterThan(200);
        for (InboxListing.Scope scope : scopes) {
            List<String> visible = byTitle(emf, scope).stream().map(InboxTask::id).toList();
            assertThat(count(emf, scope, InboxFilter.NONE)).isEqualTo(visible.size());
            for (InboxSort sort : List.of(InboxSort.CREATED, InboxSort.DEADLINE)) {
                for (boolean ascending : List.of(true, false)) {
                    List<InboxTask> expected = everything.stream().filter(t -> visible.contains(t.id())).sorted(order(sort, ascending)).toList();
                    for (int[] page : new int[][] {{0, 20}, {0, 1}, {7, 5}, {20, 20}, {visible.size() - 3, 10}}) {
                        List<String> want = expected.subList(Math.min(page[0], expected.size()), Math.min(page[0] + page[1], expected.size()))
                                .stream().map(InboxTask::id).toList();
                        assertThat(ids(emf, scope, new InboxRequest(page[0], page[1], sort, ascending, InboxFilter.NONE)))
                                .as("%s %s %s from %d", scope, sort, ascending ? "asc" : "desc", page[0]).containsExactlyElementsOf(want);
                    }
                }
            }
        }
    }

    /**
     * The count a page shows stops at a limit instead of counting every visible task: below the
     * limit it is exact, at or above it it is the limit, also when the same task comes from several
     * sources (assigned to the caller and offered to their groups) and when one source alone holds
     * more than the limit; a filter stops at the limit too. Never another organisation's tasks.
     */
    @ParameterizedTest(name = "{0}")
    @EachDatabase
    void theCountStopsAtTheLimitAndIsExactBelowIt(MigratedDatabase database) {
        EntityManagerFactory emf = database.entityManagerFactory();
        List<InboxListing.Scope> scopes = List.of(
                new InboxListing.Scope(3, Set.of("ala"), Set.of("org:3:unit:A:CLERK")),
                new InboxListing.Scope(3, Set.of("ola", "ela"), Set.of("org:3:CLERK", "org:3:unit:B:CLERK")),
                new InboxListing.Scope(3, Set.copyOf(RANDOM_USERS), Set.copyOf(RANDOM_GROUPS)),
                new InboxListing.Scope(3, Set.of(), Set.of("org:3:HEAD")),
                new InboxListing.Scope(3, Set.of("nikt"), Set.of("org:1:HEAD")));
        for (InboxListing.Scope scope : scopes) {
            long exact = count(emf, scope, InboxFilter.NONE);
            for (long limit : new long[] {1, 2, 7, exact - 1, exact, exact + 1, 1000}) {
                if (limit < 1) {
                    continue;
                }
                assertThat(capped(emf, scope, InboxFilter.NONE, limit))
                        .as("%s counted up to %d of %d", scope, limit, exact).isEqualTo(Math.min(exact, limit));
            }
            InboxFilter overdue = new InboxFilter(null, true, null, null);
            long exactOverdue = count(emf, scope, overdue);
            assertThat(capped(emf, scope, overdue, 3)).isEqualTo(Math.min(exactOverdue, 3));
            assertThat(capped(emf, scope, overdue, 1000)).isEqualTo(exactOverdue);
        }
        assertThat(count(emf, new InboxListing.Scope(3, Set.copyOf(RANDOM_USERS), Set.copyOf(RANDOM_GROUPS)), InboxFilter.NONE))
                .as("the data: more tasks than the small limits").isGreaterThan(200);
        // organisation 1's clerk: 3 tasks of their own organisation, none of organisation 2's look-alike groups
        assertThat(capped(emf, CLERK, InboxFilter.NONE, 1000)).isEqualTo(3);
        assertThat(capped(emf, CLERK, InboxFilter.NONE, 2)).isEqualTo(2);
    }

    /** A page's count limit: the cap on the first pages, past the page itself when deeper; "more than" when reached. */
    @org.junit.jupiter.api.Test
    void aPageSaysMoreThanWhenTheCountReachesItsLimit() {
        assertThat(InboxPage.countLimit(0, 20)).isEqualTo(1001);
        assertThat(InboxPage.countLimit(1980, 50)).isEqualTo(2031);
        assertThat(InboxPage.of(List.of(), 1001, 1001)).isEqualTo(new InboxPage(List.of(), 1000, false));
        assertThat(InboxPage.of(List.of(), 1000, 1001)).isEqualTo(new InboxPage(List.of(), 1000, true));
        assertThat(InboxPage.of(List.of(), 3, 1001)).isEqualTo(new InboxPage(List.of(), 3, true));
    }

    /** Every task the scope sees, by the title order (which reads every visible task), page after page. */
    private static List<InboxTask> byTitle(EntityManagerFactory emf, InboxListing.Scope scope) {
        List<InboxTask> all = new java.util.ArrayList<>();
        for (int first = 0; ; first += InboxRequest.MAX_PAGE_SIZE) {
            int from = first;
            List<InboxTask> page = on(emf, l -> l.page(scope, new InboxRequest(from, InboxRequest.MAX_PAGE_SIZE, InboxSort.TITLE, true,
                    InboxFilter.NONE), TODAY));
            all.addAll(page);
            if (page.size() < InboxRequest.MAX_PAGE_SIZE) {
                return all;
            }
        }
    }

    /** The documented orders: created then id; deadline (none last), then newest first, then id. */
    private static java.util.Comparator<InboxTask> order(InboxSort sort, boolean ascending) {
        java.util.Comparator<InboxTask> byId = java.util.Comparator.comparing(InboxTask::id);
        if (sort == InboxSort.CREATED) {
            java.util.Comparator<InboxTask> created = java.util.Comparator.comparing(InboxTask::created).thenComparing(byId);
            return ascending ? created : created.reversed();
        }
        java.util.Comparator<LocalDate> deadline = ascending ? java.util.Comparator.naturalOrder() : java.util.Comparator.reverseOrder();
        return java.util.Comparator.comparing(InboxTask::deadline, java.util.Comparator.nullsLast(deadline))
                .thenComparing(InboxTask::created, java.util.Comparator.reverseOrder())
                .thenComparing(ascending ? byId : byId.reversed());
    }
}
