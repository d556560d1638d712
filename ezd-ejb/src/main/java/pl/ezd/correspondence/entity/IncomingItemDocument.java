package pl.ezd.correspondence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A file of an incoming item (scan, original electronic document, attachment), held as a document. */
@Entity
@Table(name = "incoming_item_document")
@IdClass(IncomingItemDocument.Key.class)
public class IncomingItemDocument {

    @Id
    @Column(name = "item_id")
    private long itemId;

    @Id
    @Column(name = "document_id")
    private long documentId;

    /** 1 for the first file of the item, in the order the files were given. */
    @Column(name = "file_order", nullable = false)
    private int order;

    @Column(name = "attached_at", nullable = false)
    private Instant attachedAt;

    @Column(name = "attached_by", nullable = false, length = 100)
    private String attachedBy;

    protected IncomingItemDocument() {
    }

    public IncomingItemDocument(long itemId, long documentId, int order, Instant attachedAt, String attachedBy) {
        this.itemId = itemId;
        this.documentId = documentId;
        this.order = order;
        this.attachedAt = Objects.requireNonNull(attachedAt);
        this.attachedBy = Objects.requireNonNull(attachedBy);
    }

    public long getItemId() {
        return itemId;
    }

    public long getDocumentId() {
        return documentId;
    }

    public int getOrder() {
        return order;
    }

    public Instant getAttachedAt() {
        return attachedAt;
    }

    public String getAttachedBy() {
        return attachedBy;
    }

    public record Key(long itemId, long documentId) implements Serializable {
        public Key() {
            this(0, 0);
        }
    }
}
