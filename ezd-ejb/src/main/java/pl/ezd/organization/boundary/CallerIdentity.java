package pl.ezd.organization.boundary;

import java.util.Set;
import pl.ezd.organization.entity.Role;

/**
 * Who is calling: the user, the employee behind them, their organisation and the roles of their
 * posts. Every query and command of the EZD is scoped by {@link #organizationId()}.
 */
public record CallerIdentity(String username, long employeeId, String fullName, long organizationId,
                             String organizationName, Set<Role> roles, java.util.List<Post> posts) {

    /** A post the caller holds: in which unit, under what title, with which roles. */
    public record Post(String unitSymbol, String title, Set<Role> roles) {
        public Post {
            roles = roles == null ? Set.of() : Set.copyOf(roles);
        }

        public Post(String unitSymbol, String title) {
            this(unitSymbol, title, Set.of());
        }
    }

    public CallerIdentity {
        roles = Set.copyOf(roles);
        posts = java.util.List.copyOf(posts);
    }

    /** The post the caller acts in within the unit, or their first post when they name none. */
    public Post post(String unitSymbol) {
        return posts.stream()
                .filter(post -> unitSymbol == null || post.unitSymbol().equals(unitSymbol))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(unitSymbol == null
                        ? "Nie zajmujesz żadnego stanowiska"
                        : "Nie zajmujesz stanowiska w komórce " + unitSymbol));
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /**
     * The workflow groups this caller belongs to, one per role, each scoped to the organisation
     * ({@code org:<organizationId>:<ROLE>}), and one per role of each post in its unit
     * ({@code org:<organizationId>:unit:<SYMBOL>:<ROLE>}), as the BPMN models name candidate groups.
     */
    public java.util.List<String> workflowGroups() {
        var groups = new java.util.TreeSet<String>();
        roles.forEach(role -> groups.add(workflowGroup(organizationId, role)));
        // a post whose roles are not known (built without them) stands for every role of the caller
        posts.forEach(post -> (post.roles().isEmpty() ? roles : post.roles())
                .forEach(role -> groups.add(unitWorkflowGroup(organizationId, post.unitSymbol(), role))));
        return java.util.List.copyOf(groups);
    }

    /** The group of a role in one unit ({@code org:<organizationId>:unit:<SYMBOL>:<ROLE>}), e.g. an approval step by post. */
    public static String unitWorkflowGroup(long organizationId, String unitSymbol, Role role) {
        return "org:" + organizationId + ":unit:" + unitSymbol + ":" + role.name();
    }

    public static String workflowGroup(long organizationId, Role role) {
        return "org:" + organizationId + ":" + role.name();
    }
}
