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
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
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
