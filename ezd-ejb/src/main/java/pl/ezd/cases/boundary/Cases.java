package pl.ezd.cases.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import pl.ezd.audit.boundary.AuditTrail;
import pl.ezd.classification.boundary.FilePlan;
import pl.ezd.classification.boundary.FinalClass;
import pl.ezd.correspondence.boundary.IncomingItems;
import pl.ezd.correspondence.boundary.RegisteredItem;
import pl.ezd.cases.control.CasePrints;
import pl.ezd.cases.control.MetrykaSprawy;
import pl.ezd.cases.control.SpisSprawQuery;
import pl.ezd.cases.entity.Case;
import pl.ezd.cases.entity.CaseDocument;
import pl.ezd.cases.entity.CaseDocumentRole;
import pl.ezd.cases.entity.CaseItem;
import pl.ezd.cases.entity.CaseNote;
import pl.ezd.cases.entity.CaseStatus;
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

    /** The longest page of a case list. */
    public static final int MAX_PAGE_SIZE = 100;

    static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Warsaw");

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    jakarta.enterprise.event.Event<pl.ezd.correspondence.boundary.IncomingItemProgressed> itemProgressed;

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
    SpisSprawQuery spisSprawQuery;

    @Inject
    Documents documents;

    @Inject
    jakarta.enterprise.event.Event<CaseItemAttached> itemAttached;

    @Inject
    Event<CaseOpened> caseOpened;

    @Inject
    Event<CaseClosed> caseClosed;

    @Inject
    Event<CaseSuspension> caseSuspension;

    /**
     * Opens a case in a final class of the organisation's JRWA in force today, in the caller's unit
     * (their first post's unit when they name none). Its statutory deadline is a month from today.
     */
    @RolesAllowed({Role.CLERK_NAME, Role.HEAD_NAME})
    public CaseView open(String jrwaSymbol, String title, String description, String unitSymbol) {
        return open(jrwaSymbol, title, description, unitSymbol, (Integer) null);
    }

    /**
     * Opens a case as {@link #open(String, String, String, String)} does, in podteczka (sub-series)
     * {@code podteczka} of the class when one is given: the case then takes the next number of
     * that podteczka's own spis spraw, e.g. {@code GK.6730.2.1.2026} for the first case of
     * podteczka 2, under the same counter row lock as the class's spis spraw. Its statutory
     * deadline is a month from today.
     */
    @RolesAllowed({Role.CLERK_NAME, Role.HEAD_NAME})
    public CaseView open(String jrwaSymbol, String title, String description, String unitSymbol, Integer podteczka) {
        LocalDate today = LocalDate.now(OFFICE_ZONE);
        return open(jrwaSymbol, title, description, unitSymbol, podteczka, TerminZalatwienia.JEDEN_MIESIAC, today, null, null);
    }

    /**
     * Opens a case for a registered item of the caller's organisation, the letter that initiates
     * it: the item goes into the case file and the statutory deadline ({@code termin}, a month
     * when null) runs from the day the item reached the office (KPA art. 35, 61 §3).
     */
    @RolesAllowed({Role.CLERK_NAME, Role.HEAD_NAME})
    public CaseView openFor(long itemId, String jrwaSymbol, String title, String description, String unitSymbol,
                            TerminZalatwienia termin) {
        RegisteredItem item = incomingItems.find(itemId)
                .orElseThrow(() -> new pl.ezd.validation.boundary.InvalidInputException("itemId", "Nie ma przesyłki " + itemId + " w rejestrze Twojego urzędu"));
        return open(jrwaSymbol, title == null || title.isBlank() ? item.title() : title, description, unitSymbol, null,
                termin == null ? TerminZalatwienia.JEDEN_MIESIAC : termin, item.receivedOn(), item.senderName(), itemId);
    }

    private CaseView open(String jrwaSymbol, String title, String description, String unitSymbol, Integer podteczka,
                          TerminZalatwienia termin, LocalDate initiatedOn, String sender, Long initiatingItemId) {
        if (podteczka != null && (podteczka < 1 || podteczka > ZnakSprawy.MAX_PODTECZKA)) {
            throw new pl.ezd.validation.boundary.InvalidInputException("podteczka", "Numer podteczki musi być liczbą od 1 do " + ZnakSprawy.MAX_PODTECZKA);
        }
        CallerIdentity me = caller.identity();
        CallerIdentity.Post post = me.post(unitSymbol);
        Instant now = Instant.now();
        LocalDate today = LocalDate.ofInstant(now, OFFICE_ZONE);
        FinalClass jrwaClass = (jrwaSymbol == null ? java.util.Optional.<FinalClass>empty() : filePlan.finalClass(jrwaSymbol.strip(), today))
                .orElseThrow(() -> new pl.ezd.validation.boundary.InvalidInputException("jrwaSymbol", 
                        "Sprawę zakłada się w klasie końcowej JRWA obowiązującego w urzędzie; " + jrwaSymbol + " nią nie jest"));
        int number = numbers.next(me.organizationId(), RegisterNumbers.SPIS_SPRAW,
                ZnakSprawy.series(post.unitSymbol(), jrwaClass.symbol(), podteczka), today.getYear());
        var znak = new ZnakSprawy(post.unitSymbol(), jrwaClass.symbol(), number, podteczka, today.getYear());
        var opened = new Case(me.organizationId(), znak, jrwaClass.id(), title, description, me.username(), today, now);
        em.persist(opened);
        em.flush();
        metryka.record(opened, me, post, "Wszczęcie sprawy: " + opened.getTitle() + " (JRWA " + jrwaClass.symbol() + " "
                + jrwaClass.title() + (podteczka == null ? "" : ", podteczka " + podteczka) + ", kat. " + jrwaClass.homeCategory() + ")",
                znak.toString());
        auditTrail.record(me.organizationId(), me.username(), "CASE_OPENED", "Case", opened.getId(),
                znak + ": " + opened.getTitle());
        if (initiatingItemId != null) {
            attachItem(opened.getId(), initiatingItemId);
        }
        caseOpened.fire(new CaseOpened(opened.getId(), me.organizationId(), znak.toString(), opened.getTitle(), me.username(),
                post.unitSymbol(), termin, initiatedOn, sender));
        return CaseView.of(opened);
    }

    /**
     * zawieszenie postępowania: the statutory deadline stops running until {@link #resume}. Its
     * handler or a head may; written to the metryka with the reason.
     */
    @RolesAllowed({Role.CLERK_NAME, Role.HEAD_NAME})
    public CaseView suspend(long id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new pl.ezd.validation.boundary.InvalidInputException("reason", pl.ezd.validation.boundary.UserMessage.of("cases.suspension.reasonRequired"));
        }
        return suspension(id, true, reason.strip());
    }

    /** podjęcie zawieszonego postępowania: the deadline runs again, later by the suspended period. */
    @RolesAllowed({Role.CLERK_NAME, Role.HEAD_NAME})
    public CaseView resume(long id) {
        return suspension(id, false, null);
    }

    private CaseView suspension(long id, boolean suspended, String reason) {
        CallerIdentity me = caller.identity();
        Case theCase = ofMyOrganization(id, LockModeType.PESSIMISTIC_WRITE);
        if (!me.username().equals(theCase.getHandler()) && !me.hasRole(Role.HEAD)) {
            throw new pl.ezd.validation.boundary.RequestRefused("cases.suspension.notHandler");
        }
        if (theCase.getStatus() == pl.ezd.cases.entity.CaseStatus.CLOSED) {
            throw new pl.ezd.cases.entity.CaseClosedException(theCase.getZnak());
        }
        LocalDate today = LocalDate.now(OFFICE_ZONE);
        caseSuspension.fire(new CaseSuspension(theCase.getId(), me.organizationId(), suspended, today, reason));
        metryka.record(theCase, me, postFor(me, theCase), suspended ? "Zawieszenie postępowania: " + reason
                : "Podjęcie zawieszonego postępowania", theCase.getZnak().toString());
        auditTrail.record(me.organizationId(), me.username(), suspended ? "CASE_SUSPENDED" : "CASE_RESUMED", "Case",
                theCase.getId(), theCase.getZnak() + (suspended ? " zawieszona: " + reason : " podjęta"));
        return CaseView.of(theCase);
    }

    @RolesAllowed({Role.CLERK_NAME, Role.HEAD_NAME, Role.ARCHIVIST_NAME, Role.REGISTRY_NAME})
    public CaseView find(long id) {
        return CaseView.of(ofMyOrganization(id, LockModeType.NONE));
    }

    /**
     * The cases the caller handles (the "my cases" list), the newest first; only the open ones when
     * {@code openOnly}. Never more than {@link #MAX_PAGE_SIZE} at once.
     */
    @RolesAllowed({Role.CLERK_NAME, Role.HEAD_NAME})
    public List<CaseView> handledByMe(boolean openOnly, int first, int max) {
        CallerIdentity me = caller.identity();
        var query = em.createQuery("select c from Case c where c.organizationId = :org and c.handler = :me"
                        + (openOnly ? " and c.status <> :closed" : "") + " order by c.openedAt desc, c.id desc", Case.class)
                .setParameter("org", me.organizationId())
                .setParameter("me", me.username());
        if (openOnly) {
            query.setParameter("closed", CaseStatus.CLOSED);
        }
        return query.setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(max, MAX_PAGE_SIZE)))
                .getResultStream()
                .map(CaseView::of)
                .toList();
    }

    /** How many cases {@link #handledByMe} lists in all. */
    @RolesAllowed({Role.CLERK_NAME, Role.HEAD_NAME})
    public long countHandledByMe(boolean openOnly) {
        CallerIdentity me = caller.identity();
        var query = em.createQuery("select count(c) from Case c where c.organizationId = :org and c.handler = :me"
                        + (openOnly ? " and c.status <> :closed" : ""), Long.class)
                .setParameter("org", me.organizationId())
                .setParameter("me", me.username());
        if (openOnly) {
            query.setParameter("closed", CaseStatus.CLOSED);
        }
        return query.getSingleResult();
    }

    /** Closes the case with the date it was finally settled: its handler or a head may. */
    @RolesAllowed({Role.CLERK_NAME, Role.HEAD_NAME})
    public CaseView close(long id, LocalDate settled) {
        CallerIdentity me = caller.identity();
        Case theCase = ofMyOrganization(id, LockModeType.PESSIMISTIC_WRITE);
        if (!me.username().equals(theCase.getHandler()) && !me.hasRole(Role.HEAD)) {
            throw new pl.ezd.validation.boundary.RequestRefused("cases.close.notHandler");
        }
        theCase.close(settled == null ? LocalDate.now(OFFICE_ZONE) : settled);
        metryka.record(theCase, me, postFor(me, theCase), "Zakończenie sprawy (data ostatecznego załatwienia " + theCase.getSettledOn() + ")", theCase.getZnak().toString());
        auditTrail.record(me.organizationId(), me.username(), "CASE_CLOSED", "Case", theCase.getId(),
                theCase.getZnak() + " załatwiona " + theCase.getSettledOn());
        caseClosed.fire(new CaseClosed(theCase.getId(), me.organizationId(), theCase.getSettledOn()));
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
                .orElseThrow(() -> new pl.ezd.validation.boundary.InvalidInputException("itemId", "Nie ma przesyłki " + itemId + " w rejestrze Twojego urzędu"));
        if (em.find(CaseItem.class, new CaseItem.Key(caseId, itemId)) != null) {
            throw new pl.ezd.validation.boundary.InvalidInputException("itemId", "Przesyłka " + item.rpwNumber() + " jest już w aktach sprawy " + theCase.getZnak());
        }
        em.persist(new CaseItem(theCase, itemId, Instant.now(), me.username()));
        itemProgressed.fire(new pl.ezd.correspondence.boundary.IncomingItemProgressed(me.organizationId(), itemId,
                pl.ezd.correspondence.entity.ItemStatus.IN_CASE, theCase.getZnak().unitSymbol()));
        metryka.record(theCase, me, postFor(me, theCase), "Dołączenie przesyłki: " + item.title(), item.rpwNumber());
        auditTrail.record(me.organizationId(), me.username(), "CASE_ITEM_ATTACHED", "Case", theCase.getId(),
                theCase.getZnak() + " ← " + item.rpwNumber());
        itemAttached.fire(new CaseItemAttached(me.organizationId(), caseId, itemId, item.rpwNumber()));
        return items(caseId);
    }

    /**
     * Writes a note (notatka służbowa) into an open case file under the caller's name and post; it
     * is a row of the metryka and an audit entry, and can never be edited afterwards.
     */
    @RolesAllowed({Role.CLERK_NAME, Role.HEAD_NAME})
    public NoteView addNote(long caseId, String text) {
        CallerIdentity me = caller.identity();
        Case theCase = ofMyOrganization(caseId, LockModeType.PESSIMISTIC_WRITE);
        CallerIdentity.Post post = postFor(me, theCase);
        var note = new CaseNote(theCase, text, me.username(), me.fullName(), MetrykaSprawy.label(post), Instant.now());
        em.persist(note);
        em.flush();
        String documentId = "notatka " + note.getId();
        metryka.record(theCase, me, post, "Notatka służbowa: " + excerpt(note.getText(), 180), documentId);
        auditTrail.record(me.organizationId(), me.username(), "CASE_NOTE_WRITTEN", "Case", theCase.getId(),
                theCase.getZnak() + ", " + documentId + ": " + excerpt(note.getText(), 400));
        return NoteView.of(note);
    }

    /** The notes in the case file, oldest first. */
    @RolesAllowed({Role.CLERK_NAME, Role.HEAD_NAME, Role.ARCHIVIST_NAME, Role.REGISTRY_NAME})
    public List<NoteView> notes(long caseId) {
        Case theCase = ofMyOrganization(caseId, LockModeType.NONE);
        return em.createQuery("select n from CaseNote n where n.caseId = :case order by n.writtenAt, n.id", CaseNote.class)
                .setParameter("case", theCase.getId())
                .getResultStream()
                .map(NoteView::of)
                .toList();
    }

    private static String excerpt(String text, int length) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= length ? oneLine : oneLine.substring(0, length - 1) + "…";
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
            throw new pl.ezd.validation.boundary.InvalidInputException("role", "Podaj rolę dokumentu w aktach sprawy (DRAFT, OUTGOING albo OTHER)");
        }
        DocumentView document = documents.find(documentId);
        if (em.find(CaseDocument.class, new CaseDocument.Key(caseId, documentId)) != null) {
            throw new pl.ezd.validation.boundary.InvalidInputException("documentId", "Dokument „" + document.title() + "” jest już w aktach sprawy " + theCase.getZnak());
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
                            link.getAttachedAt(), link.getAttachedBy(), document.signatureVerdict(), document.signatureSummary());
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
            throw new pl.ezd.validation.boundary.InvalidInputException("documentId", "Dokument " + documentId + " nie jest projektem pisma w aktach sprawy " + theCase.getZnak());
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
        return spisSpraw(unitSymbol, jrwaSymbol, null, year);
    }

    /**
     * The spis spraw of a unit and final JRWA class for a year, or of one podteczka of that class,
     * in number order. The sender columns come from the first item attached to each case. Three
     * queries whatever the number of cases: the cases, their attached items, and (through the
     * correspondence boundary) those items' metadata.
     */
    @RolesAllowed({Role.CLERK_NAME, Role.HEAD_NAME, Role.ARCHIVIST_NAME})
    public SpisSpraw spisSpraw(String unitSymbol, String jrwaSymbol, Integer podteczka, int year) {
        var series = new SpisSprawQuery.Series(caller.organizationId(), unitSymbol, jrwaSymbol, podteczka, year);
        List<Case> found = spisSprawQuery.cases(series);
        Map<Long, Long> firstItemOfCase = spisSprawQuery.firstItemOfEachCase(series);
        Map<Long, RegisteredItem> firstItems = firstItemOfCase.isEmpty() ? Map.of()
                : incomingItems.findAll(firstItemOfCase.values()).stream()
                .collect(Collectors.toMap(RegisteredItem::id, Function.identity()));
        var no = new AtomicInteger();
        List<SpisSpraw.Row> rows = found.stream()
                .map(c -> {
                    var first = Optional.ofNullable(firstItemOfCase.get(c.getId())).map(firstItems::get).map(RegisteredItem::metadata);
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
        return new SpisSpraw(year, today, unitSymbol, jrwaSymbol, jrwaTitle, podteczka, rows);
    }

    /** The spis spraw as a printable A4 landscape PDF, headed by the organisation and unit. */
    @RolesAllowed({Role.CLERK_NAME, Role.HEAD_NAME, Role.ARCHIVIST_NAME})
    public byte[] spisSprawPdf(String unitSymbol, String jrwaSymbol, Integer podteczka, int year) {
        SpisSpraw spis = spisSpraw(unitSymbol, jrwaSymbol, podteczka, year);
        return CasePrints.spisSpraw(spis, caller.identity().organizationName());
    }

    /** The metryka sprawy as a printable PDF: the case's znak and title, then every row. */
    @RolesAllowed({Role.CLERK_NAME, Role.HEAD_NAME, Role.ARCHIVIST_NAME, Role.REGISTRY_NAME})
    public byte[] metrykaPdf(long id) {
        CaseView theCase = find(id);
        return CasePrints.metryka(theCase, metryka(id), caller.identity().organizationName(), LocalDate.now(OFFICE_ZONE));
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
