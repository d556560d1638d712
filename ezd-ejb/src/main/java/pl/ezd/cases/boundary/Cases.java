package pl.ezd.cases.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import pl.ezd.audit.boundary.AuditTrail;
import pl.ezd.classification.boundary.FilePlan;
import pl.ezd.classification.boundary.FinalClass;
import pl.ezd.correspondence.boundary.IncomingItems;
import pl.ezd.correspondence.boundary.RegisteredItem;
import pl.ezd.cases.control.MetrykaSprawy;
import pl.ezd.cases.entity.Case;
import pl.ezd.cases.entity.CaseDocument;
import pl.ezd.cases.entity.CaseDocumentRole;
import pl.ezd.cases.entity.CaseItem;
import pl.ezd.cases.entity.DraftComment;
import pl.ezd.cases.entity.ReviewOutcome;
import pl.ezd.documents.boundary.DocumentView;
import pl.ezd.documents.boundary.Documents;
import pl.ezd.cases.entity.ZnakSprawy;
import pl.ezd.numbering.boundary.RegisterNumbers;
import pl.ezd.organization.boundary.Caller;
import pl.ezd.organization.boundary.CallerIdentity;
import pl.ezd.organization.entity.Role;

/**
 * Cases of the caller's organisation: opening one under the next znak of the spis spraw, reading
 * it and its metryka, closing it. Every step is written to the metryka sprawy and the audit trail
 * in the same transaction.
 */
@Stateless
public class Cases {

    static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Warsaw");

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    RegisterNumbers numbers;

    @Inject
    MetrykaSprawy metryka;

    @Inject
    AuditTrail auditTrail;

    @Inject
    IncomingItems incomingItems;

    @Inject
    FilePlan filePlan;

    @Inject
    Documents documents;

    @Inject
    jakarta.enterprise.event.Event<CaseItemAttached> itemAttached;

    /**
     * Opens a case in a final class of the organisation's JRWA in force today, in the caller's unit
     * (their first post's unit when they name none).
     */
    @RolesAllowed({Role.CLERK_NAME, Role.HEAD_NAME})
    public CaseView open(String jrwaSymbol, String title, String description, String unitSymbol) {
        CallerIdentity me = caller.identity();
        CallerIdentity.Post post = me.post(unitSymbol);
        Instant now = Instant.now();
        LocalDate today = LocalDate.ofInstant(now, OFFICE_ZONE);
        FinalClass jrwaClass = (jrwaSymbol == null ? java.util.Optional.<FinalClass>empty() : filePlan.finalClass(jrwaSymbol.strip(), today))
                .orElseThrow(() -> new IllegalArgumentException(
                        "Sprawę zakłada się w klasie końcowej JRWA obowiązującego w urzędzie; " + jrwaSymbol + " nią nie jest"));
        int number = numbers.next(me.organizationId(), RegisterNumbers.SPIS_SPRAW, post.unitSymbol() + "/" + jrwaClass.symbol(),
                today.getYear());
        var znak = new ZnakSprawy(post.unitSymbol(), jrwaClass.symbol(), number, null, today.getYear());
        var opened = new Case(me.organizationId(), znak, jrwaClass.id(), title, description, me.username(), today, now);
        em.persist(opened);
        em.flush();
        metryka.record(opened, me, post, "Wszczęcie sprawy: " + opened.getTitle() + " (JRWA " + jrwaClass.symbol() + " "
                + jrwaClass.title() + ", kat. " + jrwaClass.homeCategory() + ")", znak.toString());
        auditTrail.record(me.organizationId(), me.username(), "CASE_OPENED", "Case", opened.getId(),
                znak + ": " + opened.getTitle());
        return CaseView.of(opened);
    }

    @RolesAllowed({Role.CLERK_NAME, Role.HEAD_NAME, Role.ARCHIVIST_NAME, Role.REGISTRY_NAME})
    public CaseView find(long id) {
        return CaseView.of(ofMyOrganization(id, LockModeType.NONE));
    }

