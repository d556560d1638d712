package pl.ezd.correspondence.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IncomingItemTest {

    private static final Instant REGISTERED = Instant.parse("2026-03-02T09:15:00Z");

    private static IncomingItem item(String title, String sender, LocalDate received) {
        return new IncomingItem(7, new RpwNumber(1, 2026),
                IncomingItemMetadata.letter(title, sender, "Ciechocinek", LocalDate.of(2026, 2, 27), received), REGISTERED, "kancelaria");
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
    void keepsTheWholeMinimalMetadataSet() {
        var metadata = new IncomingItemMetadata("Wniosek o dostęp do informacji publicznej", "Stowarzyszenie Jawność",
                new SenderAddress("87-720", "Ciechocinek", "Zdrojowa", "5", "2", null, "pl", "biuro@jawnosc.example"),
                LocalDate.of(2026, 2, 26), LocalDate.of(2026, 2, 27), LocalDate.of(2026, 3, 2), "wniosek", Dostep.PUBLIC_IN_PART,
                DcmiType.Text, DeliveryMethod.REGISTERED_LETTER, "SJ/14/2026", 2, null, "koperta uszkodzona", false, "SCH-1/2026/0001");

        var item = new IncomingItem(7, new RpwNumber(1, 2026), metadata, REGISTERED, "kancelaria");

        assertThat(item.metadata().senderAddress().country()).isEqualTo("PL");
        assertThat(item.metadata()).usingRecursiveComparison().ignoringFields("senderAddress").isEqualTo(metadata);
    }

    @Test
    void refusesImpossibleDatesAndAddresses() {
        assertThatThrownBy(() -> new SenderAddress("87720", "Ciechocinek", null, null, null, null, "PL", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("00-000");
        assertThatThrownBy(() -> new SenderAddress(null, " ", null, null, null, null, "PL", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Miejscowość");
        assertThatThrownBy(() -> new IncomingItemMetadata("x", "y", new SenderAddress(null, "Toruń", null, null, null, null, null, null),
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 2), null, Dostep.PUBLIC, DcmiType.Text,
                null, null, 0, null, null, false, null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nadane");
        assertThatThrownBy(() -> new IncomingItemMetadata("x", "y", new SenderAddress(null, "Toruń", null, null, null, null, null, null),
                LocalDate.of(2026, 3, 1), null, LocalDate.of(2026, 3, 2), null, null, DcmiType.Text,
                null, null, 0, null, null, false, null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Dostęp");
    }

    @Test
    void cannotBeReceivedAfterItIsRegistered() {
        assertThatThrownBy(() -> item("Wniosek", "Jan Kowalski", LocalDate.of(2026, 3, 3)))
                .isInstanceOf(IllegalArgumentException.class);
        // registered at 10:15 Warsaw time on 2 March: received the same day is fine
        assertThat(item("Wniosek", "Jan Kowalski", LocalDate.of(2026, 3, 2)).getReceivedOn()).isEqualTo("2026-03-02");
    }

    @Test
    void aReturnedItemIsNoLongerDecreedAndLeavesTheUnitUnlessItsHeadDecreedIt() {
        var toTheOffice = item("Pismo skierowane omyłkowo", "Jan Kowalski", LocalDate.of(2026, 3, 1));
        toTheOffice.progressed(ItemStatus.DECREED, "GK");
        toTheOffice.progressed(ItemStatus.RETURNED, null);
        assertThat(toTheOffice.getStatus()).as("back with the heads of the office").isEqualTo(ItemStatus.RETURNED);
        assertThat(toTheOffice.getUnitSymbol()).isNull();
        toTheOffice.progressed(ItemStatus.DECREED, "FN");
        assertThat(toTheOffice.getStatus()).isEqualTo(ItemStatus.DECREED);
        assertThat(toTheOffice.getUnitSymbol()).isEqualTo("FN");

        var insideTheUnit = item("Faktura", "Hurtownia", LocalDate.of(2026, 3, 1));
        insideTheUnit.progressed(ItemStatus.DECREED, "FN");
        insideTheUnit.progressed(ItemStatus.RETURNED, "FN");
        assertThat(insideTheUnit.getStatus()).isEqualTo(ItemStatus.RETURNED);
        assertThat(insideTheUnit.getUnitSymbol()).as("the unit's head decrees it again").isEqualTo("FN");
    }
}
