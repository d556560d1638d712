package pl.ezd.web.api;

/** A refused file: the problem and, when it is about one place in the file, its line. */
public record FileProblem(int status, String code, String message, Integer line) {
}
