package pl.ezd.workflow.boundary;

import java.util.Set;
import pl.ezd.organization.boundary.CallerIdentity;

/**
 * Extension point of the inbox: "users and groups I act for". Every CDI bean implementing it adds
 * principals whose tasks the caller sees, claims and releases as if they were their own, e.g. a
 * substitution adds the absent colleague's username and their workflow groups for the period.
 * The inbox still keeps every query within the caller's organisation. With no implementation the
 * caller acts only for themself.
 */
public interface ActingFor {

    /** Usernames and workflow groups (as in the BPMN: {@code org:<id>:<ROLE>}) the caller acts for now. */
    Principals of(CallerIdentity caller);

    record Principals(Set<String> usernames, Set<String> groups) {
        public Principals {
            usernames = Set.copyOf(usernames);
            groups = Set.copyOf(groups);
        }
    }
}
