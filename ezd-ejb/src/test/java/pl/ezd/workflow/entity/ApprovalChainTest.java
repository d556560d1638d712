package pl.ezd.workflow.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import pl.ezd.organization.entity.Role;

class ApprovalChainTest {

    @Test
    void provisionalApproversInOrderThenOneFinalApproverWhoSigns() {
        var chain = new ApprovalChain(42, "GK", List.of(ApprovalStep.ofPerson(false, "radca"),
                ApprovalStep.ofPost(false, "OR", Role.CLERK), ApprovalStep.ofPost(true, "GK", Role.HEAD)), "admin", Instant.now());

        assertThat(chain.getSteps()).extracting(step -> step.candidate(42))
                .containsExactly("user:radca", "group:org:42:unit:OR:CLERK", "group:org:42:unit:GK:HEAD");
        assertThat(new ApprovalChain(42, null, List.of(ApprovalStep.ofPerson(true, "wojt")), "admin", Instant.now()).getUnitSymbol())
                .as("no unit: the chain of the whole organisation").isEqualTo(ApprovalChain.WHOLE_ORGANIZATION);
    }

    @Test
    void theFinalApprovalIsExactlyTheLastStep() {
        assertThatThrownBy(() -> new ApprovalChain(42, "GK", List.of(), "admin", Instant.now()))
                .hasMessageContaining("co najmniej akceptującego końcowego");
        assertThatThrownBy(() -> new ApprovalChain(42, "GK", List.of(ApprovalStep.ofPerson(false, "radca")), "admin", Instant.now()))
                .hasMessageContaining("Ostatni krok");
        assertThatThrownBy(() -> new ApprovalChain(42, "GK", List.of(ApprovalStep.ofPerson(true, "radca"),
                ApprovalStep.ofPerson(true, "wojt")), "admin", Instant.now()))
                .hasMessageContaining("tylko jedna");
    }

    @Test
    void aStepNamesAPostOrAPersonAndOnlyAHeadPostSignsFinally() {
        assertThatThrownBy(() -> new ApprovalStep(false, "GK", Role.HEAD, "radca")).hasMessageContaining("albo stanowisko");
        assertThatThrownBy(() -> new ApprovalStep(false, "GK", null, null)).hasMessageContaining("albo stanowisko");
        assertThatThrownBy(() -> ApprovalStep.ofPost(false, "KA", Role.REGISTRY)).hasMessageContaining("nie REGISTRY");
        assertThatThrownBy(() -> ApprovalStep.ofPost(true, "GK", Role.CLERK)).hasMessageContaining("kierownik (HEAD)");
    }
}
