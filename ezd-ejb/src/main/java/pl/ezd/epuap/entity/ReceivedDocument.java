package pl.ezd.epuap.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A document received from ePUAP (pulled, or imported from an export package), kept with its
 * transport data as the item's receipt record: stored first, in its own transaction, under its
 * {@link IdempotenceKey}; then registered in the RPW, or set aside with a reason.
 */
@Entity
@Table(name = "epuap_received")
public class ReceivedDocument {

    public enum Source { PULL, ZIP }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "epuap_received_seq")
    @SequenceGenerator(name = "epuap_received_seq", sequenceName = "epuap_received_seq", allocationSize = 50)
    private Long id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private long organizationId;

    @Column(name = "idempotence_key", nullable = false, updatable = false, length = 64)
    private String idempotenceKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 8)
    private Source source;

    @Column(name = "adres_skrytki", nullable = false, updatable = false, length = 200)
    private String adresSkrytki;

    @Column(name = "document_sha1", nullable = false, updatable = false, length = 40)
    private String documentSha1;

    @Column(name = "data_nadania", nullable = false, updatable = false)
    private Instant dataNadania;

    @Column(name = "sender_id", nullable = false, updatable = false, length = 200)
    private String senderId;

    @Column(name = "sender_name", length = 300)
    private String senderName;

    @Column(name = "sender_kind", length = 1)
    private String senderKind;

    @Column(name = "sender_user", length = 200)
    private String senderUser;

    @Column(name = "sender_system", length = 200)
    private String senderSystem;

    @Column(name = "reply_address", length = 200)
    private String replyAddress;

    @Column(name = "test_document", nullable = false)
    private boolean testDocument;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "file_type", length = 100)
    private String fileType;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "content_size", nullable = false)
    private long contentSize;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "additional_data")
    private byte[] additionalData;

    @Column(name = "upp_file_name", length = 255)
    private String uppFileName;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "upp_content")
    private byte[] uppContent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReceivedState state;

    @Column(nullable = false)
    private int attempts;

    @Column(length = 2000)
    private String reason;

    /** Failed attempts to fetch the document's attachments given by URI (transient failures). */
    @Column(name = "attachment_attempts", nullable = false)
    private int attachmentAttempts;

    @Column(name = "stored_at", nullable = false, updatable = false)
    private Instant storedAt;

    @Column(name = "processed_at")
    private Instant processedAt;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "item_id")
    private Long itemId;

    @Column(name = "rpw_number", length = 40)
    private String rpwNumber;

    @Column(name = "document_id")
    private Long documentId;

    @Column(name = "signature_verdict", length = 20)
    private String signatureVerdict;

    @Column(name = "signature_summary", length = 2000)
    private String signatureSummary;

    @Version
    private int version;

    protected ReceivedDocument() {
    }

    /** What arrived, exactly as it arrived. */
    public record Transport(String adresSkrytki, Instant dataNadania, String senderId, String senderKind, String senderName,
                            String senderUser, String senderSystem, String replyAddress, boolean testDocument,
                            String fileName, String fileType, byte[] content, byte[] additionalData, String uppFileName,
                            byte[] uppContent) {
    }

    public ReceivedDocument(long organizationId, Source source, Transport transport, Instant storedAt) {
        IdempotenceKey key = IdempotenceKey.of(transport.adresSkrytki(), transport.content(), transport.dataNadania(),
                transport.senderId());
        this.organizationId = organizationId;
        this.idempotenceKey = key.value();
        this.source = source;
        this.adresSkrytki = key.adresSkrytki();
        this.documentSha1 = key.documentSha1();
        this.dataNadania = key.dataNadania();
        this.senderId = key.senderId();
        this.senderKind = cut(transport.senderKind(), 1);
        this.senderName = cut(transport.senderName(), 300);
        this.senderUser = cut(transport.senderUser(), 200);
        this.senderSystem = cut(transport.senderSystem(), 200);
        this.replyAddress = cut(transport.replyAddress(), 200);
        this.testDocument = transport.testDocument();
        this.fileName = transport.fileName() == null || transport.fileName().isBlank() ? "dokument.xml" : cut(transport.fileName(), 255);
        this.fileType = cut(transport.fileType(), 100);
        this.content = transport.content();
        this.contentSize = transport.content().length;
        this.additionalData = transport.additionalData() == null || transport.additionalData().length == 0 ? null : transport.additionalData();
        this.uppFileName = cut(transport.uppFileName(), 255);
        this.uppContent = transport.uppContent();
        this.state = ReceivedState.STORED;
        this.storedAt = storedAt;
    }

    public void registered(long itemId, String rpwNumber, long documentId, String verdict, String summary, Instant at) {
        this.itemId = itemId;
        this.rpwNumber = rpwNumber;
        this.documentId = documentId;
        this.signatureVerdict = verdict;
        this.signatureSummary = cut(summary, 2000);
        this.state = ReceivedState.REGISTERED;
        this.reason = null;
        this.processedAt = at;
        this.attempts++;
    }

    public void needsAttention(String reason, Instant at) {
        this.state = ReceivedState.NEEDS_ATTENTION;
        this.reason = cut(reason, 2000);
        this.processedAt = at;
        this.attempts++;
    }

    /** A failure not caused by the document; after {@code max} of them it needs attention. */
    public void failedAttempt(String reason, int max, Instant at) {
        this.attempts++;
        this.reason = cut(reason, 2000);
        if (attempts >= max) {
            this.state = ReceivedState.NEEDS_ATTENTION;
            this.processedAt = at;
        }
    }

    /**
     * The attachments given by URI could not be fetched this time (the repository did not answer):
     * the document stays stored, to be tried at the next pull; after {@code max} such attempts it
     * needs attention.
     */
    public void attachmentsPending(String reason, int max, Instant at) {
        this.attachmentAttempts++;
        this.reason = cut(reason, 2000);
        if (attachmentAttempts >= max) {
            this.state = ReceivedState.NEEDS_ATTENTION;
            this.reason = cut("Po " + attachmentAttempts + " próbach: " + reason, 2000);
            this.processedAt = at;
        }
    }

    /** Back to the queue of the import, by the registry office's decision. */
    public void retry() {
        if (state != ReceivedState.NEEDS_ATTENTION && state != ReceivedState.DISMISSED) {
            throw new IllegalStateException("Ponowić można tylko dokument, który wymaga uwagi lub został odłożony");
        }
        this.state = ReceivedState.STORED;
        this.attachmentAttempts = 0;
    }

    public void dismiss(String why) {
        if (state != ReceivedState.NEEDS_ATTENTION) {
            throw new IllegalStateException("Odłożyć można tylko dokument, który wymaga uwagi");
        }
        this.state = ReceivedState.DISMISSED;
        this.reason = cut((reason == null ? "" : reason) + (why == null || why.isBlank() ? "" : " — odłożono: " + why.strip()), 2000);
    }

    public void acknowledged(Instant at) {
        if (acknowledgedAt == null) {
            acknowledgedAt = at;
        }
    }

    /** Whether ePUAP may be told the document was received: it is durably ours and decided on. */
    public boolean mayAcknowledge() {
        return state != ReceivedState.STORED;
    }

    private static String cut(String value, int max) {
        return value == null ? null : value.length() > max ? value.substring(0, max) : value;
    }

    public Long getId() { return id; }
    public long getOrganizationId() { return organizationId; }
    public String getIdempotenceKey() { return idempotenceKey; }
    public Source getSource() { return source; }
    public String getAdresSkrytki() { return adresSkrytki; }
    public String getDocumentSha1() { return documentSha1; }
    public Instant getDataNadania() { return dataNadania; }
    public String getSenderId() { return senderId; }
    public String getSenderName() { return senderName; }
    public String getSenderKind() { return senderKind; }
    public String getSenderUser() { return senderUser; }
    public String getSenderSystem() { return senderSystem; }
    public String getReplyAddress() { return replyAddress; }
    public boolean isTestDocument() { return testDocument; }
    public String getFileName() { return fileName; }
    public String getFileType() { return fileType; }
    public byte[] getContent() { return content; }
    public long getContentSize() { return contentSize; }
    public byte[] getAdditionalData() { return additionalData; }
    public String getUppFileName() { return uppFileName; }
    public byte[] getUppContent() { return uppContent; }
    public ReceivedState getState() { return state; }
    public int getAttempts() { return attempts; }
    public int getAttachmentAttempts() { return attachmentAttempts; }
    public String getReason() { return reason; }
    public Instant getStoredAt() { return storedAt; }
    public Instant getProcessedAt() { return processedAt; }
    public Instant getAcknowledgedAt() { return acknowledgedAt; }
    public Long getItemId() { return itemId; }
    public String getRpwNumber() { return rpwNumber; }
    public Long getDocumentId() { return documentId; }
    public String getSignatureVerdict() { return signatureVerdict; }
    public String getSignatureSummary() { return signatureSummary; }
}
