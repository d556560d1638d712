package pl.ezd.organization.boundary;

import java.util.Set;
import pl.ezd.organization.entity.Role;

/**
 * Who is calling: the user, the employee behind them, their organisation and the roles of their
 * posts. Every query and command of the EZD is scoped by {@link #organizationId()}.
 */
public record CallerIdentity(String username, long employeeId, String fullName, long organizationId,
                             String organizationName, Set<Role> roles) {

    public CallerIdentity {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /**
     * The workflow groups this caller belongs to, one per role, each scoped to the organisation
     * ({@code org:<organizationId>:<ROLE>}), as the BPMN models name candidate groups.
     */
    public java.util.List<String> workflowGroups() {
        return roles.stream().map(role -> workflowGroup(organizationId, role)).sorted().toList();
    }

    public static String workflowGroup(long organizationId, Role role) {
        return "org:" + organizationId + ":" + role.name();
    }
}
