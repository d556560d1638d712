package pl.ezd.documents.boundary;

import java.util.Optional;

/**
 * Extension point: which case file a document belongs to, for its NES metadata (grouping under the
 * znak sprawy and the relation "jest częścią"). The documents component does not know cases;
 * whichever component links documents to cases provides one CDI bean implementing this. Until one
 * exists, NES exports group the document as not yet in a case.
 */
public interface CaseFileOfDocument {

    /** The case file of the document in the given organisation, if it is in one. */
    Optional<CaseFile> of(long organizationId, long documentId);

    /** A case file as NES names it: its znak sprawy and the case's title. */
    record CaseFile(String znak, String title) {
    }
}
