package pl.ezd.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;

/**
 * The large data set of issues 4 and 7, written straight into a migrated EZD database with COPY
 * (not through the engine): many organisations with units and staff, a million cases each with
 * its incoming item, letter (document and version metadata, no file) and metryka, and five million
 * workflow tasks — the open ones as engine runtime rows (execution, task, candidate link) and in
 * the inbox read model, every task (open and completed) in the engine's history. Everything comes
 * from one seeded generator, so the same seed and scale give the same database.
 *
 * <p>Runs on a database the server has migrated and started once (the process models are deployed
 * and the bootstrap regional administrator exists); the server must be stopped while it loads.
 * Secondary indexes of the loaded tables are dropped first and rebuilt afterwards; the tables are
 * then vacuumed and analysed, as a production database would be after a bulk import.
 *
 * <p>Every person loaded logs in with the bootstrap administrator's password (their hash is copied).
 */
final class BigDataSet {

    /** Organisation 0 is the large one the benchmark logs into: 10 % of all cases and tasks. */
    static final int BIG = 0;
    static final String[] UNITS = {"OR", "GK", "FN", "OS", "RO", "SO", "IN", "ZP", "KD", "EK"};
    static final String[] UNIT_NAMES = {"Referat Organizacyjny", "Referat Gospodarki Komunalnej", "Referat Finansowy",
        "Referat Ochrony Środowiska", "Referat Rolnictwa", "Referat Spraw Obywatelskich", "Referat Inwestycji",
        "Referat Zamówień Publicznych", "Referat Kadr", "Referat Edukacji"};
    private static final String[] JRWA = {"6131", "7331", "5151", "0052", "1431", "6730", "8120", "3113"};
    private static final String[] SUBJECTS = {"wycinki drzew", "zajęcia pasa drogowego", "warunków zabudowy",
        "dodatku mieszkaniowego", "podatku od nieruchomości", "przyłącza wodociągowego", "zwrotu akcyzy",
        "informacji publicznej", "meldunku", "dowodu osobistego", "zezwolenia na alkohol", "skargi na hałas"};
    private static final String[] SURNAMES = {"Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski",
        "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Kwiatkowski"};
    private static final String[] FIRST_NAMES = {"Jan", "Anna", "Piotr", "Maria", "Krzysztof", "Katarzyna", "Tomasz",
        "Agnieszka", "Paweł", "Ewa", "Michał", "Magdalena"};
    private static final long ID_BASE = 10_000_000L;
    /** Ids of the case folder's own documents and metryka rows: the case's id plus this. */
    private static final long FOLDER_BASE = 100_000_000L;
    private static final Instant EPOCH = Instant.parse("2024-11-26T07:00:00Z");
    private static final long SPAN_SECONDS = 730L * 24 * 3600;

    /** The generated shape: the people the benchmark logs in as, and what was loaded. */
    record Loaded(long bigOrganizationId, String clerk, String clerkUnit, String admin, String registry, int organizations,
                  long cases, long openTasks, long historicTasks, Map<String, Long> rows, double seconds) {
    }

    record Options(int organizations, long cases, long seed) {
        /** {@code scale} 1.0 is the data set: 1 million cases, 5 million tasks, 500 thousand open. */
        static Options ofScale(double scale, long seed) {
            return new Options(100, Math.round(1_000_000 * scale), seed);
        }
    }

    private record Organization(int index, long id, String teryt, String name, List<Unit> units, String admin, String registry,
                                double weight) {
    }

    private record Unit(long id, String symbol, String name, String head, List<String> clerks) {
    }

    private record Definition(String id, String key) {
    }

    private BigDataSet() {
    }

