package pl.ezd.web.api;

/** A refused field: which one (as named in the request) and why, in Polish. */
public record FieldProblem(int status, String code, String message, String field) {
}
