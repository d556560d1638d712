package pl.ezd.cases.boundary;

import java.time.Instant;
import pl.ezd.cases.entity.CaseDocumentRole;

/** A document in a case file: its role there, title and current version (versions are read from /documents). */
public record CaseDocumentView(long documentId, CaseDocumentRole role, String title, int currentVersion, Instant attachedAt,
                               String attachedBy) {
}