    static Loaded load(DataSource database, Options options, List<String[]> gminy) throws Exception {
        long start = System.nanoTime();
        String passwordHash;
        Map<String, Definition> definitions = new HashMap<>();
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select password_hash from user_account where username = '" + Server.REGION_ADMIN + "'")) {
                if (!rs.next()) {
                    throw new IllegalStateException("no bootstrap administrator: start the server on the database once first");
                }
                passwordHash = rs.getString(1);
            }
            try (ResultSet rs = s.executeQuery("select id_, key_ from act_re_procdef where version_ = (select max(version_) from act_re_procdef d where d.key_ = act_re_procdef.key_)")) {
                while (rs.next()) {
                    definitions.put(rs.getString(2), new Definition(rs.getString(1), rs.getString(2)));
                }
            }
            try (ResultSet rs = s.executeQuery("select count(*) from case_file")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    throw new IllegalStateException("the database already holds cases; load into a fresh one");
                }
            }
        }
        for (String key : List.of("incomingItem", "caseHandling", "kpaDeadline")) {
            if (!definitions.containsKey(key)) {
                throw new IllegalStateException("process model " + key + " not deployed: start the server on the database once first");
            }
        }
        List<String> tables = List.of("organization", "organizational_unit", "employee", "user_account", "employee_position",
                "position_role", "register_counter", "case_file", "incoming_item", "case_item", "document", "document_version",
                "incoming_item_document", "metryka_entry", "case_document", "case_note", "inbox_task", "inbox_task_candidate", "act_ru_execution", "act_ru_task",
                "act_ru_identitylink", "act_hi_procinst", "act_hi_taskinst", "act_hi_varinst");
        List<String> indexes = dropSecondaryIndexes(database, tables);
        System.out.printf(Locale.ROOT, "[load] dropped %d secondary indexes%n", indexes.size());

        var random = new SplittableRandom(options.seed());
        List<Organization> organizations = organizations(options, gminy, random);
        Map<String, Long> rows = new LinkedHashMap<>();
        writeOrganizations(database, organizations, passwordHash, rows);
        double structure = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "[load] %d organisations with units and staff in %.1f s%n", organizations.size(), structure);
        long[] tasks = writeCasesAndTasks(database, organizations, options, definitions, random, rows);
        double data = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "[load] cases, items, documents, metryka, tasks written at %.1f s%n", data);
        rebuild(database, indexes);
        System.out.printf(Locale.ROOT, "[load] indexes rebuilt at %.1f s%n", (System.nanoTime() - start) / 1e9);
        finish(database, tables);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "[load] sequences, counters, vacuum and analyse done: %.1f s in all%n", seconds);
        Organization big = organizations.get(BIG);
        Unit unit = big.units().get(1);
        return new Loaded(big.id(), unit.clerks().get(Math.min(7, unit.clerks().size() - 1)), unit.symbol(), big.admin(),
                big.registry(), organizations.size(), options.cases(), tasks[0], tasks[1], rows, seconds);
    }

    private static List<Organization> organizations(Options options, List<String[]> gminy, SplittableRandom random) {
        List<Organization> organizations = new ArrayList<>();
        double[] weights = new double[options.organizations()];
        double others = 0;
        for (int i = 1; i < weights.length; i++) {
            weights[i] = 0.5 + random.nextDouble() * 2.5;
            others += weights[i];
        }
        long unitId = ID_BASE;
        for (int i = 0; i < options.organizations(); i++) {
            double weight = i == BIG ? 0.10 : 0.90 * weights[i] / others;
            String[] gmina = gminy.get(i % gminy.size());
            int unitCount = i == BIG ? UNITS.length : 3 + random.nextInt(UNITS.length - 2);
            int clerksPerUnit = i == BIG ? 20 : 2 + random.nextInt(7);
            List<Unit> units = new ArrayList<>();
            for (int u = 0; u < unitCount; u++) {
                String symbol = UNITS[u];
                List<String> clerks = new ArrayList<>();
                for (int k = 0; k < clerksPerUnit; k++) {
                    clerks.add("referent." + i + "." + symbol.toLowerCase(Locale.ROOT) + "." + k);
                }
                units.add(new Unit(unitId++, symbol, UNIT_NAMES[u], "kierownik." + i + "." + symbol.toLowerCase(Locale.ROOT), clerks));
            }
            String name = (i == BIG ? "Urząd Miasta " : "Urząd Gminy ") + gmina[1] + (i < gminy.size() ? "" : " " + (i / gminy.size() + 1));
            organizations.add(new Organization(i, ID_BASE + i, gmina[0], name, units, "admin." + i, "kancelaria." + i, weight));
        }
        return organizations;
    }

    private static void writeOrganizations(DataSource database, List<Organization> organizations, String passwordHash,
                                           Map<String, Long> rows) throws Exception {
        String created = "2024-01-02 08:00:00+00";
        try (var org = new CopyStream(database.getConnection(), "organization", "id, teryt, name, kind, parent_id, created_at, version");
             var unit = new CopyStream(database.getConnection(), "organizational_unit", "id, organization_id, symbol, name, version, valid_from, valid_to, parent_id");
             var employee = new CopyStream(database.getConnection(), "employee", "id, organization_id, first_name, last_name, email, version");
             var account = new CopyStream(database.getConnection(), "user_account", "id, employee_id, username, password_hash, active, version");
             var post = new CopyStream(database.getConnection(), "employee_position", "id, unit_id, employee_id, title, version, valid_from, valid_to");
             var role = new CopyStream(database.getConnection(), "position_role", "position_id, role")) {
            long[] ids = {ID_BASE, ID_BASE};
            for (Organization o : organizations) {
                org.row(o.id(), o.teryt(), o.name(), "GMINA", null, created, 0);
                Unit first = o.units().get(0);
                for (Unit u : o.units()) {
                    unit.row(u.id(), o.id(), u.symbol(), u.name(), 0, "2000-01-01", null, null);
                }
                // the administrator: ORG_ADMIN and HEAD in the first unit, CLERK in every unit, so sees every unit's tasks
                long admin = person(employee, account, o, o.admin(), "Administrator", "Urzędu", passwordHash, ids);
                positionOf(post, role, ids, first.id(), admin, "Administrator", "ORG_ADMIN", "HEAD");
                for (Unit u : o.units()) {
                    positionOf(post, role, ids, u.id(), admin, "Administrator", "CLERK");
                }
                long registry = person(employee, account, o, o.registry(), "Kancelaria", o.name(), passwordHash, ids);
                positionOf(post, role, ids, first.id(), registry, "Kancelaria", "REGISTRY");
                for (Unit u : o.units()) {
                    long head = person(employee, account, o, u.head(), "Kierownik", u.name(), passwordHash, ids);
                    positionOf(post, role, ids, u.id(), head, "Kierownik referatu", "HEAD");
                    for (int k = 0; k < u.clerks().size(); k++) {
                        long clerk = person(employee, account, o, u.clerks().get(k), FIRST_NAMES[k % FIRST_NAMES.length],
                                SURNAMES[(k + u.symbol().hashCode() & 0xff) % SURNAMES.length], passwordHash, ids);
                        positionOf(post, role, ids, u.id(), clerk, "Referent", "CLERK");
                    }
                }
            }
            rows.put("organization", org.rows());
            rows.put("organizational_unit", unit.rows());
            rows.put("employee", employee.rows());
            rows.put("employee_position", post.rows());
        }
    }

    private static long person(CopyStream employee, CopyStream account, Organization o, String username, String firstName,
                               String lastName, String passwordHash, long[] ids) {
        long id = ids[0]++;
        employee.row(id, o.id(), firstName, lastName, username + "@bench.ezd.local", 0);
        account.row(id, id, username, passwordHash, true, 0);
        return id;
    }

    private static void positionOf(CopyStream post, CopyStream role, long[] ids, long unitId, long employeeId, String title,
                                   String... roles) {
        long id = ids[1]++;
        post.row(id, unitId, employeeId, title, 0, "2000-01-01", null);
        for (String r : roles) {
            role.row(id, r);
        }
    }

    /** Returns open tasks and historic task rows written. */
    private static long[] writeCasesAndTasks(DataSource database, List<Organization> organizations, Options options,
                                             Map<String, Definition> definitions, SplittableRandom random,
                                             Map<String, Long> rows) throws Exception {
        Definition incoming = definitions.get("incomingItem");
        Definition handling = definitions.get("caseHandling");
        Definition watchDefinition = definitions.get("kpaDeadline");
        // what the case folder adds (reply drafts and sent letters, notes, the statutory-deadline watch) comes from a
        // generator of its own, so the rows of the first data set (cases, items, tasks) stay what that seed gave
        var folder = new SplittableRandom(options.seed() ^ 0x5EED_F01DL);
        long openTasks = 0;
        long historic = 0;
        try (var caseFile = new CopyStream(database.getConnection(), "case_file", "id, organization_id, unit_symbol, jrwa_symbol, case_number, podteczka, case_year, title, description, handler, status, opened_on, opened_at, settled_on, version, jrwa_class_id");
             var item = new CopyStream(database.getConnection(), "incoming_item", "id, organization_id, rpw_year, rpw_number, title, sender_name, received_on, registered_at, registered_by, version, sender_postcode, sender_town, sender_street, sender_building, sender_country, date_on_letter, access, dcmi_type, delivery_method, attachments_count, do_not_open, status, unit_symbol");
             var caseItem = new CopyStream(database.getConnection(), "case_item", "case_id, item_id, attached_at, attached_by");
             var document = new CopyStream(database.getConnection(), "document", "id, organization_id, title, kind, current_version, created_at, created_by, version");
             var version = new CopyStream(database.getConnection(), "document_version", "id, document_id, version_number, file_name, media_type, size_bytes, sha256, storage_key, created_at, created_by, extraction_status, extracted_text, text_truncated, extraction_failure, extracted_at");
             var itemDocument = new CopyStream(database.getConnection(), "incoming_item_document", "item_id, document_id, file_order, attached_at, attached_by");
             var metryka = new CopyStream(database.getConnection(), "metryka_entry", "id, case_id, occurred_at, person_name, person_post, action, document_id");
             var caseDocument = new CopyStream(database.getConnection(), "case_document", "case_id, document_id, document_role, attached_at, attached_by");
             var note = new CopyStream(database.getConnection(), "case_note", "id, case_id, note_text, author, author_name, author_post, written_at");
             var variable = new CopyStream(database.getConnection(), "act_hi_varinst", "id_, proc_def_key_, proc_def_id_, root_proc_inst_id_, proc_inst_id_, execution_id_, name_, var_type_, create_time_, rev_, text_, tenant_id_, state_");
             var inbox = new CopyStream(database.getConnection(), "inbox_task", "task_id, organization_id, process_instance_id, process_definition_key, task_definition_key, name, assignee, created, due, deadline, title, sender, rpw_number, item_id, case_id, case_reference, received_on, return_reason");
             var candidate = new CopyStream(database.getConnection(), "inbox_task_candidate", "task_id, kind, identity_id, organization_id, created, deadline");
             var execution = new CopyStream(database.getConnection(), "act_ru_execution", "id_, rev_, root_proc_inst_id_, proc_inst_id_, business_key_, parent_id_, proc_def_id_, act_id_, act_inst_id_, is_active_, is_concurrent_, is_scope_, is_event_scope_, suspension_state_, cached_ent_state_, sequence_counter_, tenant_id_, proc_def_key_");
             var task = new CopyStream(database.getConnection(), "act_ru_task", "id_, rev_, execution_id_, proc_inst_id_, proc_def_id_, name_, task_def_key_, assignee_, priority_, create_time_, suspension_state_, tenant_id_, task_state_");
             var link = new CopyStream(database.getConnection(), "act_ru_identitylink", "id_, rev_, group_id_, type_, user_id_, task_id_, tenant_id_");
             var process = new CopyStream(database.getConnection(), "act_hi_procinst", "id_, proc_inst_id_, business_key_, proc_def_key_, proc_def_id_, start_time_, end_time_, duration_, start_act_id_, end_act_id_, root_proc_inst_id_, tenant_id_, state_");
             var history = new CopyStream(database.getConnection(), "act_hi_taskinst", "id_, task_def_key_, proc_def_key_, proc_def_id_, root_proc_inst_id_, proc_inst_id_, execution_id_, act_inst_id_, name_, assignee_, start_time_, end_time_, duration_, delete_reason_, priority_, tenant_id_, task_state_")) {
            long caseId = ID_BASE;
            long metrykaId = ID_BASE;
            long noteId = ID_BASE;
            long linkId = 0;
            long taskSeq = 0;
            for (Organization o : organizations) {
                long count = Math.max(10, Math.round(options.cases() * o.weight()));
                String tenant = String.valueOf(o.id());
                Map<String, Integer> caseNumbers = new HashMap<>();
                Map<Integer, Integer> rpwNumbers = new HashMap<>();
                // received dates in order, so the RPW numbers of a year follow the calendar as in a real register
                long[] offsets = new long[(int) count];
                for (int i = 0; i < count; i++) {
                    offsets[i] = (long) (random.nextDouble() * SPAN_SECONDS);
                }
                java.util.Arrays.sort(offsets);
                for (int i = 0; i < count; i++, caseId++) {
                    Unit unit = o.units().get(random.nextInt(o.units().size()));
                    String handler = unit.clerks().get(random.nextInt(unit.clerks().size()));
                    Instant registered = EPOCH.plusSeconds(offsets[i]);
                    LocalDate received = LocalDate.ofInstant(registered, ZoneOffset.UTC);
                    int year = received.getYear();
                    int rpw = rpwNumbers.merge(year, 1, Integer::sum);
                    String jrwa = JRWA[random.nextInt(JRWA.length)];
                    int caseNumber = caseNumbers.merge(unit.symbol() + "/" + jrwa + "/" + year, 1, Integer::sum);
                    String subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
                    String sender = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " " + SURNAMES[random.nextInt(SURNAMES.length)];
                    String title = "Wniosek w sprawie " + subject + " nr " + (caseId - ID_BASE + 1);
                    String znak = unit.symbol() + "." + jrwa + "." + caseNumber + "." + year;
                    String rpwNumber = "RPW/" + rpw + "/" + year;
                    boolean running = (caseId & 1) == 0;
                    Instant opened = registered.plusSeconds(3600 + random.nextInt(3 * 24 * 3600));
                    boolean closed = !running && random.nextInt(10) < 8;
                    LocalDate settled = closed ? LocalDate.ofInstant(opened.plusSeconds(random.nextInt(40 * 24 * 3600)), ZoneOffset.UTC) : null;
                    caseFile.row(caseId, o.id(), unit.symbol(), jrwa, caseNumber, 0, year, title, null, handler, closed ? "CLOSED" : "OPEN",
                            LocalDate.ofInstant(opened, ZoneOffset.UTC), ts(opened), settled, 0, null);
                    long itemId = caseId;
                    item.row(itemId, o.id(), year, rpw, title, sender, received, ts(registered), o.registry(), 0, "87-" + (100 + random.nextInt(900)),
                            "Miejscowość " + (1 + random.nextInt(200)), "ul. Polna", String.valueOf(1 + random.nextInt(120)), "PL", received,
                            "PUBLIC", "Text", random.nextInt(4) == 0 ? "EPUAP" : "ORDINARY_LETTER", 0, false, "IN_CASE", unit.symbol());
                    caseItem.row(caseId, itemId, ts(opened), handler);
                    long documentId = caseId;
                    document.row(documentId, o.id(), title, "LETTER", 1, ts(registered), o.registry(), 0);
                    version.row(documentId, documentId, 1, "pismo-" + rpw + ".pdf", "application/pdf", 50_000 + random.nextInt(150_000),
                            String.format("%064x", documentId * 2654435761L), o.id() + "/bench/" + documentId, ts(registered), o.registry(),
                            "EXTRACTED", title + ". " + sender + ", ul. Polna. Proszę o rozpatrzenie wniosku.", false, null, ts(registered.plusSeconds(5)));
                    itemDocument.row(itemId, documentId, 1, ts(registered), o.registry());
                    String person = "Referent " + handler;
                    metryka.row(metrykaId++, caseId, ts(opened), person, "Referent, " + unit.name(), "Założenie sprawy " + znak, null);
                    metryka.row(metrykaId++, caseId, ts(opened.plusSeconds(60)), person, "Referent, " + unit.name(),
                            "Dołączenie przesyłki " + rpwNumber, String.valueOf(documentId));
                    if (closed) {
                        metryka.row(metrykaId++, caseId, ts(settled.atTime(12, 0).toInstant(ZoneOffset.UTC)), person,
                                "Referent, " + unit.name(), "Zakończenie sprawy (data ostatecznego załatwienia " + settled + ")", znak);
                    }

                    // the case's process: running ones have one open task and three done, finished ones six done
                    String pi = "b" + caseId;
                    boolean caseTask = random.nextInt(100) < 15;
                    noteId = writeFolder(folder, o, unit, caseId, handler, title, znak, opened, closed, settled, running && caseTask,
                            watchDefinition, document, version, caseDocument, metryka, note, process, variable, noteId);
                    Definition definition = caseTask ? handling : incoming;
                    Instant started = registered.plusSeconds(1);
                    process.row(pi, pi, caseTask ? String.valueOf(caseId) : String.valueOf(itemId), definition.key(), definition.id(), ts(started),
                            running ? null : ts(opened.plusSeconds(30 * 24 * 3600)), running ? null : 30L * 24 * 3600 * 1000,
                            "StartEvent", running ? null : "EndEvent", pi, tenant, running ? "ACTIVE" : "COMPLETED");
                    int done = running ? 3 : 6;
                    Instant step = started;
                    for (int k = 0; k < done; k++) {
                        Instant end = step.plusSeconds(600 + random.nextInt(48 * 3600));
                        history.row("bh" + (taskSeq++), caseTask ? "Task_Projekt" : "Task_Przyjecie", definition.key(), definition.id(), pi, pi, pi,
                                "ai" + taskSeq, caseTask ? "Przygotowanie albo poprawa projektu pisma" : "Przyjęcie przesyłki przez referenta",
                                handler, ts(step), ts(end), end.toEpochMilli() - step.toEpochMilli(), "completed", 50, tenant, "Completed");
                        historic++;
                        step = end;
                    }
                    if (!running) {
                        continue;
                    }
                    String taskId = "bt" + caseId;
                    String taskKey;
                    String taskName;
                    String assignee = null;
                    List<String> groups = new ArrayList<>();
                    int kind = random.nextInt(100);
                    if (caseTask) {
                        taskKey = "Task_Projekt";
                        taskName = "Przygotowanie albo poprawa projektu pisma";
                        assignee = handler;
                    } else if (kind < 80) {
                        taskKey = "Task_Przyjecie";
                        taskName = "Przyjęcie przesyłki przez referenta";
                        groups.add("org:" + o.id() + ":unit:" + unit.symbol() + ":CLERK");
                        if (random.nextInt(10) < 3) {
                            assignee = handler;
                        }
                    } else if (kind < 94) {
                        taskKey = "Task_DekretacjaWKomorce";
                        taskName = "Dekretacja w komórce wiodącej";
                        groups.add("org:" + o.id() + ":unit:" + unit.symbol() + ":HEAD");
                    } else {
                        taskKey = "Task_Dekretacja";
                        taskName = "Dekretacja przesyłki";
                        groups.add("org:" + o.id() + ":HEAD");
                    }
                    Instant createdAt = step;
                    LocalDate deadline = random.nextInt(5) == 0 ? null : received.plusDays(30);
                    String created = ts(createdAt);
                    String createdUtc = LocalDateTime.ofInstant(createdAt, ZoneOffset.UTC).toString().replace('T', ' ');
                    execution.row(pi, 1, pi, pi, caseTask ? String.valueOf(caseId) : String.valueOf(itemId), null, definition.id(), taskKey,
                            taskKey + ":" + pi, true, false, true, false, 1, 2, 1, tenant, definition.key());
                    task.row(taskId, 1, pi, pi, definition.id(), taskName, taskKey, assignee, 50, createdUtc, 1, tenant, "Created");
                    history.row(taskId, taskKey, definition.key(), definition.id(), pi, pi, pi, taskKey + ":" + pi, taskName, assignee,
                            createdUtc, null, null, null, 50, tenant, "Created");
                    historic++;
                    inbox.row(taskId, o.id(), pi, definition.key(), taskKey, taskName, assignee, createdUtc, null, deadline, title, sender,
                            caseTask ? null : rpwNumber, itemId, caseTask ? caseId : null, caseTask ? znak : null, received, null);
                    for (String group : groups) {
                        link.row("bl" + (linkId++), 1, group, "candidate", null, taskId, tenant);
                        candidate.row(taskId, "G", group, o.id(), createdUtc, deadline);
                    }
                    openTasks++;
                }
                System.out.printf(Locale.ROOT, "[load] %s: %,d cases%n", o.name(), count);
            }
            for (var entry : Map.of("case_file", caseFile, "incoming_item", item, "document_version", version, "metryka_entry", metryka,
                    "inbox_task", inbox, "inbox_task_candidate", candidate, "act_ru_task", task, "act_hi_procinst", process,
                    "act_hi_taskinst", history, "case_document", caseDocument).entrySet()) {
                rows.put(entry.getKey(), entry.getValue().rows());
            }
            for (var entry : Map.of("case_note", note, "act_hi_varinst", variable).entrySet()) {
                rows.put(entry.getKey(), entry.getValue().rows());
            }
        }
        return new long[] {openTasks, historic};
    }

    /**
     * What the case folder shows beside the letter: the reply (a draft while the case's "Projekt pisma"
     * task is open, the sent letter of a closed case) as a document of the case with its metadata, one
     * note in one case of ten, and the statutory-deadline watch ({@code kpaDeadline}) in the engine's
     * history with the variables the folder reads (its runtime rows and timers are not loaded: the
     * benchmark neither suspends nor closes cases). Returns the next note id.
     */
    private static long writeFolder(SplittableRandom folder, Organization o, Unit unit, long caseId, String handler, String title,
                                    String znak, Instant opened, boolean closed, LocalDate settled, boolean drafting,
                                    Definition watch, CopyStream document, CopyStream version, CopyStream caseDocument,
                                    CopyStream metryka, CopyStream note, CopyStream process, CopyStream variable, long noteId) {
        String tenant = String.valueOf(o.id());
        String person = "Referent " + handler;
        if (closed || drafting) {
            long documentId = FOLDER_BASE + caseId;
            Instant drafted = opened.plusSeconds(3600 + folder.nextInt(10 * 24 * 3600));
            String reply = (closed ? "Odpowiedź: " : "Projekt odpowiedzi: ") + title;
            document.row(documentId, o.id(), reply, closed ? "LETTER" : "DRAFT", 1, ts(drafted), handler, 0);
            version.row(documentId, documentId, 1, "odpowiedz-" + caseId + ".pdf", "application/pdf", 30_000 + folder.nextInt(90_000),
                    String.format("%064x", documentId * 2654435761L), o.id() + "/bench/" + documentId, ts(drafted), handler,
                    "EXTRACTED", reply + ". W odpowiedzi na wniosek uprzejmie informuję.", false, null, ts(drafted.plusSeconds(5)));
            caseDocument.row(caseId, documentId, closed ? "OUTGOING" : "DRAFT", ts(drafted), handler);
            metryka.row(FOLDER_BASE + caseId, caseId, ts(drafted), person, "Referent, " + unit.name(),
                    (closed ? "Dołączenie pisma wychodzącego " : "Dodanie projektu pisma ") + reply, String.valueOf(documentId));
        }
        if (folder.nextInt(10) == 0) {
            note.row(noteId++, caseId, "Rozmowa telefoniczna ze stroną: strona uzupełni wniosek w ciągu 7 dni.", handler, person,
                    "Referent, " + unit.name(), ts(opened.plusSeconds(7200 + folder.nextInt(5 * 24 * 3600))));
        }
        String wi = "w" + caseId;
        int kind = folder.nextInt(10);
        String deadlineKind = kind == 0 ? "NIEZWLOCZNIE" : kind < 9 ? "JEDEN_MIESIAC" : "DWA_MIESIACE";
        LocalDate deadline = LocalDate.ofInstant(opened, ZoneOffset.UTC).plusMonths(kind == 0 ? 0 : kind < 9 ? 1 : 2);
        Instant ended = closed ? settled.atTime(12, 0).toInstant(ZoneOffset.UTC) : null;
        process.row(wi, wi, String.valueOf(caseId), watch.key(), watch.id(), ts(opened), closed ? ts(ended) : null,
                closed ? ended.toEpochMilli() - opened.toEpochMilli() : null, "StartEvent", closed ? "EndEvent" : null, wi, tenant,
                closed ? "COMPLETED" : "ACTIVE");
        String created = LocalDateTime.ofInstant(opened, ZoneOffset.UTC).toString().replace('T', ' ');
        variable.row(wi + "d", watch.key(), watch.id(), wi, wi, wi, "deadline", "string", created, 1, deadline.toString(), tenant, "CREATED");
        variable.row(wi + "k", watch.key(), watch.id(), wi, wi, wi, "deadlineKind", "string", created, 1, deadlineKind, tenant, "CREATED");
        variable.row(wi + "s", watch.key(), watch.id(), wi, wi, wi, "suspendedOn", "null", created, 1, null, tenant, "CREATED");
        return noteId;
    }

    private static String ts(Instant instant) {
        return instant.toString();
    }

    /** Drops the indexes that back no constraint (primary keys and unique constraints stay); returns how to rebuild them. */
    private static List<String> dropSecondaryIndexes(DataSource database, List<String> tables) throws SQLException {
        List<String> definitions = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (Connection c = database.getConnection()) {
            try (var statement = c.prepareStatement("select i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) from pg_index i"
                    + " join pg_class t on t.oid = i.indrelid where t.relname = any(?) and t.relnamespace = 'public'::regnamespace"
                    + " and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)")) {
                statement.setArray(1, c.createArrayOf("varchar", tables.toArray()));
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        names.add(rs.getString(1));
                        definitions.add(rs.getString(2));
                    }
                }
            }
            try (Statement s = c.createStatement()) {
                for (String name : names) {
                    s.execute("drop index " + name);
                }
            }
        }
        return definitions;
    }

    /** Rebuilds the dropped indexes, two at a time (the machine has two cores). */
    private static void rebuild(DataSource database, List<String> definitions) throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (String definition : definitions) {
                done.add(workers.submit(() -> {
                    try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
                        s.execute("set maintenance_work_mem = '256MB'");
                        s.execute(definition);
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            workers.shutdown();
        }
    }

    /** Moves the id sequences past the loaded rows, opens the register counters, vacuums and analyses. */
    private static void finish(DataSource database, List<String> tables) throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            for (String[] sequence : new String[][] {{"organization_seq", "organization"}, {"organizational_unit_seq", "organizational_unit"},
                {"employee_seq", "employee"}, {"user_account_seq", "user_account"}, {"employee_position_seq", "employee_position"},
                {"case_file_seq", "case_file"}, {"incoming_item_seq", "incoming_item"}, {"document_seq", "document"},
                {"document_version_seq", "document_version"}, {"metryka_entry_seq", "metryka_entry"}, {"case_note_seq", "case_note"}}) {
                s.execute("select setval('" + sequence[0] + "', (select max(id) + 100 from " + sequence[1] + "))");
            }
            s.execute("insert into register_counter (organization_id, register_name, register_key, counter_year, last_number)"
                    + " select organization_id, 'RPW', '*', rpw_year, max(rpw_number) from incoming_item where id >= " + ID_BASE
                    + " group by organization_id, rpw_year");
            s.execute("insert into register_counter (organization_id, register_name, register_key, counter_year, last_number)"
                    + " select organization_id, 'SPIS_SPRAW', unit_symbol || '/' || jrwa_symbol, case_year, max(case_number) from case_file"
                    + " where id >= " + ID_BASE + " group by organization_id, unit_symbol, jrwa_symbol, case_year");
            for (String table : tables) {
                s.execute("vacuum (analyze) " + table);
            }
            s.execute("checkpoint");
        }
    }

    /** TERC code and name of every gmina of the region's register that the EZD ships. */
    static List<String[]> gminy(Path register) throws IOException {
        List<String[]> gminy = new ArrayList<>();
        for (String line : Files.readAllLines(register, StandardCharsets.UTF_8)) {
            String[] columns = line.split(",", -1);
            if (columns[0].length() == 7 && List.of("1", "2", "3").contains(columns[4])) {
                gminy.add(new String[] {columns[0], columns[5]});
            }
        }
        return gminy;
    }
}
