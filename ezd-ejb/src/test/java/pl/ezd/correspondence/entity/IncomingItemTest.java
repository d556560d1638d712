package pl.ezd.correspondence.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IncomingItemTest {

    private static final Instant REGISTERED = Instant.parse("2026-03-02T09:15:00Z");

    private static IncomingItem item(String title, String sender, LocalDate received) {
        return new IncomingItem(7, new RpwNumber(1, 2026), title, sender, received, REGISTERED, "kancelaria");
    }

    @Test
    void keepsTheRegisteredMetadataTrimmed() {
        var item = item("  Wniosek o wydanie zaświadczenia ", " Jan Kowalski", LocalDate.of(2026, 3, 1));

        assertThat(item.getTitle()).isEqualTo("Wniosek o wydanie zaświadczenia");
        assertThat(item.getSenderName()).isEqualTo("Jan Kowalski");
        assertThat(item.getRpw()).hasToString("RPW/1/2026");
        assertThat(item.getRegisteredBy()).isEqualTo("kancelaria");
    }

    @Test
    void titleAndSenderAreRequired() {
        assertThatThrownBy(() -> item(" ", "Jan Kowalski", LocalDate.of(2026, 3, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("title");
        assertThatThrownBy(() -> item("Wniosek", null, LocalDate.of(2026, 3, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sender");
    }

    @Test
    void anOverlongTitleIsRefusedNotCut() {
        assertThatThrownBy(() -> item("x".repeat(501), "Jan Kowalski", LocalDate.of(2026, 3, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("500");
    }

    @Test
    void cannotBeReceivedAfterItIsRegistered() {
        assertThatThrownBy(() -> item("Wniosek", "Jan Kowalski", LocalDate.of(2026, 3, 3)))
                .isInstanceOf(IllegalArgumentException.class);
        // registered at 10:15 Warsaw time on 2 March: received the same day is fine
        assertThat(item("Wniosek", "Jan Kowalski", LocalDate.of(2026, 3, 2)).getReceivedOn()).isEqualTo("2026-03-02");
    }
}
