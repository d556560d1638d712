package pl.ezd.workflow.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.Set;
import pl.ezd.organization.boundary.Absentee;
import pl.ezd.organization.boundary.Caller;
import pl.ezd.organization.boundary.CallerIdentity;
import pl.ezd.organization.boundary.Substitutions;
import pl.ezd.workflow.control.InboxReadModel;

/**
 * Substitutions in the inbox: on the days a substitution is in force, the substitute sees the
 * absent colleague's own tasks and those offered to the colleague's groups, and may take them over
 * ({@link Inbox#claim}, recorded as taken over for the colleague).
 */
@Dependent
public class SubstitutesActFor implements ActingFor {

    @Inject
    Substitutions substitutions;

    @Inject
    Caller caller;

    @Override
    public Principals of(CallerIdentity me) {
        Set<String> usernames = new LinkedHashSet<>();
        Set<String> groups = new LinkedHashSet<>();
        for (Absentee absent : substitutions.absenteesSubstitutedBy(me.username(), java.time.LocalDate.now(InboxReadModel.OFFICE_ZONE))) {
            usernames.add(absent.username());
            caller.colleague(absent.username()).ifPresent(colleague -> groups.addAll(colleague.workflowGroups()));
        }
        return new Principals(usernames, groups);
    }
}
