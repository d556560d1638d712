package pl.ezd.cases.entity;

/** What a document is in a case file; message keys {@code cases.documentRole.<NAME>}. */
public enum CaseDocumentRole {
    /** projekt pisma: a draft of the reply, circulated for approval */
    DRAFT,
    /** pismo wychodzące: the accepted, signed version sent out */
    OUTGOING,
    /** anything else in the file: notes, attachments, e-mails */
    OTHER
}
