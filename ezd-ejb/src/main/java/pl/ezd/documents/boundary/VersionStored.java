package pl.ezd.documents.boundary;

/** Fired inside the transaction that records a new version whose content is already stored. */
public record VersionStored(long organizationId, long documentId, long versionId, String storageKey) {
}
