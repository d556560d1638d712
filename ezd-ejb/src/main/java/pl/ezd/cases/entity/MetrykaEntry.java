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
 * A row of the metryka sprawy (KPA art. 66a): when, who (name and post), what was done, and the
 * identifier of the document it concerns. Written by the system as things happen; never edited.
 */
@Entity
@Immutable
@Table(name = "metryka_entry")
public class MetrykaEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "metryka_entry_seq")
    @SequenceGenerator(name = "metryka_entry_seq", sequenceName = "metryka_entry_seq", allocationSize = 50)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "person_name", nullable = false, length = 200)
    private String personName;

    @Column(name = "person_post", nullable = false, length = 255)
    private String personPost;

    @Column(nullable = false, length = 255)
    private String action;

    @Column(name = "document_id", length = 100)
    private String documentId;

    protected MetrykaEntry() {
    }

    public MetrykaEntry(long caseId, Instant occurredAt, String personName, String personPost, String action,
                        String documentId) {
        this.caseId = caseId;
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.personName = Objects.requireNonNull(personName);
        this.personPost = Objects.requireNonNull(personPost);
        this.action = Objects.requireNonNull(action);
        this.documentId = documentId;
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getPersonName() {
        return personName;
    }

    public String getPersonPost() {
        return personPost;
    }

    public String getAction() {
        return action;
    }

    public String getDocumentId() {
        return documentId;
    }
}
