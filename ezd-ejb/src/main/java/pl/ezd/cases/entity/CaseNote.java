package pl.ezd.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.Immutable;

/**
 * A note in a case file (notatka służbowa): what the handler wants on record, with its author, the
 * post they wrote it in, and when. Written once into an open case; never edited or removed.
 */
@Entity
@Immutable
@Table(name = "case_note")
public class CaseNote {

    public static final int TEXT_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_note_seq")
    @SequenceGenerator(name = "case_note_seq", sequenceName = "case_note_seq", allocationSize = 50)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "note_text", nullable = false, updatable = false, length = TEXT_LENGTH)
    private String text;

    /** The author's username. */
    @Column(nullable = false, updatable = false, length = 100)
    private String author;

    @Column(name = "author_name", nullable = false, updatable = false, length = 200)
    private String authorName;

    @Column(name = "author_post", nullable = false, updatable = false, length = 255)
    private String authorPost;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    protected CaseNote() {
    }

    /** Writing a note is a change to the case: refused once it is closed. */
    public CaseNote(Case theCase, String text, String author, String authorName, String authorPost, Instant writtenAt) {
        theCase.requireOpen();
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Treść notatki jest wymagana");
        }
        if (text.strip().length() > TEXT_LENGTH) {
            throw new IllegalArgumentException("Notatka może mieć najwyżej " + TEXT_LENGTH + " znaków");
        }
        this.caseId = theCase.getId();
        this.text = text.strip();
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
