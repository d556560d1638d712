package pl.ezd.audit.boundary;

import java.time.Instant;
import pl.ezd.audit.entity.AuditEntry;

/** An audit entry as shown to the organisation it belongs to. */
public record AuditRecord(Instant occurredAt, String actor, String action, String subjectType, String subjectId,
                          String detail) {

    static AuditRecord of(AuditEntry entry) {
        return new AuditRecord(entry.getOccurredAt(), entry.getActor(), entry.getAction(), entry.getSubjectType(),
                entry.getSubjectId(), entry.getDetail());
    }
}
