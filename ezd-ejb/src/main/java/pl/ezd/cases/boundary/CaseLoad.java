package pl.ezd.cases.boundary;

/**
 * How many cases one person handles in one unit: open ones, and of them those past their statutory
 * deadline. A row of the heads' dashboard.
 */
public record CaseLoad(String unitSymbol, String handler, long open, long overdue) {
}
