package pl.ezd.workflow.boundary;

import java.time.Instant;
import java.util.List;
import pl.ezd.workflow.entity.ApprovalStep;

/**
 * An approval chain: for the whole organisation ({@code unitSymbol} "*") or for a unit. {@code
 * source} says where an effective chain came from: UNIT, ORGANIZATION or DEFAULT (no chain set:
 * the head of the case's unit approves and signs).
 */
public record ApprovalChainView(String unitSymbol, String source, List<ApprovalStep> steps, Instant updatedAt, String updatedBy) {
}
