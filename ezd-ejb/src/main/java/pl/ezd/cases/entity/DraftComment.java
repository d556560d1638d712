package pl.ezd.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.Immutable;

/**
 * An approver's decision on one version of a draft, with their guidance. Never changed or removed:
 * a returned version and what was said about it stay in the case file (REQUIREMENTS §4).
 */
@Entity
@Immutable
@Table(name = "draft_comment")
public class DraftComment {

    static final int TEXT_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "draft_comment_seq")
    @SequenceGenerator(name = "draft_comment_seq", sequenceName = "draft_comment_seq", allocationSize = 50)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "document_id", nullable = false)
    private long documentId;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReviewOutcome outcome;

    @Column(name = "comment_text", length = TEXT_LENGTH)
    private String text;

    @Column(nullable = false, length = 100)
    private String author;

    @Column(name = "author_name", nullable = false, length = 200)
    private String authorName;

    @Column(name = "author_post", nullable = false, length = 255)
    private String authorPost;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected DraftComment() {
    }

    /** A return needs guidance for the clerk; an approval may carry a remark. */
    public DraftComment(Case theCase, long documentId, int versionNumber, ReviewOutcome outcome, String text, String author,
                        String authorName, String authorPost, Instant writtenAt) {
        theCase.requireOpen();
        String stripped = text == null || text.isBlank() ? null : text.strip();
        if (outcome == ReviewOutcome.RETURNED && stripped == null) {
            throw new IllegalArgumentException("Zwracając projekt, wpisz uwagi dla referenta");
        }
        if (stripped != null && stripped.length() > TEXT_LENGTH) {
            throw new IllegalArgumentException("Uwagi mogą mieć najwyżej " + TEXT_LENGTH + " znaków");
        }
        this.caseId = theCase.getId();
        this.documentId = documentId;
        this.versionNumber = versionNumber;
        this.outcome = Objects.requireNonNull(outcome);
        this.text = stripped;
        this.author = Objects.requireNonNull(author);
        this.authorName = Objects.requireNonNull(authorName);
        this.authorPost = Objects.requireNonNull(authorPost);
        this.writtenAt = Objects.requireNonNull(writtenAt);
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public long getDocumentId() {
        return documentId;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public ReviewOutcome getOutcome() {
        return outcome;
    }

    public String getText() {
        return text;
    }

    public String getAuthor() {
        return author;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getAuthorPost() {
        return authorPost;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
