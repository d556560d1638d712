package pl.ezd.documents.control;

import pl.ezd.documents.boundary.ContentIntegrityException;
import pl.ezd.documents.boundary.ContentTooLargeException;
import java.io.InputStream;

/**
 * Where the content of document versions lives. Content is written once under a new key and never
 * overwritten; what {@link #write} returns is durable before it returns, so a record naming it can
 * commit. Two implementations are meant: the local filesystem now, an S3-compatible store for a
 * cluster.
 */
public interface ContentStore {

    /**
     * Streams {@code content} to the store, computing its SHA-256 and counting its bytes on the way.
     *
     * @throws ContentTooLargeException when the content exceeds {@code maxBytes}; nothing is left behind
     */
    Stored write(long organizationId, InputStream content, long maxBytes);

    /**
     * Opens stored content after checking it still has the SHA-256 recorded when it was written.
     *
     * @throws ContentIntegrityException when it is missing or its digest differs; never served
     */
    InputStream read(String storageKey, String expectedSha256);

    /** Removes content whose record did not commit; no error if it is already gone. */
    void discard(String storageKey);

    /** Content durably stored under {@code storageKey}. */
    record Stored(String storageKey, long size, String sha256) {
    }
}
