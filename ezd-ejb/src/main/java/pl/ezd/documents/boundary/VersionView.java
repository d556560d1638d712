package pl.ezd.documents.boundary;

import java.time.Instant;
import pl.ezd.documents.entity.DocumentVersion;
import pl.ezd.documents.entity.ExtractionStatus;

/** A version as callers see it (without its storage key or text); signature fields are null for unsigned files. */
public record VersionView(int number, String fileName, String mediaType, long size, String sha256, Instant createdAt,
                          String createdBy, ExtractionStatus extractionStatus, boolean textTruncated,
                          String extractionFailure, String signatureVerdict, String signatureSummary) {

    static VersionView of(DocumentVersion v) {
        return new VersionView(v.getNumber(), v.getFileName(), v.getMediaType(), v.getSize(), v.getSha256(),
                v.getCreatedAt(), v.getCreatedBy(), v.getExtractionStatus(), v.isTextTruncated(), v.getExtractionFailure(),
                v.getSignatureVerdict(), v.getSignatureSummary());
    }
}
