package pl.ezd.documents.entity;

/** Where the background text extraction of a version stands. */
public enum ExtractionStatus {
    PENDING,
    EXTRACTED,
    FAILED
}
