package pl.ezd.epuap.control;

/**
 * An ePUAP document (or export package) EZD does not accept. The message is Polish and meant for
 * the registry clerk (it is shown on the "needs attention" list as it is); {@link #reason()} is the
 * stable code for programs and statistics.
 */
public class EpuapDocumentException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why a document was refused. Codes are stable: they may be stored. */
    public enum Reason {
        /** No bytes at all. */
        EMPTY,
        /** Larger than the configured document or package size. */
        TOO_LARGE,
        /** A DOCTYPE (DTD) declaration: refused outright, so no external entity and no entity expansion. */
        DTD_FORBIDDEN,
        /** An entity reference the parser was asked to resolve. */
        ENTITY_FORBIDDEN,
        /** Nesting deeper than the limit. */
        TOO_DEEP,
        /** More elements than the limit. */
        TOO_MANY_ELEMENTS,
        /** Not well-formed XML (or not XML at all). */
        MALFORMED,
        /** Well-formed XML, but not an ePUAP document of a template (root, namespace, structure). */
        NOT_EPUAP_DOCUMENT,
        /** The document has no title. */
        NO_TITLE,
        /** An attachment larger than the limit, or too many attachments. */
        ATTACHMENT_TOO_LARGE,
        /** An attachment that cannot be decoded or whose address is not acceptable. */
        BAD_ATTACHMENT,
        /** An export package (ZIP) that is damaged, dangerous or lacks its descriptor. */
        BAD_PACKAGE,
        /** A stylesheet that cannot be used for rendering. */
        BAD_STYLESHEET
    }

    private final Reason reason;

    public EpuapDocumentException(Reason reason, String messagePl) {
        super(messagePl);
        this.reason = reason;
    }

    public EpuapDocumentException(Reason reason, String messagePl, Throwable cause) {
        super(messagePl, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
