package pl.ezd.documents.boundary;

import java.time.Instant;
import java.util.List;
import pl.ezd.documents.entity.Document;
import pl.ezd.documents.entity.DocumentKind;

/**
 * A document with its versions, oldest first. {@code signatureVerdict} (VALID / INVALID /
 * INDETERMINATE) and {@code signatureSummary} (one Polish sentence for the clerk: verdict, signer,
 * kind of signature, time, coverage) are those of the current version; null (left out of the
 * JSON) while the file has no electronic signature or its check has not finished.
 */
public record DocumentView(long id, String title, DocumentKind kind, int currentVersion, Instant createdAt,
                           String createdBy, List<VersionView> versions, String signatureVerdict, String signatureSummary) {

    static DocumentView of(Document d) {
        List<VersionView> versions = d.getVersions().stream().map(VersionView::of).toList();
        VersionView current = versions.stream().filter(v -> v.number() == d.getCurrentVersion()).findFirst().orElse(null);
        return new DocumentView(d.getId(), d.getTitle(), d.getKind(), d.getCurrentVersion(), d.getCreatedAt(),
                d.getCreatedBy(), versions, current == null ? null : current.signatureVerdict(),
                current == null ? null : current.signatureSummary());
    }
}
