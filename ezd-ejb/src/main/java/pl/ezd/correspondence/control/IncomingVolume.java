package pl.ezd.correspondence.control;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import pl.ezd.correspondence.boundary.ChannelVolume;
import pl.ezd.correspondence.entity.DeliveryMethod;

/** Counts an organisation's incoming items by channel over days of receipt, grouped in the database. */
public class IncomingVolume {

    private final EntityManager em;

    public IncomingVolume(EntityManager em) {
        this.em = em;
    }

    /** Items received from {@code from} to {@code to}, both inclusive, by channel; channels with none are left out. */
    public List<ChannelVolume> byChannel(long organizationId, LocalDate from, LocalDate to) {
        return em.createQuery("""
                        select i.deliveryMethod, count(i) from IncomingItem i
                        where i.organizationId = :org and i.receivedOn >= :from and i.receivedOn <= :to
                        group by i.deliveryMethod""", Object[].class)
                .setParameter("org", organizationId).setParameter("from", from).setParameter("to", to)
                .getResultStream()
                .map(row -> new ChannelVolume((DeliveryMethod) row[0], (Long) row[1]))
                .sorted(Comparator.comparing(ChannelVolume::items).reversed()
                        .thenComparing(v -> v.channel() == null ? "~" : v.channel().name()))
                .toList();
    }
}
