package pl.ezd.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The head of an organisation's audit chain: the last sequence number and its hash, kept apart
 * from the entries so that deleting entries from the end of the trail is detected. Its row lock
 * also orders the organisation's entries.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

    @Id
    @Column(name = "organization_id")
    private long organizationId;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected AuditChainHead() {
    }

    /** The head of a chain with no entries yet. */
    public AuditChainHead(long organizationId) {
        this.organizationId = organizationId;
        this.lastSeq = 0;
        this.lastHash = AuditChain.GENESIS;
    }

    public long getOrganizationId() {
        return organizationId;
    }

    public long getLastSeq() {
        return lastSeq;
    }

    public String getLastHash() {
        return lastHash;
    }

    /** Moves the head to the entry just written; the chain only grows one by one. */
    public void advance(long seq, String hash) {
        if (seq != lastSeq + 1) {
            throw new IllegalStateException("Audit chain of organisation " + organizationId + " must grow by one: " + lastSeq + " → " + seq);
        }
        this.lastSeq = seq;
        this.lastHash = hash;
    }
}