    /** Closes the case with the date it was finally settled: its handler or a head may. */
    @RolesAllowed({Role.CLERK_NAME, Role.HEAD_NAME})
    public CaseView close(long id, LocalDate settled) {
        CallerIdentity me = caller.identity();
        Case theCase = ofMyOrganization(id, LockModeType.PESSIMISTIC_WRITE);
        if (!me.username().equals(theCase.getHandler()) && !me.hasRole(Role.HEAD)) {
            throw new IllegalArgumentException("Sprawę kończy jej prowadzący albo kierownik");
        }
        theCase.close(settled == null ? LocalDate.now(OFFICE_ZONE) : settled);
        metryka.record(theCase, me, postFor(me, theCase), "Zakończenie sprawy (data ostatecznego załatwienia " + theCase.getSettledOn() + ")", theCase.getZnak().toString());
        auditTrail.record(me.organizationId(), me.username(), "CASE_CLOSED", "Case", theCase.getId(),
                theCase.getZnak() + " załatwiona " + theCase.getSettledOn());
        return CaseView.of(theCase);
    }

    /**
     * Puts a registered item of the caller's organisation into the case file, with a metryka row
     * naming the item's RPW number. An item is attached to a case once.
     */
    @RolesAllowed({Role.CLERK_NAME, Role.HEAD_NAME})
    public List<RegisteredItem> attachItem(long caseId, long itemId) {
        CallerIdentity me = caller.identity();
        Case theCase = ofMyOrganization(caseId, LockModeType.PESSIMISTIC_WRITE);
        RegisteredItem item = incomingItems.find(itemId)
                .orElseThrow(() -> new IllegalArgumentException("Nie ma przesyłki " + itemId + " w rejestrze Twojego urzędu"));
        if (em.find(CaseItem.class, new CaseItem.Key(caseId, itemId)) != null) {
            throw new IllegalArgumentException("Przesyłka " + item.rpwNumber() + " jest już w aktach sprawy " + theCase.getZnak());
        }
        em.persist(new CaseItem(theCase, itemId, Instant.now(), me.username()));
        metryka.record(theCase, me, postFor(me, theCase), "Dołączenie przesyłki: " + item.title(), item.rpwNumber());
        auditTrail.record(me.organizationId(), me.username(), "CASE_ITEM_ATTACHED", "Case", theCase.getId(),
                theCase.getZnak() + " ← " + item.rpwNumber());
        itemAttached.fire(new CaseItemAttached(me.organizationId(), caseId, itemId, item.rpwNumber()));
        return items(caseId);
    }

    /** The registered items in the case file, in the order they were attached. */
    @RolesAllowed({Role.CLERK_NAME, Role.HEAD_NAME, Role.ARCHIVIST_NAME, Role.REGISTRY_NAME})
    public List<RegisteredItem> items(long caseId) {
        Case theCase = ofMyOrganization(caseId, LockModeType.NONE);
        return em.createQuery("select ci from CaseItem ci where ci.caseId = :case order by ci.attachedAt, ci.itemId", CaseItem.class)
                .setParameter("case", theCase.getId())
                .getResultStream()
                .map(link -> incomingItems.find(link.getItemId()).orElseThrow())
                .toList();
    }

    /**
     * Puts a document of the caller's organisation into the case file in a role (a draft of the
     * reply, an outgoing letter, other); a document is in a case file once.
     */
    @RolesAllowed({Role.CLERK_NAME, Role.HEAD_NAME})
    public List<CaseDocumentView> attachDocument(long caseId, long documentId, CaseDocumentRole role) {
        CallerIdentity me = caller.identity();
        Case theCase = ofMyOrganization(caseId, LockModeType.PESSIMISTIC_WRITE);
        theCase.requireOpen();
        if (role == null) {
            throw new IllegalArgumentException("Podaj rolę dokumentu w aktach sprawy (DRAFT, OUTGOING albo OTHER)");
        }
        DocumentView document = documents.find(documentId);
        if (em.find(CaseDocument.class, new CaseDocument.Key(caseId, documentId)) != null) {
            throw new IllegalArgumentException("Dokument „" + document.title() + "” jest już w aktach sprawy " + theCase.getZnak());
        }
        em.persist(new CaseDocument(theCase, documentId, role, Instant.now(), me.username()));
        metryka.record(theCase, me, postFor(me, theCase), roleAction(role) + ": " + document.title() + " (wersja "
                + document.currentVersion() + ")", documentIdentifier(documentId, document.currentVersion()));
        auditTrail.record(me.organizationId(), me.username(), "CASE_DOCUMENT_ATTACHED", "Case", theCase.getId(),
                theCase.getZnak() + " ← dokument " + documentId + " (" + role + ")");
        return documents(caseId);
    }

