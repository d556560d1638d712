package pl.ezd.web.dashboard;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import pl.ezd.cases.boundary.CaseLoad;
import pl.ezd.cases.boundary.CaseStatistics;
import pl.ezd.correspondence.boundary.ChannelVolume;
import pl.ezd.correspondence.boundary.IncomingStatistics;
import pl.ezd.workflow.boundary.StatutoryDeadlines;

/**
 * The heads' dashboard: open and overdue cases per unit and per person, and incoming items by
 * channel over the last 30 days, each as a chart (Chart.js, drawn by PrimeFaces) and as a table
 * that screen readers and keyboards use.
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int DAYS = 30;

    @Inject
    CaseStatistics caseStatistics;

    @Inject
    StatutoryDeadlines deadlines;

    @Inject
    IncomingStatistics incomingStatistics;

    private List<CaseLoad> workload;
    private List<UnitLoad> units;
    private List<ChannelVolume> channels;

    /** A unit's open and overdue cases, summed over its handlers. */
    public record UnitLoad(String unitSymbol, long open, long overdue) {
    }

    public List<CaseLoad> getWorkload() {
        if (workload == null) {
            workload = caseStatistics.workload(deadlines.overdueCaseIds());
        }
        return workload;
    }

    public List<UnitLoad> getUnits() {
        if (units == null) {
            Map<String, long[]> sums = new TreeMap<>();
            for (CaseLoad load : getWorkload()) {
                long[] sum = sums.computeIfAbsent(load.unitSymbol(), u -> new long[2]);
                sum[0] += load.open();
                sum[1] += load.overdue();
            }
            units = sums.entrySet().stream().map(e -> new UnitLoad(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        }
        return units;
    }

    public List<ChannelVolume> getChannels() {
        if (channels == null) {
            channels = incomingStatistics.volumeByChannel(DAYS);
        }
        return channels;
    }

    public int getDays() {
        return DAYS;
    }

    public long getIncomingTotal() {
        return getChannels().stream().mapToLong(ChannelVolume::items).sum();
    }

    public String channelLabel(ChannelVolume volume) {
        return text("dashboard.channel." + (volume.channel() == null ? "NONE" : volume.channel().name()));
    }

    public String getUnitsChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder open = Json.createArrayBuilder();
        JsonArrayBuilder overdue = Json.createArrayBuilder();
        getUnits().forEach(u -> {
            labels.add(u.unitSymbol());
            open.add(u.open());
            overdue.add(u.overdue());
        });
        return barChart(labels, open, overdue);
    }

    public String getPeopleChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder open = Json.createArrayBuilder();
        JsonArrayBuilder overdue = Json.createArrayBuilder();
        getWorkload().forEach(l -> {
            labels.add(l.handler() + " (" + l.unitSymbol() + ")");
            open.add(l.open());
            overdue.add(l.overdue());
        });
        return barChart(labels, open, overdue);
    }

    public String getChannelsChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder items = Json.createArrayBuilder();
        getChannels().forEach(c -> {
            labels.add(channelLabel(c));
            items.add(c.items());
        });
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", text("dashboard.incoming.items")).add("data", items)
                                .add("backgroundColor", "#1e3a5f"))))
                .add("options", Json.createObjectBuilder().add("indexAxis", "y").add("animation", false)
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", false))))
                .build().toString();
    }

    private String barChart(JsonArrayBuilder labels, JsonArrayBuilder open, JsonArrayBuilder overdue) {
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", text("dashboard.open")).add("data", open)
                                .add("backgroundColor", "#1e3a5f"))
                        .add(Json.createObjectBuilder().add("label", text("dashboard.overdue")).add("data", overdue)
                                .add("backgroundColor", "#b91c1c"))))
                .add("options", Json.createObjectBuilder().add("animation", false)
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }

    private static String text(String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "adm");
        return bundle.getString(key);
    }
}
