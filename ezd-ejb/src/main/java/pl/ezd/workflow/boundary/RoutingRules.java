package pl.ezd.workflow.boundary;

import java.time.Instant;
import java.util.List;

/**
 * The routing table in force read as a person reads it: its inputs (columns), and each rule's
 * conditions ("-" where a rule does not look at an input), the unit it routes to and its note.
 */
public record RoutingRules(boolean own, int version, Instant deployedAt, String hitPolicy, List<String> inputs, List<Rule> rules) {

    /** One row of the table; {@code conditions} are in the order of {@code inputs}. */
    public record Rule(int number, List<String> conditions, String unitSymbol, String description) {
    }
}