    private static String roleAction(CaseDocumentRole role) {
        return switch (role) {
            case DRAFT -> "Dodanie projektu pisma";
            case OUTGOING -> "Dodanie pisma wychodzącego";
            case OTHER -> "Dodanie dokumentu";
        };
    }

    /** How the metryka names a version of a document. */
    public static String documentIdentifier(long documentId, int version) {
        return "DOK/" + documentId + "/w" + version;
    }

    /** The documents in the case file, in the order they were added. */
    @RolesAllowed({Role.CLERK_NAME, Role.HEAD_NAME, Role.ARCHIVIST_NAME, Role.REGISTRY_NAME})
    public List<CaseDocumentView> documents(long caseId) {
        Case theCase = ofMyOrganization(caseId, LockModeType.NONE);
        return em.createQuery("select cd from CaseDocument cd where cd.caseId = :case order by cd.attachedAt, cd.documentId",
                        CaseDocument.class)
                .setParameter("case", theCase.getId())
                .getResultStream()
                .map(link -> {
                    DocumentView document = documents.find(link.getDocumentId());
                    return new CaseDocumentView(link.getDocumentId(), link.getRole(), document.title(), document.currentVersion(),
                            link.getAttachedAt(), link.getAttachedBy());
                })
                .toList();
    }

    /** The role of a document in the case file, when it is there. */
    @RolesAllowed({Role.CLERK_NAME, Role.HEAD_NAME, Role.ARCHIVIST_NAME, Role.REGISTRY_NAME})
    public java.util.Optional<CaseDocumentRole> roleOf(long caseId, long documentId) {
        ofMyOrganization(caseId, LockModeType.NONE);
        return java.util.Optional.ofNullable(em.find(CaseDocument.class, new CaseDocument.Key(caseId, documentId)))
                .map(CaseDocument::getRole);
    }

    /**
     * An approver's decision on the current version of a draft in the case file: kept with their
     * guidance (never removed, so a returned version and its comments stay in the file), written to
     * the metryka and the audit trail.
     */
    @RolesAllowed({Role.CLERK_NAME, Role.HEAD_NAME})
    public DraftCommentView reviewDraft(long caseId, long documentId, ReviewOutcome outcome, String comment, String stage) {
        CallerIdentity me = caller.identity();
        Case theCase = ofMyOrganization(caseId, LockModeType.PESSIMISTIC_WRITE);
        if (roleOf(caseId, documentId).orElse(null) != CaseDocumentRole.DRAFT) {
            throw new IllegalArgumentException("Dokument " + documentId + " nie jest projektem pisma w aktach sprawy " + theCase.getZnak());
        }
        DocumentView draft = documents.find(documentId);
        CallerIdentity.Post post = postFor(me, theCase);
        var written = new DraftComment(theCase, documentId, draft.currentVersion(), outcome, comment, me.username(),
                me.fullName(), post.title() + " (" + post.unitSymbol() + ")", Instant.now());
        em.persist(written);
        String action = (outcome == ReviewOutcome.APPROVED ? stage + ": zaakceptowany" : stage + ": zwrócony do poprawy")
                + (written.getText() == null ? "" : " – " + written.getText());
        metryka.record(theCase, me, post, abbreviate(action), documentIdentifier(documentId, draft.currentVersion()));
        auditTrail.record(me.organizationId(), me.username(), outcome == ReviewOutcome.APPROVED ? "DRAFT_APPROVED" : "DRAFT_RETURNED",
                "Case", theCase.getId(), theCase.getZnak() + ", dokument " + documentId + " wersja " + draft.currentVersion() + ": " + action);
        return view(written);
    }

    /** What approvers said about the drafts of the case, oldest first. */
    @RolesAllowed({Role.CLERK_NAME, Role.HEAD_NAME, Role.ARCHIVIST_NAME, Role.REGISTRY_NAME})
    public List<DraftCommentView> draftComments(long caseId) {
        Case theCase = ofMyOrganization(caseId, LockModeType.NONE);
        return em.createQuery("select c from DraftComment c where c.caseId = :case order by c.writtenAt, c.id", DraftComment.class)
                .setParameter("case", theCase.getId())
                .getResultStream()
                .map(Cases::view)
                .toList();
    }

