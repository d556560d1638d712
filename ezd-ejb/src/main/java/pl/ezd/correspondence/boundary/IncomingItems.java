package pl.ezd.correspondence.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import pl.ezd.correspondence.control.RegisterCsv;
import pl.ezd.correspondence.control.RegisterPdf;
import pl.ezd.correspondence.control.RegisterSearch;
import pl.ezd.correspondence.control.RegistrationLabel;
import pl.ezd.correspondence.entity.IncomingItemDocument;
import pl.ezd.correspondence.entity.OriginalLoan;
import pl.ezd.documents.boundary.DocumentView;
import pl.ezd.documents.boundary.Documents;
import pl.ezd.documents.entity.DocumentKind;
import pl.ezd.validation.boundary.InvalidInputException;
import pl.ezd.audit.boundary.AuditTrail;
import pl.ezd.correspondence.entity.IncomingItem;
import pl.ezd.correspondence.entity.IncomingItemMetadata;
import pl.ezd.correspondence.entity.RpwNumber;
import pl.ezd.numbering.boundary.RegisterNumbers;
import pl.ezd.organization.boundary.Caller;
import pl.ezd.organization.boundary.CallerIdentity;
import pl.ezd.organization.entity.Role;

/** The registry office's incoming register (RPW) of the caller's organisation. */
@Stateless
public class IncomingItems {

    static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Warsaw");
    private static final int BATCH = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    RegisterNumbers numbers;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Event<IncomingItemRegistered> registered;

    @Inject
    Documents documents;

    /** The most files one registration or attachment request may carry. */
    static final int MAX_FILES = 20;

    /**
     * Registers an item in the RPW under the next number of the current year and starts its
     * circulation (listeners of {@link IncomingItemRegistered} act in the same transaction).
     */
    @RolesAllowed(Role.REGISTRY_NAME)
    public RegisteredItem register(IncomingItemMetadata metadata) {
        CallerIdentity registrar = caller.identity();
        Instant now = Clock.system(OFFICE_ZONE).instant();
        int year = LocalDate.ofInstant(now, OFFICE_ZONE).getYear();
        var rpw = new RpwNumber(numbers.next(registrar.organizationId(), RegisterNumbers.RPW, RegisterNumbers.WHOLE_ORGANIZATION, year), year);
        var item = new IncomingItem(registrar.organizationId(), rpw, metadata, now, registrar.username());
        em.persist(item);
        em.flush();
        auditTrail.record(item.getOrganizationId(), registrar.username(), "INCOMING_ITEM_REGISTERED", "IncomingItem",
                item.getId(), item.getRpw() + ": " + item.getTitle() + " (nadawca: " + item.getSenderName() + ")");
        registered.fire(new IncomingItemRegistered(item.getId(), item.getOrganizationId(), item.getRpw().toString(),
                item.getTitle(), item.getSenderName(), registrar.username(), item.getReceivedOn()));
        return RegisteredItem.of(item);
    }

    /** The item if it belongs to the caller's organisation; another organisation's id finds nothing. */
    @RolesAllowed({Role.REGISTRY_NAME, Role.HEAD_NAME, Role.CLERK_NAME})
    public Optional<RegisteredItem> find(long id) {
        return Optional.ofNullable(em.find(IncomingItem.class, id))
                .filter(item -> item.getOrganizationId() == caller.organizationId())
                .map(RegisteredItem::of);
    }

    /**
     * Registers an item together with its files (scans, the original electronic document,
     * attachments), all or nothing: if any file is refused (too large, empty, badly named) the
     * item, its number and every file already stored are rolled back and discarded.
     */
    @RolesAllowed(Role.REGISTRY_NAME)
    public RegisteredItem register(IncomingItemMetadata metadata, List<NewFile> files) {
        checkFiles(files);
        RegisteredItem item = register(metadata);
        IncomingItem entity = em.find(IncomingItem.class, item.id());
        for (int i = 0; i < files.size(); i++) {
            link(entity, files.get(i), i + 1, "files[" + i + "]");
        }
        return item;
    }

    /** Adds a further file to a registered item (e.g. a later scan of an attachment). */
    @RolesAllowed(Role.REGISTRY_NAME)
    public DocumentView attach(long itemId, NewFile file) {
        IncomingItem item = ofMyOrganization(itemId, LockModeType.PESSIMISTIC_WRITE);
        checkFiles(List.of(file));
        Long count = em.createQuery("select count(d) from IncomingItemDocument d where d.itemId = :item", Long.class)
                .setParameter("item", itemId).getSingleResult();
        return link(item, file, count.intValue() + 1, "file");
    }

