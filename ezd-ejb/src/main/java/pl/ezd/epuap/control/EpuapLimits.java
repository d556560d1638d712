package pl.ezd.epuap.control;

/**
 * The limits hostile or broken input meets. The defaults are well above what ePUAP itself
 * accepts in one document (attachments larger than a few megabytes travel by URI through the
 * file repository) and low enough that one document cannot exhaust the server.
 *
 * @param maxDocumentBytes the largest document read at all
 * @param maxAttachmentBytes the largest decoded inline attachment
 * @param maxAttachments the most attachments in one document
 * @param maxDepth the deepest element nesting (an XAdES signature needs about 12)
 * @param maxElements the most elements in one document
 * @param maxTextChars the longest text of an element other than attachment data
 */
public record EpuapLimits(long maxDocumentBytes, long maxAttachmentBytes, int maxAttachments, int maxDepth,
        int maxElements, int maxTextChars) {

    /** 30 MiB per document, 20 MiB per attachment, 100 attachments, depth 64, 100,000 elements, 1 M characters of text. */
    public static final EpuapLimits DEFAULT = new EpuapLimits(30L * 1024 * 1024, 20L * 1024 * 1024, 100, 64, 100_000,
            1_000_000);

    public EpuapLimits {
        if (maxDocumentBytes <= 0 || maxAttachmentBytes <= 0 || maxAttachments < 0 || maxDepth <= 0 || maxElements <= 0
                || maxTextChars <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public EpuapLimits withMaxDocumentBytes(long bytes) {
        return new EpuapLimits(bytes, maxAttachmentBytes, maxAttachments, maxDepth, maxElements, maxTextChars);
    }

    public EpuapLimits withMaxAttachmentBytes(long bytes) {
        return new EpuapLimits(maxDocumentBytes, bytes, maxAttachments, maxDepth, maxElements, maxTextChars);
    }

    public EpuapLimits withMaxDepth(int depth) {
        return new EpuapLimits(maxDocumentBytes, maxAttachmentBytes, maxAttachments, depth, maxElements, maxTextChars);
    }

    public EpuapLimits withMaxElements(int elements) {
        return new EpuapLimits(maxDocumentBytes, maxAttachmentBytes, maxAttachments, maxDepth, elements, maxTextChars);
    }

    static String megabytes(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f", bytes / 1024.0 / 1024.0).replace('.', ',') + " MB";
        }
        return bytes + " B";
    }
}
