package pl.ezd.organization.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import pl.ezd.organization.entity.Role;

class CallerIdentityTest {

    @Test
    void workflowGroupsAreScopedToTheCallersOrganisation() {
        var head = new CallerIdentity("kierownik", 3, "Maria Wiśniewska", 42, "Urząd Miejski", Set.of(Role.HEAD, Role.CLERK),
                java.util.List.of(new CallerIdentity.Post("GK", "Kierownik Referatu")));

        assertThat(head.workflowGroups()).containsExactly("org:42:CLERK", "org:42:HEAD", "org:42:unit:GK:CLERK", "org:42:unit:GK:HEAD");
        assertThat(head.hasRole(Role.HEAD)).isTrue();
        assertThat(head.hasRole(Role.REGISTRY)).isFalse();
    }

    @Test
    void actsInThePostOfTheUnitItNames() {
        var clerk = new CallerIdentity("referent", 4, "Jan Kowalski", 42, "Urząd Miejski", Set.of(Role.CLERK),
                java.util.List.of(new CallerIdentity.Post("GK", "Podinspektor"), new CallerIdentity.Post("OR", "Sekretarz komisji")));

        assertThat(clerk.post(null)).isEqualTo(new CallerIdentity.Post("GK", "Podinspektor"));
        assertThat(clerk.post("OR").title()).isEqualTo("Sekretarz komisji");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> clerk.post("FN")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachRoleOfAPostIsAlsoAGroupOfItsUnitSoApprovalStepsByPostReachWhoeverHoldsIt() {
        var head = new CallerIdentity("kierownik", 3, "Maria Wiśniewska", 42, "Urząd Miejski", Set.of(Role.HEAD, Role.CLERK),
                java.util.List.of(new CallerIdentity.Post("GK", "Kierownik Referatu", Set.of(Role.HEAD)),
                        new CallerIdentity.Post("OR", "Członek zespołu", Set.of(Role.CLERK))));

        assertThat(head.workflowGroups()).containsExactly("org:42:CLERK", "org:42:HEAD", "org:42:unit:GK:HEAD", "org:42:unit:OR:CLERK");
    }

    @Test
    void aCallerWithoutRolesHasNoGroups() {
        assertThat(new CallerIdentity("nowy", 9, "Nowy Pracownik", 42, "Urząd Miejski", Set.of(), java.util.List.of()).workflowGroups()).isEmpty();
    }
}
