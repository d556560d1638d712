package pl.ezd.workflow.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whether the signature on an uploaded final approval is the approver's: the certificate's name against the person's. */
class SignerNameTest {

    @Test
    void theSameNameWhateverTheCaseLettersAndOrder() {
        assertThat(CaseTasks.sameName("Maria Wiśniewska", "Maria Wiśniewska")).isTrue();
        assertThat(CaseTasks.sameName("WIŚNIEWSKA MARIA", "Maria Wiśniewska")).isTrue();
        assertThat(CaseTasks.sameName("Maria Wisniewska", "Maria Wiśniewska")).as("software without Polish letters").isTrue();
        assertThat(CaseTasks.sameName("Maria Wiśniewska-Nowak", "Maria Wiśniewska")).as("a double surname on the certificate")
                .isTrue();
        assertThat(CaseTasks.sameName("Anna Maria Wiśniewska", "Maria Wiśniewska")).as("a second given name on the certificate").isTrue();
    }

    @Test
    void anotherPersonIsNotTheApprover() {
        assertThat(CaseTasks.sameName("Jan Kowalski", "Maria Wiśniewska")).isFalse();
        assertThat(CaseTasks.sameName("Maria Kowalska", "Maria Wiśniewska")).isFalse();
        assertThat(CaseTasks.sameName("", "Maria Wiśniewska")).isFalse();
        assertThat(CaseTasks.sameName("Maria Wiśniewska", "")).isFalse();
    }
}
