package pl.ezd.documents.entity;

/** What a document is in the office's work; message keys {@code documents.kind.<NAME>}. */
public enum DocumentKind {
    /** a letter received or sent (pismo) */
    LETTER,
    /** a draft being prepared in a case (projekt) */
    DRAFT,
    /** an attachment of a letter (załącznik) */
    ATTACHMENT,
    /** an internal note or memo (notatka) */
    NOTE,
    OTHER
}
