package pl.ezd.epuap.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import pl.ezd.audit.boundary.AuditTrail;
import pl.ezd.epuap.entity.EpuapInbox;
import pl.ezd.epuap.entity.ReceivedDocument;
import pl.ezd.epuap.entity.ReceivedState;
import pl.ezd.organization.boundary.Caller;
import pl.ezd.organization.boundary.CallerIdentity;
import pl.ezd.organization.entity.Role;
import pl.ezd.validation.boundary.InvalidInputException;

/**
 * What the ePUAP screens need beyond {@link ReceivedDocuments} and {@link EpuapInboxes}: the
 * "needs attention" list in pages, counts per inbox address for the organisation's administrator,
 * the installation-wide table for the regional administrator (counts and the last pull of every
 * organisation, no records), and a pull started by hand.
 */
@Stateless
public class EpuapOverview {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AuditTrail auditTrail;

    @Inject
    EpuapImport imports;

    /** Counts of one inbox address (documents imported from a package without one count under "(paczka ZIP)"). */
    public record InboxCounts(String adresSkrytki, long imported, long failed, long pending, long dismissed) {
    }

    /**
     * One organisation in the regional administrator's table: its inbox (null address when none is
     * configured), whether it is on, the last pull and its error, and its counts.
     */
    public record OrganizationCounts(long organizationId, String adresSkrytki, boolean enabled, boolean certificateStored,
                                     Instant lastPollAt, String lastPollError, long imported, long failed, long pending,
                                     long dismissed, long unacknowledged) {
    }

    /** How many documents of the caller's organisation need attention (for the paged list). */
    @RolesAllowed({Role.REGISTRY_NAME, Role.ORG_ADMIN_NAME})
    public long attentionCount() {
        return em.createQuery("select count(d) from ReceivedDocument d where d.organizationId = :org and d.state = :state", Long.class)
                .setParameter("org", caller.organizationId()).setParameter("state", ReceivedState.NEEDS_ATTENTION)
                .getSingleResult();
    }

    /** A page of the documents that need attention, newest first. */
    @RolesAllowed({Role.REGISTRY_NAME, Role.ORG_ADMIN_NAME})
    public List<ReceivedView> attention(int first, int max) {
        return em.createQuery("select d from ReceivedDocument d where d.organizationId = :org and d.state = :state order by d.id desc",
                        ReceivedDocument.class)
                .setParameter("org", caller.organizationId()).setParameter("state", ReceivedState.NEEDS_ATTENTION)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 500)))
                .getResultStream().map(ReceivedView::of).toList();
    }

    /** Counts of the caller's organisation per inbox address. */
    @RolesAllowed({Role.ORG_ADMIN_NAME, Role.REGISTRY_NAME})
    public List<InboxCounts> countsPerInbox() {
        Map<String, long[]> byInbox = new LinkedHashMap<>();
        em.createQuery("select d.adresSkrytki, d.state, count(d) from ReceivedDocument d where d.organizationId = :org"
                        + " group by d.adresSkrytki, d.state order by d.adresSkrytki", Object[].class)
                .setParameter("org", caller.organizationId())
                .getResultStream()
                .forEach(row -> add(byInbox.computeIfAbsent((String) row[0], k -> new long[5]), (ReceivedState) row[1], (Long) row[2]));
        List<InboxCounts> counts = new ArrayList<>();
        byInbox.forEach((inbox, c) -> counts.add(new InboxCounts(inbox, c[0], c[1], c[2], c[3])));
        return counts;
    }

    /** Every organisation that has an inbox or received documents, with its counts (regional administrator; no records). */
    @RolesAllowed(Role.REGION_ADMIN_NAME)
    public List<OrganizationCounts> organizations() {
        Map<Long, long[]> counts = new LinkedHashMap<>();
        em.createQuery("select d.organizationId, d.state, count(d) from ReceivedDocument d group by d.organizationId, d.state", Object[].class)
                .getResultStream()
                .forEach(row -> add(counts.computeIfAbsent((Long) row[0], k -> new long[5]), (ReceivedState) row[1], (Long) row[2]));
        em.createQuery("select d.organizationId, count(d) from ReceivedDocument d where d.acknowledgedAt is null and d.source = :pull"
                        + " group by d.organizationId", Object[].class)
                .setParameter("pull", ReceivedDocument.Source.PULL)
                .getResultStream().forEach(row -> counts.computeIfAbsent((Long) row[0], k -> new long[5])[4] = (Long) row[1]);
        Map<Long, EpuapInbox> inboxes = new LinkedHashMap<>();
        em.createQuery("select i from EpuapInbox i order by i.organizationId", EpuapInbox.class)
                .getResultStream().forEach(i -> inboxes.put(i.getOrganizationId(), i));
        var organizations = new java.util.TreeSet<Long>(counts.keySet());
        organizations.addAll(inboxes.keySet());
        List<OrganizationCounts> rows = new ArrayList<>();
        for (long org : organizations) {
            EpuapInbox i = inboxes.get(org);
            long[] c = counts.getOrDefault(org, new long[5]);
            rows.add(new OrganizationCounts(org, i == null ? null : i.getAdresSkrytki(), i != null && i.isEnabled(),
                    i != null && i.getCertificateSubject() != null, i == null ? null : i.getLastPollAt(),
                    i == null ? null : i.getLastPollError(), c[0], c[1], c[2], c[3], c[4]));
        }
        return rows;
    }

    /**
     * Starts a pull of the caller's organisation's inbox now, in the background (the result shows
     * as the inbox's last pull); refused when the inbox is not configured or not switched on.
     */
    @RolesAllowed(Role.ORG_ADMIN_NAME)
    public void pullNow() {
        CallerIdentity me = caller.identity();
        Optional<EpuapInbox> inbox = em.createQuery("select i from EpuapInbox i where i.organizationId = :org", EpuapInbox.class)
                .setParameter("org", me.organizationId()).getResultStream().findFirst();
        if (inbox.isEmpty()) {
            throw new InvalidInputException("inbox", "Skrytka ePUAP nie jest skonfigurowana");
        }
        if (!inbox.get().isEnabled()) {
            throw new InvalidInputException("inbox", "Skrytka ePUAP jest wyłączona: włącz ją, aby pobrać pisma");
        }
        auditTrail.record(me.organizationId(), me.username(), "EPUAP_PULL_REQUESTED", "EpuapInbox", inbox.get().getId(),
                "pobranie pism ze skrytki " + inbox.get().getAdresSkrytki() + " na żądanie administratora");
        imports.pullInBackground(inbox.get().getId());
    }

    private static void add(long[] c, ReceivedState state, long n) {
        switch (state) {
            case REGISTERED -> c[0] += n;
            case NEEDS_ATTENTION -> c[1] += n;
            case STORED -> c[2] += n;
            case DISMISSED -> c[3] += n;
            default -> { }
        }
    }
}
