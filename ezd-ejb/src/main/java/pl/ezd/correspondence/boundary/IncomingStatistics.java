package pl.ezd.correspondence.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import pl.ezd.correspondence.control.IncomingVolume;
import pl.ezd.organization.boundary.Caller;
import pl.ezd.organization.entity.Role;

/** Read-only figures of the caller's organisation's incoming correspondence for the heads' dashboard. */
@Stateless
public class IncomingStatistics {

    private static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Warsaw");

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    /** Items received in the last {@code days} days (today included) by channel, most used first. */
    @RolesAllowed({Role.HEAD_NAME, Role.ORG_ADMIN_NAME, Role.REGISTRY_NAME})
    public List<ChannelVolume> volumeByChannel(int days) {
        if (days < 1 || days > 366) {
            throw new IllegalArgumentException("Okres to od 1 do 366 dni");
        }
        LocalDate today = LocalDate.now(OFFICE_ZONE);
        return new IncomingVolume(em).byChannel(caller.organizationId(), today.minusDays(days - 1L), today);
    }
}
