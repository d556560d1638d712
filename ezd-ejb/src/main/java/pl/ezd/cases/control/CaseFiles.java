package pl.ezd.cases.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import pl.ezd.cases.entity.Case;
import pl.ezd.documents.boundary.CaseFileOfDocument;

/**
 * Answers the documents component's question "which case file holds this document" (for its NES
 * metadata) from the case file links: the case the document was first put into, in the same
 * organisation only.
 */
@Dependent
public class CaseFiles implements CaseFileOfDocument {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<CaseFile> of(long organizationId, long documentId) {
        return em.createQuery("select c from CaseDocument d, Case c where d.documentId = :document and c.id = d.caseId"
                        + " and c.organizationId = :organization order by d.attachedAt, c.id", Case.class)
                .setParameter("document", documentId)
                .setParameter("organization", organizationId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(theCase -> new CaseFile(theCase.getZnak().toString(), theCase.getTitle()));
    }
}
