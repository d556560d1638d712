package pl.ezd.web.registry;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.primefaces.model.StreamedContent;
import pl.ezd.correspondence.boundary.IncomingItems;
import pl.ezd.correspondence.boundary.RegisterQuery;
import pl.ezd.correspondence.boundary.RegisteredItem;
import pl.ezd.correspondence.entity.DeliveryMethod;
import pl.ezd.correspondence.entity.ItemStatus;
import pl.ezd.validation.boundary.InvalidInputException;
import pl.ezd.web.session.CappedCount;

/**
 * The incoming register (RPW) on screen: filtered and sorted by the database a page at a time,
 * exported with the same filters as CSV (streamed) or as a printable PDF.
 */
@Named
@ViewScoped
public class IncomingRegisterView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IncomingItems incomingItems;

    private LocalDate from;
    private LocalDate to;
    private DeliveryMethod channel;
    private ItemStatus status;
    private String unit;
    private String text;
    private RegisterQuery.Sort sort = RegisterQuery.Sort.RPW;
    private boolean descending = true;
    private final LazyDataModel<RegisteredItem> items = new Items();
    private final CappedCount count = new CappedCount();

    /** The filters as typed; a contradiction (to before from) is shown and nothing is listed. */
    RegisterQuery query() {
        return new RegisterQuery(from, to, channel, status, unit, text, sort, descending);
    }

    public void applyFilter() {
        // the table reloads its first page with the new filters
    }

    public StreamedContent getCsv() {
        RegisterQuery query = validQuery();
        if (query == null) {
            return null;
        }
        return DefaultStreamedContent.builder().name("rejestr-przesylek-wplywajacych.csv").contentType("text/csv; charset=UTF-8")
                .writer(out -> incomingItems.exportCsv(query, out)).build();
    }

    public StreamedContent getPdf() {
        RegisterQuery query = validQuery();
        if (query == null) {
            return null;
        }
        try {
            byte[] pdf = incomingItems.exportPdf(query);
            return DefaultStreamedContent.builder().name("rejestr-przesylek-wplywajacych.pdf").contentType("application/pdf")
                    .contentLength((long) pdf.length).stream(() -> new ByteArrayInputStream(pdf)).build();
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> Texts.errorText(v.message()));
            return null;
        }
    }

    private RegisterQuery validQuery() {
        try {
            return query();
        } catch (IllegalArgumentException e) {
            Texts.errorText(pl.ezd.web.session.ScreenActions.wording(e));
            return null;
        }
    }

    /** The table's count: exact up to {@link CappedCount#CAP}, else "ponad …". */
    public CappedCount getCount() {
        return count;
    }

    public LazyDataModel<RegisteredItem> getItems() {
        return items;
    }

    public DeliveryMethod[] getChannels() {
        return DeliveryMethod.values();
    }

    public ItemStatus[] getStatuses() {
        return ItemStatus.values();
    }

    public RegisterQuery.Sort[] getSorts() {
        return RegisterQuery.Sort.values();
    }

    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public DeliveryMethod getChannel() { return channel; }
    public void setChannel(DeliveryMethod channel) { this.channel = channel; }
    public ItemStatus getStatus() { return status; }
    public void setStatus(ItemStatus status) { this.status = status; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public RegisterQuery.Sort getSort() { return sort; }
    public void setSort(RegisterQuery.Sort sort) { this.sort = sort == null ? RegisterQuery.Sort.RPW : sort; }
    public boolean isDescending() { return descending; }
    public void setDescending(boolean descending) { this.descending = descending; }

    /**
     * Pages from the database as the table asks for them; sorting by a column header wins over the
     * order chosen above the table.
     */
    private class Items extends LazyDataModel<RegisteredItem> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            RegisterQuery query = validQuery();
            if (query == null) {
                count.none();
                return 0;
            }
            int limit = count.limit();
            return count.rowCount(incomingItems.count(query, limit), limit);
        }

        @Override
        public List<RegisteredItem> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            for (SortMeta meta : sortBy.values()) {
                if (meta.getOrder() != SortOrder.UNSORTED && meta.getField() != null) {
                    sort = RegisterQuery.Sort.valueOf(meta.getField());
                    descending = meta.getOrder() == SortOrder.DESCENDING;
                }
            }
            count.loaded(first, pageSize);
            RegisterQuery query;
            try {
                query = query();
            } catch (IllegalArgumentException e) {
                return List.of();
            }
            try {
                return incomingItems.page(query, first, Math.min(pageSize, 500));
            } catch (EJBException e) {
                return List.of();
            }
        }

        @Override
        public String getRowKey(RegisteredItem item) {
            return String.valueOf(item.id());
        }

        @Override
        public RegisteredItem getRowData(String rowKey) {
            return getWrappedData() == null ? null
                    : getWrappedData().stream().filter(item -> String.valueOf(item.id()).equals(rowKey)).findFirst().orElse(null);
        }
    }
}