    private static DraftCommentView view(DraftComment c) {
        return new DraftCommentView(c.getDocumentId(), c.getVersionNumber(), c.getOutcome(), c.getText(), c.getAuthor(),
                c.getAuthorName(), c.getAuthorPost(), c.getWrittenAt());
    }

    /**
     * A step of the case's circulation done elsewhere (sent for approval, signed, dispatched,
     * waiting for a reply), written to the metryka and the audit trail by the caller who did it, in
     * their transaction. Refused once the case is closed.
     */
    @RolesAllowed({Role.CLERK_NAME, Role.HEAD_NAME, Role.REGISTRY_NAME})
    public void recordStep(long caseId, String auditAction, String action, String documentIdentifier) {
        CallerIdentity me = caller.identity();
        Case theCase = ofMyOrganization(caseId, LockModeType.PESSIMISTIC_WRITE);
        theCase.requireOpen();
        metryka.record(theCase, me, postFor(me, theCase), abbreviate(action), documentIdentifier);
        auditTrail.record(me.organizationId(), me.username(), auditAction, "Case", theCase.getId(), theCase.getZnak() + ": " + action);
    }

    private static String abbreviate(String action) {
        return action.length() <= 255 ? action : action.substring(0, 254) + "…";
    }

    private static CallerIdentity.Post postFor(CallerIdentity me, Case theCase) {
        return me.posts().stream()
                .filter(held -> held.unitSymbol().equals(theCase.getZnak().unitSymbol()))
                .findFirst()
                .orElseGet(() -> me.post(null));
    }

    /** The spis spraw of a unit and final JRWA class for a year, in number order. */
    @RolesAllowed({Role.CLERK_NAME, Role.HEAD_NAME, Role.ARCHIVIST_NAME})
    public SpisSpraw spisSpraw(String unitSymbol, String jrwaSymbol, int year) {
        long organizationId = caller.organizationId();
        var no = new AtomicInteger();
        List<SpisSpraw.Row> rows = em.createQuery("""
                        select c from Case c where c.organizationId = :org and c.znak.unitSymbol = :unit
                        and c.znak.jrwaSymbol = :jrwa and c.znak.year = :year
                        order by c.znak.number, c.znak.subNumber""", Case.class)
                .setParameter("org", organizationId)
                .setParameter("unit", unitSymbol)
                .setParameter("jrwa", jrwaSymbol)
                .setParameter("year", year)
                .getResultStream()
                .map(c -> {
                    var first = items(c.getId()).stream().findFirst().map(RegisteredItem::metadata);
                    return new SpisSpraw.Row(no.incrementAndGet(), c.getZnak().toString(), c.getTitle(),
                            first.map(m -> m.senderName()).orElse(null), first.map(m -> m.senderReference()).orElse(null),
                            first.map(m -> m.dateOnLetter()).orElse(null), c.getOpenedOn(), c.getSettledOn(), c.getHandler(),
                            c.getDescription());
                })
                .toList();
        LocalDate today = LocalDate.now(OFFICE_ZONE);
        LocalDate endOfYear = LocalDate.of(year, 12, 31);
        String jrwaTitle = filePlan.finalClass(jrwaSymbol, endOfYear.isBefore(today) ? endOfYear : today)
                .map(FinalClass::title).orElse(null);
        return new SpisSpraw(year, today, unitSymbol, jrwaSymbol, jrwaTitle, rows);
    }

    /** The metryka sprawy, oldest first, numbered as printed. */
    @RolesAllowed({Role.CLERK_NAME, Role.HEAD_NAME, Role.ARCHIVIST_NAME, Role.REGISTRY_NAME})
    public List<MetrykaRow> metryka(long id) {
        Case theCase = ofMyOrganization(id, LockModeType.NONE);
        var no = new AtomicInteger();
        return metryka.of(theCase).stream()
                .map(m -> new MetrykaRow(no.incrementAndGet(), m.getOccurredAt(), m.getPersonName(), m.getPersonPost(),
                        m.getAction(), m.getDocumentId()))
                .toList();
    }

    private Case ofMyOrganization(long id, LockModeType lock) {
        Case found = em.find(Case.class, id, lock);
        if (found == null || found.getOrganizationId() != caller.organizationId()) {
            throw new CaseNotFoundException(id);
        }
        return found;
    }
}
