package pl.ezd.cases.boundary;

import java.time.Instant;

/** A row of the metryka sprawy as printed: no., date, person (name, post), action, document. */
public record MetrykaRow(int no, Instant occurredAt, String personName, String personPost, String action,
                         String documentId) {
}
