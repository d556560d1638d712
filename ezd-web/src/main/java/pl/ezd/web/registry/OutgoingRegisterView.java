package pl.ezd.web.registry;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;
import pl.ezd.correspondence.boundary.OutgoingItemView;
import pl.ezd.correspondence.boundary.OutgoingItems;
import pl.ezd.correspondence.boundary.PostalBook;

/** The outgoing register of a year, a page at a time, and the postal book of a day with its CSV. */
@Named
@ViewScoped
public class OutgoingRegisterView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Warsaw");

    @Inject
    OutgoingItems outgoingItems;

    private int year = LocalDate.now(OFFICE_ZONE).getYear();
    private LocalDate day = LocalDate.now(OFFICE_ZONE);
    private PostalBook book;
    private final LazyDataModel<OutgoingItemView> items = new Items();

    public void showBook() {
        try {
            book = outgoingItems.postalBook(day);
        } catch (EJBException e) {
            if (!(e.getCause() instanceof IllegalArgumentException refused)) {
                throw e;
            }
            book = null;
            Texts.errorText(pl.ezd.web.session.ScreenActions.wording(refused));
        }
    }

    public StreamedContent getBookCsv() {
        showBook();
        if (book == null) {
            return null;
        }
        byte[] csv = book.toCsv().getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name("ksiazka-nadawcza-" + book.day() + ".csv").contentType("text/csv; charset=UTF-8")
                .contentLength((long) csv.length).stream(() -> new ByteArrayInputStream(csv)).build();
    }

    public List<Integer> getYears() {
        int now = LocalDate.now(OFFICE_ZONE).getYear();
        return java.util.stream.IntStream.iterate(now, y -> y - 1).limit(11).boxed().toList();
    }

    public LazyDataModel<OutgoingItemView> getItems() { return items; }
    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public LocalDate getDay() { return day; }
    public void setDay(LocalDate day) { this.day = day; }
    public PostalBook getBook() { return book; }

    /** The year's register in number order, newest last as on paper. */
    private class Items extends LazyDataModel<OutgoingItemView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, outgoingItems.count(year));
        }

        @Override
        public List<OutgoingItemView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return outgoingItems.register(year, first, Math.min(pageSize, 500));
        }

        @Override
        public String getRowKey(OutgoingItemView item) {
            return String.valueOf(item.id());
        }

        @Override
        public OutgoingItemView getRowData(String rowKey) {
            return getWrappedData() == null ? null
                    : getWrappedData().stream().filter(item -> String.valueOf(item.id()).equals(rowKey)).findFirst().orElse(null);
        }
    }
}
