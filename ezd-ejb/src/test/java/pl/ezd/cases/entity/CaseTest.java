package pl.ezd.cases.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CaseTest {

    private static Case opened() {
        return new Case(2, ZnakSprawy.parse("GK.6131.1.2026"), 77L, "Zezwolenie na usunięcie drzew", null, "referent",
                LocalDate.of(2026, 3, 2), Instant.parse("2026-03-02T09:00:00Z"));
    }

    @Test
    void opensAsOpenInTheYearOfItsZnak() {
        assertThat(opened().getStatus()).isEqualTo(CaseStatus.OPEN);
        assertThatThrownBy(() -> new Case(2, ZnakSprawy.parse("GK.6131.1.2025"), 77L, "x", null, "referent",
                LocalDate.of(2026, 1, 2), Instant.parse("2026-01-02T09:00:00Z")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rokiem");
    }

    @Test
    void closingRecordsTheDateFinallySettled() {
        var c = opened();
        c.close(LocalDate.of(2026, 3, 20));
        assertThat(c.getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(c.getSettledOn()).isEqualTo("2026-03-20");
    }

    @Test
    void cannotBeSettledBeforeItStarted() {
        assertThatThrownBy(() -> opened().close(LocalDate.of(2026, 3, 1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> opened().close(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aClosedCaseCannotBeChanged() {
        var c = opened();
        c.close(LocalDate.of(2026, 3, 20));
        assertThatThrownBy(() -> c.retitle("Inny tytuł")).isInstanceOf(CaseClosedException.class)
                .hasMessageContaining("GK.6131.1.2026");
        assertThatThrownBy(() -> c.close(LocalDate.of(2026, 4, 1))).isInstanceOf(CaseClosedException.class);
        assertThat(c.getTitle()).isEqualTo("Zezwolenie na usunięcie drzew");
    }
}
