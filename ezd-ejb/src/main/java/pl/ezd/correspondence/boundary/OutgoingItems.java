package pl.ezd.correspondence.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import pl.ezd.audit.boundary.AuditTrail;
import pl.ezd.correspondence.entity.OutgoingItem;
import pl.ezd.documents.boundary.DocumentView;
import pl.ezd.documents.boundary.Documents;
import pl.ezd.numbering.boundary.RegisterNumbers;
import pl.ezd.organization.boundary.Caller;
import pl.ezd.organization.boundary.CallerIdentity;
import pl.ezd.organization.boundary.Staff;
import pl.ezd.organization.boundary.StaffMember;
import pl.ezd.organization.entity.Role;

/**
 * The outgoing register of the caller's organisation: the registry office registers each item it
 * sends under the next number of the organisation's series for the year ({@link #SERIES}); the
 * postal book of a day is produced from the paper post items. Every registration is audited in
 * its transaction; nothing is stored when any field is refused.
 */
@Stateless
public class OutgoingItems {

    /** The outgoing register: one series per organisation and calendar year. */
    public static final String SERIES = "OUT";
    static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Warsaw");

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    RegisterNumbers numbers;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Documents documents;

    @Inject
    Staff staff;

    /** Registers an item sent now, outside a case's circulation (e.g. a reply with no case). */
    @RolesAllowed(Role.REGISTRY_NAME)
    public OutgoingItemView register(OutgoingRegistration registration) {
        return register(null, registration);
    }

    /**
     * Registers an item sent in the circulation of a case; {@code caseId} is given by the workflow
     * component after it found the case in the caller's organisation.
     */
    @RolesAllowed(Role.REGISTRY_NAME)
    public OutgoingItemView register(Long caseId, OutgoingRegistration registration) {
        if (registration == null) {
            throw new IllegalArgumentException("Podaj dane przesyłki wychodzącej");
        }
        CallerIdentity me = caller.identity();
        String caseReference = registration.caseReference();
        if (caseReference != null && !caseReference.isBlank()) {
            caseReference = caseReference.strip();
            if (!caseReference.matches("[A-ZĄĆĘŁŃÓŚŹŻ0-9-]{1,20}\\.\\d{1,4}\\.\\d{1,6}(\\.\\d{1,4})?\\.\\d{4}")) {
                throw new IllegalArgumentException("Znak sprawy ma postać KOMÓRKA.JRWA.NUMER.ROK, np. OR.0012.5.2026: " + caseReference);
            }
        } else {
            caseReference = null;
        }
        var sent = registration.documents() == null ? List.<OutgoingItem.SentDocument>of() : registration.documents();
        for (OutgoingItem.SentDocument document : sent) {
            DocumentView found = documents.find(document.documentId());
            if (document.versionNumber() < 1 || document.versionNumber() > found.currentVersion()) {
                throw new IllegalArgumentException("Dokument „" + found.title() + "” nie ma wersji " + document.versionNumber());
            }
        }
        String[] author = author(me, registration.author());
        Instant now = Instant.now();
        LocalDate today = LocalDate.ofInstant(now, OFFICE_ZONE);
        LocalDate sentOn = registration.sentOn() == null ? today : registration.sentOn();
        if (sentOn.isAfter(today)) {
            throw new IllegalArgumentException("Data wysłania nie może być późniejsza niż dziś");
        }
        // checked before a number is taken, so a refused item uses none (the rollback would return it anyway)
        new OutgoingItem(me.organizationId(), 1, sentOn.getYear(), caseId, caseReference, registration.title(),
                registration.addressee(), registration.channel(), registration.dateOnLetter(), sentOn, author[0], author[1],
                author[2], registration.notes(), sent, now, me.username());
        int number = numbers.next(me.organizationId(), SERIES, RegisterNumbers.WHOLE_ORGANIZATION, sentOn.getYear());
        var item = new OutgoingItem(me.organizationId(), number, sentOn.getYear(), caseId, caseReference, registration.title(),
                registration.addressee(), registration.channel(), registration.dateOnLetter(), sentOn, author[0], author[1],
                author[2], registration.notes(), sent, now, me.username());
        em.persist(item);
        em.flush();
        auditTrail.record(me.organizationId(), me.username(), "OUTGOING_ITEM_REGISTERED", "OutgoingItem", item.getId(),
                item.registerNumber() + " " + item.getChannel() + " do " + item.getAddressee().name()
                        + (caseReference == null ? "" : " (" + caseReference + ")"));
        return OutgoingItemView.of(item);
    }

