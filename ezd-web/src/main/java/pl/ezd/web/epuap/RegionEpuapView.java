package pl.ezd.web.epuap;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import pl.ezd.epuap.boundary.EpuapOverview;
import pl.ezd.organization.boundary.AdminViews.OrganizationView;
import pl.ezd.organization.boundary.OrganizationAdministration;

/**
 * ePUAP across the region for the regional administrator ({@code /epuap/region.xhtml}): every
 * organisation with its inbox address, on/off, last pull and its outcome, and the counts
 * (registered, needing attention, pending, set aside, unacknowledged). Counts only, no records.
 */
@Named
@ViewScoped
public class RegionEpuapView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EpuapOverview overview;

    @Inject
    OrganizationAdministration administration;

    /** One organisation's line. */
    public record Row(long organizationId, String name, String teryt, String adresSkrytki, boolean enabled, Instant lastPollAt,
                      String lastPollError, long imported, long failed, long pending, long dismissed, long unacknowledged)
            implements Serializable {
    }

    private List<Row> rows;

    public List<Row> getRows() {
        if (rows == null) {
            Map<Long, EpuapOverview.OrganizationCounts> counts = overview.organizations().stream()
                    .collect(Collectors.toMap(EpuapOverview.OrganizationCounts::organizationId, Function.identity()));
            rows = administration.organizations().stream()
                    .map(o -> row(o, counts.get(o.id())))
                    .toList();
        }
        return rows;
    }

    private static Row row(OrganizationView organization, EpuapOverview.OrganizationCounts c) {
        if (c == null) {
            return new Row(organization.id(), organization.name(), organization.teryt(), null, false, null, null, 0, 0, 0, 0, 0);
        }
        return new Row(organization.id(), organization.name(), organization.teryt(), c.adresSkrytki(), c.enabled(), c.lastPollAt(),
                c.lastPollError(), c.imported(), c.failed(), c.pending(), c.dismissed(), c.unacknowledged());
    }

    public void refresh() {
        rows = null;
    }
}
