package pl.ezd.documents.boundary;

import java.time.Instant;
import java.util.List;
import pl.ezd.documents.entity.Document;
import pl.ezd.documents.entity.DocumentKind;

/** A document with its versions, oldest first. */
public record DocumentView(long id, String title, DocumentKind kind, int currentVersion, Instant createdAt,
                           String createdBy, List<VersionView> versions) {

    static DocumentView of(Document d) {
        return new DocumentView(d.getId(), d.getTitle(), d.getKind(), d.getCurrentVersion(), d.getCreatedAt(),
                d.getCreatedBy(), d.getVersions().stream().map(VersionView::of).toList());
    }
}