    private String[] author(CallerIdentity me, String username) {
        if (username == null || username.isBlank() || username.equals(me.username())) {
            CallerIdentity.Post post = me.post(null);
            return new String[] {me.username(), me.fullName(), post.title() + " (" + post.unitSymbol() + ")"};
        }
        for (Role role : List.of(Role.CLERK, Role.HEAD)) {
            for (StaffMember member : staff.withRole(role)) {
                if (member.username().equals(username.strip())) {
                    return new String[] {member.username(), member.firstName() + " " + member.lastName(),
                            member.positionTitle() + " (" + member.unitSymbol() + ")"};
                }
            }
        }
        throw new IllegalArgumentException("Autor pisma " + username + " nie jest referentem ani kierownikiem w Twoim urzędzie");
    }

    @RolesAllowed({Role.REGISTRY_NAME, Role.CLERK_NAME, Role.HEAD_NAME, Role.ARCHIVIST_NAME})
    public OutgoingItemView find(long id) {
        OutgoingItem item = em.find(OutgoingItem.class, id);
        if (item == null || item.getOrganizationId() != caller.organizationId()) {
            throw new OutgoingItemNotFoundException(id);
        }
        return OutgoingItemView.of(item);
    }

    /** The outgoing register of a year, in number order, a page at a time. */
    @RolesAllowed({Role.REGISTRY_NAME, Role.CLERK_NAME, Role.HEAD_NAME, Role.ARCHIVIST_NAME})
    public List<OutgoingItemView> register(int year, int first, int max) {
        if (first < 0 || max < 1 || max > 500) {
            throw new IllegalArgumentException("Stronicowanie: first ≥ 0, max od 1 do 500");
        }
        return em.createQuery("select i from OutgoingItem i where i.organizationId = :org and i.year = :year order by i.number",
                        OutgoingItem.class)
                .setParameter("org", caller.organizationId())
                .setParameter("year", year)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultStream()
                .map(OutgoingItemView::of)
                .toList();
    }

    /** How many items the outgoing register of a year holds (for paging through {@link #register(int, int, int)}). */
    @RolesAllowed({Role.REGISTRY_NAME, Role.CLERK_NAME, Role.HEAD_NAME, Role.ARCHIVIST_NAME})
    public long count(int year) {
        return em.createQuery("select count(i) from OutgoingItem i where i.organizationId = :org and i.year = :year", Long.class)
                .setParameter("org", caller.organizationId())
                .setParameter("year", year)
                .getSingleResult();
    }

    /** The items of a case (by its id), in number order. */
    @RolesAllowed({Role.REGISTRY_NAME, Role.CLERK_NAME, Role.HEAD_NAME, Role.ARCHIVIST_NAME})
    public List<OutgoingItemView> ofCase(long caseId) {
        return em.createQuery("select i from OutgoingItem i where i.organizationId = :org and i.caseId = :case order by i.year, i.number",
                        OutgoingItem.class)
                .setParameter("org", caller.organizationId())
                .setParameter("case", caseId)
                .getResultStream()
                .map(OutgoingItemView::of)
                .toList();
    }

    /** The postal book (książka nadawcza) of a day: the paper post items sent that day. */
    @RolesAllowed({Role.REGISTRY_NAME, Role.HEAD_NAME})
    public PostalBook postalBook(LocalDate day) {
        if (day == null) {
            throw new IllegalArgumentException("Podaj dzień książki nadawczej (date=RRRR-MM-DD)");
        }
        CallerIdentity me = caller.identity();
        var no = new AtomicInteger();
        List<PostalBook.Row> rows = em.createQuery("""
                        select i from OutgoingItem i where i.organizationId = :org and i.sentOn = :day
                        and i.channel in (pl.ezd.correspondence.entity.DispatchChannel.POST_REGISTERED,
                                          pl.ezd.correspondence.entity.DispatchChannel.POST_ORDINARY)
                        order by i.year, i.number""", OutgoingItem.class)
                .setParameter("org", me.organizationId())
                .setParameter("day", day)
                .getResultStream()
                .map(i -> new PostalBook.Row(no.incrementAndGet(), i.getAddressee().name(),
                        i.getAddressee().street() + ", " + i.getAddressee().postalCode() + " " + i.getAddressee().city(),
                        i.getChannel() == pl.ezd.correspondence.entity.DispatchChannel.POST_REGISTERED ? "polecona" : "zwykła",
                        i.registerNumber(), i.getCaseReference(), i.getNotes()))
                .toList();
        return new PostalBook(me.organizationName(), day, rows);
    }
}
