package pl.ezd.documents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One version of a document: content written once to the content store, its SHA-256 (checked on
 * every read), size and media type. Nothing about the content changes after it is added; only the
 * outcome of the background text extraction is recorded later, once.
 */
@Entity
@Table(name = "document_version")
public class DocumentVersion {

    /** Extracted text is kept up to this many characters (the column's size). */
    public static final int TEXT_LIMIT = 1_000_000;
    static final int FAILURE_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_version_seq")
    @SequenceGenerator(name = "document_version_seq", sequenceName = "document_version_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id", nullable = false, updatable = false)
    private Document document;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int number;

    @Column(name = "file_name", nullable = false, updatable = false, length = 255)
    private String fileName;

    @Column(name = "media_type", nullable = false, updatable = false, length = 255)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(name = "storage_key", nullable = false, updatable = false, length = 255)
    private String storageKey;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 100)
    private String createdBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "extraction_status", nullable = false, length = 16)
    private ExtractionStatus extractionStatus;

    @Column(name = "extracted_text", length = TEXT_LIMIT)
    private String extractedText;

    @Column(name = "text_truncated", nullable = false)
    private boolean textTruncated;

    @Column(name = "extraction_failure", length = FAILURE_LENGTH)
    private String extractionFailure;

    @Column(name = "extracted_at")
    private Instant extractedAt;

    /** VALID / INVALID / INDETERMINATE when the version carries an electronic signature; null when it has none. */
    @Column(name = "signature_verdict", length = 16)
    private String signatureVerdict;

    @Column(name = "signature_summary", length = 4000)
    private String signatureSummary;

    /** The whole verification report as JSON, as the signature module produced it. */
    @Column(name = "signature_report", length = 200_000)
    private String signatureReport;

    @Column(name = "signature_checked_at")
    private Instant signatureCheckedAt;

    protected DocumentVersion() {
    }

    DocumentVersion(Document document, int number, StoredFile file, String createdBy, Instant createdAt) {
        this.document = Objects.requireNonNull(document);
        this.number = number;
        this.fileName = file.fileName();
        this.mediaType = file.mediaType();
        this.size = file.size();
        this.sha256 = file.sha256();
        this.storageKey = file.storageKey();
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.extractionStatus = ExtractionStatus.PENDING;
    }

    /** Records the extracted text; {@code truncated} when the text limit cut it short. */
    public void textExtracted(String text, boolean truncated, Instant at) {
        requirePending();
        String kept = text == null ? "" : text;
        if (kept.length() > TEXT_LIMIT) {
            kept = kept.substring(0, TEXT_LIMIT);
            truncated = true;
        }
        // PostgreSQL refuses NUL in text; it carries no meaning in extracted text
        this.extractedText = kept.replace("\u0000", "");
        this.textTruncated = truncated;
        this.extractionStatus = ExtractionStatus.EXTRACTED;
        this.extractedAt = Objects.requireNonNull(at);
    }

    /** Records why no text could be extracted; the version stays readable and downloadable. */
    public void extractionFailed(String reason, Instant at) {
        requirePending();
        String why = reason == null || reason.isBlank() ? "Nieznana przyczyna" : reason.strip();
        this.extractionFailure = why.length() > FAILURE_LENGTH ? why.substring(0, FAILURE_LENGTH) : why;
        this.extractionStatus = ExtractionStatus.FAILED;
        this.extractedAt = Objects.requireNonNull(at);
    }

    private void requirePending() {
        if (extractionStatus != ExtractionStatus.PENDING) {
            throw new IllegalStateException("Extraction of version " + number + " already ended: " + extractionStatus);
        }
    }

    /** Keeps the verification report of the signature(s) this version carries; checked once. */
    public void signatureVerified(String verdict, String summary, String reportJson, Instant at) {
        if (signatureCheckedAt != null) {
            throw new IllegalStateException("The signature of version " + number + " was already verified");
        }
        this.signatureVerdict = java.util.Objects.requireNonNull(verdict);
        this.signatureSummary = summary == null || summary.length() <= 4000 ? summary : summary.substring(0, 3999) + "…";
        this.signatureReport = reportJson;
        this.signatureCheckedAt = java.util.Objects.requireNonNull(at);
    }

    public String getSignatureVerdict() {
        return signatureVerdict;
    }

    public String getSignatureSummary() {
        return signatureSummary;
    }

    public String getSignatureReport() {
        return signatureReport;
    }

    public Instant getSignatureCheckedAt() {
        return signatureCheckedAt;
    }

    public Long getId() {
        return id;
    }

    public Document getDocument() {
        return document;
    }

    public int getNumber() {
        return number;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public String getStorageKey() {
        return storageKey;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public ExtractionStatus getExtractionStatus() {
        return extractionStatus;
    }

    public String getExtractedText() {
        return extractedText;
    }

    public boolean isTextTruncated() {
        return textTruncated;
    }

    public String getExtractionFailure() {
        return extractionFailure;
    }

    public Instant getExtractedAt() {
        return extractedAt;
    }
}
