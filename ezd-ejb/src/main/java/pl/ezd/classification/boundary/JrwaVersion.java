package pl.ezd.classification.boundary;

import java.time.Instant;
import java.time.LocalDate;
import pl.ezd.classification.entity.Jrwa;
import pl.ezd.classification.entity.JrwaStatus;

/** A version of the organisation's JRWA as listed: when it is in force and where it came from. */
public record JrwaVersion(long id, String label, LocalDate validFrom, LocalDate validTo, JrwaStatus status,
                          int classes, long finalClasses, Instant importedAt, String importedBy, String sourceSha256) {

    static JrwaVersion of(Jrwa jrwa) {
        return new JrwaVersion(jrwa.getId(), jrwa.getLabel(), jrwa.getValidFrom(), jrwa.getValidTo(), jrwa.getStatus(),
                jrwa.classCount(), jrwa.finalClassCount(), jrwa.getImportedAt(), jrwa.getImportedBy(),
                jrwa.getSourceSha256());
    }
}
