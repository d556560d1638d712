package pl.ezd.audit.entity;

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

/** One recorded state change. Immutable: only ever inserted. */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {

    static final int DETAIL_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    private Long id;

    @Column(name = "organization_id", nullable = false)
    private long organizationId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(nullable = false, length = 64)
    private String action;

    @Column(name = "subject_type", nullable = false, length = 64)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, length = 64)
    private String subjectId;

    @Column(length = DETAIL_LENGTH)
    private String detail;

    /** Position in the organisation's chain, from 1. */
    @Column(nullable = false)
    private long seq;

    @Column(name = "previous_hash", nullable = false, length = 64)
    private String previousHash;

    @Column(name = "entry_hash", nullable = false, length = 64)
    private String entryHash;

    protected AuditEntry() {
    }

    /** An entry about to be chained: {@link #chain} gives it its place before it is persisted. */
    public AuditEntry(long organizationId, Instant occurredAt, String actor, String action, String subjectType,
                      String subjectId, String detail) {
        this.organizationId = organizationId;
        // the database keeps microseconds: hash what will be stored
        this.occurredAt = Objects.requireNonNull(occurredAt).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        this.actor = Objects.requireNonNull(actor);
        this.action = Objects.requireNonNull(action);
        this.subjectType = Objects.requireNonNull(subjectType);
        this.subjectId = Objects.requireNonNull(subjectId);
        this.detail = detail == null || detail.length() <= DETAIL_LENGTH ? detail : detail.substring(0, DETAIL_LENGTH - 1) + "…";
    }

    /** Links the entry after the head of its organisation's chain and moves the head to it. */
    public void chain(AuditChainHead head) {
        if (head.getOrganizationId() != organizationId) {
            throw new IllegalArgumentException("Entry and chain head belong to different organisations");
        }
        this.seq = head.getLastSeq() + 1;
        this.previousHash = head.getLastHash();
        this.entryHash = AuditChain.hash(previousHash, seq, organizationId, occurredAt, actor, action,
                subjectType, subjectId, detail);
        head.advance(seq, entryHash);
    }

    public AuditChain.Link link() {
        return new AuditChain.Link(seq, organizationId, occurredAt, actor, action, subjectType, subjectId,
                detail, previousHash, entryHash);
    }

    public Long getId() {
        return id;
    }

    public long getOrganizationId() {
        return organizationId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public String getDetail() {
        return detail;
    }
}