    /** The item's files as documents, in the order they were given. */
    @RolesAllowed({Role.REGISTRY_NAME, Role.HEAD_NAME, Role.CLERK_NAME, Role.ARCHIVIST_NAME})
    public List<DocumentView> files(long itemId) {
        ofMyOrganization(itemId, LockModeType.NONE);
        return em.createQuery("select d from IncomingItemDocument d where d.itemId = :item order by d.order", IncomingItemDocument.class)
                .setParameter("item", itemId)
                .getResultStream()
                .map(link -> documents.find(link.getDocumentId()))
                .toList();
    }

    /** The registration label of the item as a one-page PDF with the RPW number as a barcode. */
    @RolesAllowed({Role.REGISTRY_NAME, Role.HEAD_NAME, Role.CLERK_NAME})
    public byte[] label(long itemId) {
        IncomingItem item = ofMyOrganization(itemId, LockModeType.NONE);
        return RegistrationLabel.pdf(new RegistrationLabel.Content(caller.identity().organizationName(), item.getRpw().toString(),
                item.getReceivedOn(), item.getRegisteredAt(), item.getAttachmentsCount(), item.isDoNotOpen()));
    }

    /** Records where the paper original lies in the skład chronologiczny. */
    @RolesAllowed(Role.REGISTRY_NAME)
    public RegisteredItem placeOriginal(long itemId, String location) {
        CallerIdentity me = caller.identity();
        IncomingItem item = ofMyOrganization(itemId, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        String before = item.getStorageLocation();
        try {
            item.placeOriginal(location);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("location", e.getMessage());
        }
        auditTrail.record(me.organizationId(), me.username(), "ORIGINAL_PLACED", "IncomingItem", itemId,
                item.getRpw() + ": oryginał w składzie chronologicznym — " + item.getStorageLocation()
                        + (before == null ? "" : " (było: " + before + ")"));
        return RegisteredItem.of(item);
    }

    /** Lends the paper original out of the skład chronologiczny; refused while it is already out. */
    @RolesAllowed(Role.REGISTRY_NAME)
    public OriginalLoanView lendOriginal(long itemId, String lentTo, String purpose) {
        CallerIdentity me = caller.identity();
        IncomingItem item = ofMyOrganization(itemId, LockModeType.PESSIMISTIC_WRITE);
        var violations = new InvalidInputException.Collector();
        if (!item.hasPaperOriginal()) {
            violations.add("itemId", "Przesyłka elektroniczna nie ma papierowego oryginału");
        } else if (item.getStorageLocation() == null) {
            violations.add("itemId", "Najpierw zapisz miejsce oryginału w składzie chronologicznym");
        } else if (openLoan(itemId).isPresent()) {
            violations.add("itemId", "Oryginał jest już wypożyczony; najpierw odnotuj jego zwrot");
        }
        OriginalLoan loan = violations.check("lentTo", () -> new OriginalLoan(me.organizationId(), itemId, lentTo, purpose,
                Instant.now(), me.username()));
        violations.throwIfAny();
        em.persist(loan);
        em.flush();
        auditTrail.record(me.organizationId(), me.username(), "ORIGINAL_LENT", "IncomingItem", itemId,
                item.getRpw() + ": oryginał wypożyczony dla " + loan.getLentTo()
                        + (loan.getPurpose() == null ? "" : " (cel: " + loan.getPurpose() + ")"));
        return OriginalLoanView.of(loan);
    }

    /** The paper original is back in the skład. */
    @RolesAllowed(Role.REGISTRY_NAME)
    public OriginalLoanView returnOriginal(long itemId) {
        CallerIdentity me = caller.identity();
        IncomingItem item = ofMyOrganization(itemId, LockModeType.PESSIMISTIC_WRITE);
        OriginalLoan loan = openLoan(itemId)
                .orElseThrow(() -> new InvalidInputException("itemId", "Oryginał nie jest wypożyczony"));
        loan.giveBack(Instant.now(), me.username());
        auditTrail.record(me.organizationId(), me.username(), "ORIGINAL_RETURNED", "IncomingItem", itemId,
                item.getRpw() + ": oryginał zwrócony przez " + loan.getLentTo() + " do składu " + item.getStorageLocation());
        return OriginalLoanView.of(loan);
    }

    /** Every loan of the item's original, oldest first. */
    @RolesAllowed({Role.REGISTRY_NAME, Role.HEAD_NAME, Role.ARCHIVIST_NAME})
    public List<OriginalLoanView> loans(long itemId) {
        ofMyOrganization(itemId, LockModeType.NONE);
        return em.createQuery("select l from OriginalLoan l where l.itemId = :item order by l.lentAt, l.id", OriginalLoan.class)
                .setParameter("item", itemId)
                .getResultStream().map(OriginalLoanView::of).toList();
    }

    /** A page of the incoming register, filtered and sorted on the database. */
    @RolesAllowed({Role.REGISTRY_NAME, Role.HEAD_NAME, Role.ARCHIVIST_NAME})
    public RegisterPage search(RegisterQuery query, int first, int max) {
        if (first < 0 || max < 1 || max > 500) {
            throw new InvalidInputException(first < 0 ? "first" : "max", "Stronicowanie: first ≥ 0, max od 1 do 500");
        }
        var search = new RegisterSearch(caller.organizationId(), query);
        int limit = RegisterPage.countLimit(first, max);
        long counted = search.countUpTo(em, limit);
        List<RegisteredItem> items = search.items(em).setFirstResult(first).setMaxResults(max)
                .getResultStream().map(RegisteredItem::of).toList();
        boolean exact = counted < limit;
        return new RegisterPage(items, exact ? counted : limit - 1, exact, first, max);
    }

    /**
     * How many items of the register match, counting no further than {@code limit} (1 or more):
     * the exact number below the limit, else the limit, as a screen needs for its pages (it counts
     * once, then reads page after page with {@link #page}). The cost grows with the limit, not with
     * the register (100,000 items a year in a large office).
     */
    @RolesAllowed({Role.REGISTRY_NAME, Role.HEAD_NAME, Role.ARCHIVIST_NAME})
    public long count(RegisterQuery query, int limit) {
        if (limit < 1) {
            throw new InvalidInputException("limit", "Liczenie przesyłek: granica musi być dodatnia");
        }
        return new RegisterSearch(caller.organizationId(), query).countUpTo(em, limit);
    }

    /** One page of the register without counting; same paging limits as {@link #search}. */
    @RolesAllowed({Role.REGISTRY_NAME, Role.HEAD_NAME, Role.ARCHIVIST_NAME})
    public List<RegisteredItem> page(RegisterQuery query, int first, int max) {
        if (first < 0 || max < 1 || max > 500) {
            throw new InvalidInputException(first < 0 ? "first" : "max", "Stronicowanie: first ≥ 0, max od 1 do 500");
        }
        return new RegisterSearch(caller.organizationId(), query).items(em).setFirstResult(first).setMaxResults(max)
                .getResultStream().map(RegisteredItem::of).toList();
    }

    /**
     * Writes the whole filtered register as CSV to {@code out}, row by row from a scrolling query
     * (each row detached once written), so a register of any size never sits in memory.
     */
    @RolesAllowed({Role.REGISTRY_NAME, Role.HEAD_NAME, Role.ARCHIVIST_NAME})
    public void exportCsv(RegisterQuery query, OutputStream out) {
        var search = new RegisterSearch(caller.organizationId(), query);
        try (var csv = new RegisterCsv(out);
             var rows = search.items(em).setHint("org.hibernate.fetchSize", 500).setHint("org.hibernate.readOnly", true)
                     .getResultStream()) {
            rows.forEach(item -> {
                csv.write(item);
                em.detach(item);
            });
        }
    }

    /**
     * The register as a printable PDF table with the same filters as the screen and the CSV; refused
     * (field {@code text}) when more than {@link RegisterPdf#MAX_ROWS} items match, which belong in the CSV.
     */
    @RolesAllowed({Role.REGISTRY_NAME, Role.HEAD_NAME, Role.ARCHIVIST_NAME})
    public byte[] exportPdf(RegisterQuery query) {
        CallerIdentity me = caller.identity();
        var search = new RegisterSearch(me.organizationId(), query);
        long total = search.count(em).getSingleResult();
        if (total > RegisterPdf.MAX_ROWS) {
            throw new InvalidInputException("text", "Do wydruku pasuje " + total + " przesyłek, a wydruk mieści najwyżej "
                    + RegisterPdf.MAX_ROWS + "; zawęź daty lub inne filtry albo pobierz CSV");
        }
        List<IncomingItem> items = search.items(em).setHint("org.hibernate.readOnly", true).getResultList();
        return RegisterPdf.pdf(me.organizationName(), query, LocalDate.now(OFFICE_ZONE), items);
    }

    /**
     * Senders of the organisation's earlier items whose name contains {@code text} (case-insensitive),
     * each once with the address of their latest item, newest first; at most {@code max} (1–50).
     */
    @RolesAllowed(Role.REGISTRY_NAME)
    public List<EarlierSender> earlierSenders(String text, int max) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        int limit = Math.max(1, Math.min(max, 50));
        String pattern = "%" + RegisterSearch.likeEscaped(text.strip().toLowerCase(java.util.Locale.ROOT)) + "%";
        var seen = new java.util.LinkedHashMap<String, EarlierSender>();
        // newest items first; a few times the limit so that repeated senders still fill the list
        em.createQuery("select i from IncomingItem i where i.organizationId = :org and lower(i.senderName) like :text escape '\\'"
                        + " order by i.registeredAt desc, i.id desc", IncomingItem.class)
                .setParameter("org", caller.organizationId())
                .setParameter("text", pattern)
                .setMaxResults(limit * 10)
                .setHint("org.hibernate.readOnly", true)
                .getResultStream()
                .forEach(item -> seen.putIfAbsent(item.getSenderName().strip().toLowerCase(java.util.Locale.ROOT),
                        new EarlierSender(item.getSenderName(), item.metadata().senderAddress())));
        return seen.values().stream().limit(limit).toList();
    }

