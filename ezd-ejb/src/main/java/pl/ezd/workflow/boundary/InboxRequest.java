package pl.ezd.workflow.boundary;

/**
 * A page of the inbox: from which row ({@code first}, from 0), how many (1 to 200), in which
 * order and filtered how. By default the newest task comes first.
 */
public record InboxRequest(int first, int pageSize, InboxSort sort, boolean ascending, InboxFilter filter) {

    public static final int MAX_PAGE_SIZE = 200;

    public InboxRequest {
        if (first < 0) {
            throw new IllegalArgumentException("Numer pierwszego wiersza nie może być ujemny");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("Na stronie może być od 1 do " + MAX_PAGE_SIZE + " zadań");
        }
        sort = sort == null ? InboxSort.CREATED : sort;
        filter = filter == null ? InboxFilter.NONE : filter;
    }

    public static InboxRequest newestFirst(int first, int pageSize) {
        return new InboxRequest(first, pageSize, InboxSort.CREATED, false, InboxFilter.NONE);
    }
}
