package pl.ezd.cases.boundary;

import java.time.Instant;
import pl.ezd.cases.entity.ReviewOutcome;

/** An approver's decision on a version of a draft, as kept in the case file. */
public record DraftCommentView(long documentId, int versionNumber, ReviewOutcome outcome, String comment, String author,
                               String authorName, String authorPost, Instant writtenAt) {
}
