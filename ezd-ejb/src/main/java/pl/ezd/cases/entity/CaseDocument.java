package pl.ezd.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.Immutable;

/**
 * A document of the documents component in a case file, with its role there. Its versions live
 * in the documents component (immutable), so every version a draft went through, including a
 * returned one, stays readable from the case file.
 */
@Entity
@Immutable
@IdClass(CaseDocument.Key.class)
@Table(name = "case_document")
public class CaseDocument {

    @Id
    @Column(name = "case_id")
    private long caseId;

    @Id
    @Column(name = "document_id")
    private long documentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_role", nullable = false, length = 16)
    private CaseDocumentRole role;

    @Column(name = "attached_at", nullable = false)
    private Instant attachedAt;

    @Column(name = "attached_by", nullable = false, length = 100)
    private String attachedBy;

    protected CaseDocument() {
    }

    /** Adding a document is a change to the case: refused once it is closed. */
    public CaseDocument(Case theCase, long documentId, CaseDocumentRole role, Instant attachedAt, String attachedBy) {
        theCase.requireOpen();
        this.caseId = theCase.getId();
        this.documentId = documentId;
        this.role = Objects.requireNonNull(role, "role");
        this.attachedAt = Objects.requireNonNull(attachedAt);
        this.attachedBy = Objects.requireNonNull(attachedBy);
    }

    public long getCaseId() {
        return caseId;
    }

    public long getDocumentId() {
        return documentId;
    }

    public CaseDocumentRole getRole() {
        return role;
    }

    public Instant getAttachedAt() {
        return attachedAt;
    }

    public String getAttachedBy() {
        return attachedBy;
    }

    /** Composite identity: (case, document). */
    public record Key(long caseId, long documentId) implements Serializable {
        public Key() {
            this(0, 0);
        }
    }
}
