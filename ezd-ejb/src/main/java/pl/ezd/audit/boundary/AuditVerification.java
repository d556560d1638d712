package pl.ezd.audit.boundary;

import java.util.List;

/** The outcome of checking an organisation's audit trail against its hash chain. */
public record AuditVerification(boolean intact, int entriesChecked, List<String> problems) {
}
