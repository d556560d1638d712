package pl.ezd.cases.boundary;

import java.time.Instant;
import pl.ezd.cases.entity.CaseDocumentRole;

/**
 * A document in a case file: its role there, title and current version (versions are read from
 * /documents), and the electronic signature check of the current version: {@code signatureVerdict}
 * (VALID / INVALID / INDETERMINATE) and {@code signatureSummary} (Polish, for the clerk), null when
 * the file is not signed or not yet checked.
 */
public record CaseDocumentView(long documentId, CaseDocumentRole role, String title, int currentVersion, Instant attachedAt,
                               String attachedBy, String signatureVerdict, String signatureSummary) {
}
