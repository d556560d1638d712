package pl.ezd.documents.boundary;

import java.io.InputStream;

/** Verified content of a version, to be streamed and closed by the caller. */
public record VersionContent(String fileName, String mediaType, long size, String sha256, InputStream content) {
}
