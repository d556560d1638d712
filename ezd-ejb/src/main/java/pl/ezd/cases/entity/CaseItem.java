package pl.ezd.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.Immutable;

/** A registered incoming item in a case file; once attached it stays (the file is never thinned). */
@Entity
@Immutable
@IdClass(CaseItem.Key.class)
@Table(name = "case_item")
public class CaseItem {

    @Id
    @Column(name = "case_id")
    private long caseId;

    @Id
    @Column(name = "item_id")
    private long itemId;

    @Column(name = "attached_at", nullable = false)
    private Instant attachedAt;

    @Column(name = "attached_by", nullable = false, length = 100)
    private String attachedBy;

    protected CaseItem() {
    }

    /** Attaching is a change to the case: refused once it is closed. */
    public CaseItem(Case theCase, long itemId, Instant attachedAt, String attachedBy) {
        theCase.requireOpen();
        this.caseId = theCase.getId();
        this.itemId = itemId;
        this.attachedAt = Objects.requireNonNull(attachedAt);
        this.attachedBy = Objects.requireNonNull(attachedBy);
    }

    public long getCaseId() {
        return caseId;
    }

    public long getItemId() {
        return itemId;
    }

    public Instant getAttachedAt() {
        return attachedAt;
    }

    public String getAttachedBy() {
        return attachedBy;
    }

    /** Composite identity: (case, item). */
    public record Key(long caseId, long itemId) implements Serializable {
        public Key() {
            this(0, 0);
        }
    }
}