    /** Keeps the register's status and unit in step with the item's circulation. */
    @jakarta.annotation.security.PermitAll
    public void progressed(@Observes IncomingItemProgressed event) {
        IncomingItem item = em.find(IncomingItem.class, event.itemId());
        if (item != null && item.getOrganizationId() == event.organizationId()) {
            item.progressed(event.status(), event.unitSymbol());
        }
    }

    private Optional<OriginalLoan> openLoan(long itemId) {
        return em.createQuery("select l from OriginalLoan l where l.itemId = :item and l.returnedAt is null", OriginalLoan.class)
                .setParameter("item", itemId).getResultStream().findFirst();
    }

    private DocumentView link(IncomingItem item, NewFile file, int order, String field) {
        CallerIdentity me = caller.identity();
        DocumentView document;
        try {
            document = documents.add(file.fileName(), order == 1 ? DocumentKind.LETTER : DocumentKind.ATTACHMENT,
                    file.fileName(), file.content());
        } catch (RuntimeException e) {
            // the documents component refuses a bad name or an empty file with IllegalArgumentException,
            // which reaches here wrapped by the container (the transaction is already marked to roll back)
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t.getClass() == IllegalArgumentException.class) {
                    throw new InvalidInputException(field, t.getMessage());
                }
            }
            throw e;
        }
        em.persist(new IncomingItemDocument(item.getId(), document.id(), order, Instant.now(), me.username()));
        auditTrail.record(me.organizationId(), me.username(), "INCOMING_ITEM_FILE_ADDED", "IncomingItem", item.getId(),
                item.getRpw() + ": plik " + order + " " + document.versions().get(0).fileName() + " (dokument " + document.id() + ")");
        return document;
    }

    private static void checkFiles(List<NewFile> files) {
        var violations = new InvalidInputException.Collector();
        if (files.size() > MAX_FILES) {
            violations.add("files", "Najwyżej " + MAX_FILES + " plików w jednym żądaniu");
        }
        for (int i = 0; i < files.size(); i++) {
            NewFile file = files.get(i);
            if (file == null || file.content() == null) {
                violations.add("files[" + i + "]", "Brak treści pliku");
            } else if (file.fileName() == null || file.fileName().isBlank()) {
                violations.add("files[" + i + "]", "Podaj nazwę pliku (filename w nagłówku części)");
            }
        }
        violations.throwIfAny();
    }

    private IncomingItem ofMyOrganization(long id, LockModeType lock) {
        IncomingItem item = em.find(IncomingItem.class, id, lock);
        if (item == null || item.getOrganizationId() != caller.organizationId()) {
            throw new IncomingItemNotFoundException(id);
        }
        return item;
    }

    /**
     * The items of the caller's organisation among {@code ids}, in one query per thousand ids (for
     * registers that show several items' metadata at once); other organisations' ids find nothing.
     */
    @RolesAllowed({Role.REGISTRY_NAME, Role.HEAD_NAME, Role.CLERK_NAME, Role.ARCHIVIST_NAME})
    public List<RegisteredItem> findAll(Collection<Long> ids) {
        List<Long> distinct = ids.stream().distinct().toList();
        List<RegisteredItem> found = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += BATCH) {
            em.createQuery("select i from IncomingItem i where i.organizationId = :org and i.id in :ids", IncomingItem.class)
                    .setParameter("org", caller.organizationId())
                    .setParameter("ids", distinct.subList(from, Math.min(distinct.size(), from + BATCH)))
                    .getResultStream()
                    .map(RegisteredItem::of)
                    .forEach(found::add);
        }
        return found;
    }
}
