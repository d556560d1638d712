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
import pl.ezd.cases.control.MetrykaSprawy;
import pl.ezd.cases.entity.Case;
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

    /**
     * Opens a case in a final JRWA class (4 digits in a gmina's JRWA) of the caller's unit (their
     * first post's unit when they name none).
     */
    @RolesAllowed({Role.CLERK_NAME, Role.HEAD_NAME})
    public CaseView open(String jrwaSymbol, String title, String description, String unitSymbol) {
        CallerIdentity me = caller.identity();
        CallerIdentity.Post post = me.post(unitSymbol);
        if (jrwaSymbol == null || !jrwaSymbol.matches("\\d{4}")) {
            throw new IllegalArgumentException("Sprawę zakłada się w klasie końcowej JRWA (4 cyfry), nie w: " + jrwaSymbol);
        }
        Instant now = Instant.now();
        LocalDate today = LocalDate.ofInstant(now, OFFICE_ZONE);
        int number = numbers.next(me.organizationId(), RegisterNumbers.SPIS_SPRAW, post.unitSymbol() + "/" + jrwaSymbol,
                today.getYear());
        var znak = new ZnakSprawy(post.unitSymbol(), jrwaSymbol, number, null, today.getYear());
        var opened = new Case(me.organizationId(), znak, title, description, me.username(), today, now);
        em.persist(opened);
        em.flush();
        metryka.record(opened, me, post, "Wszczęcie sprawy: " + opened.getTitle(), znak.toString());
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
        CallerIdentity.Post post = me.posts().stream()
                .filter(held -> held.unitSymbol().equals(theCase.getZnak().unitSymbol()))
                .findFirst()
                .orElseGet(() -> me.post(null));
        metryka.record(theCase, me, post, "Zakończenie sprawy (data ostatecznego załatwienia " + theCase.getSettledOn() + ")", theCase.getZnak().toString());
        auditTrail.record(me.organizationId(), me.username(), "CASE_CLOSED", "Case", theCase.getId(),
                theCase.getZnak() + " załatwiona " + theCase.getSettledOn());
        return CaseView.of(theCase);
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
