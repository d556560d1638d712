package pl.ezd.workflow.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CaseApprovalRoutingTest {

    private static final String CHAIN = "user:radca;group:org:42:unit:OR:CLERK;group:org:42:unit:GK:HEAD";

    @Test
    void eachStepGoesToItsPersonOrGroupAndTheLastIsTheFinalApproval() {
        assertThat(CaseApprovalRouting.next(CHAIN, 0)).isEqualTo(new CaseApprovalRouting.Next("radca", "", false));
        assertThat(CaseApprovalRouting.next(CHAIN, 1)).isEqualTo(new CaseApprovalRouting.Next(null, "org:42:unit:OR:CLERK", false));
        assertThat(CaseApprovalRouting.next(CHAIN, 2)).isEqualTo(new CaseApprovalRouting.Next(null, "org:42:unit:GK:HEAD", true));
        assertThat(CaseApprovalRouting.next("user:wojt", 0).finalApproval()).as("a chain of one: its only step signs").isTrue();
    }

    @Test
    void aCirculationWithoutAChainOrPastItsEndStops() {
        assertThatThrownBy(() -> CaseApprovalRouting.next(null, 0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> CaseApprovalRouting.next(CHAIN, 3)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> CaseApprovalRouting.next("someone", 0)).isInstanceOf(IllegalStateException.class);
    }
}
