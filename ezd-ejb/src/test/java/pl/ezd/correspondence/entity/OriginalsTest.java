package pl.ezd.correspondence.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The paper original: where it lies in the skład chronologiczny, and its loans. */
class OriginalsTest {

    private static final Instant REGISTERED = Instant.parse("2026-11-24T09:00:00Z");

    private static IncomingItem item(DeliveryMethod delivery) {
        var letter = IncomingItemMetadata.letter("Wniosek", "Jan Nowak", "Toruń", LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 24));
        var metadata = new IncomingItemMetadata(letter.title(), letter.senderName(), letter.senderAddress(), letter.dateOnLetter(),
                null, letter.receivedOn(), null, Dostep.PUBLIC, DcmiType.Text, delivery, null, 0, null, null, false, null);
        return new IncomingItem(1, new RpwNumber(1, 2026), metadata, REGISTERED, "kancelaria");
    }

    @Test
    void a_paper_original_gets_its_place_in_the_sklad() {
        IncomingItem item = item(DeliveryMethod.REGISTERED_LETTER);
        item.placeOriginal("  Skład A, segregator 2026/11  ");
        assertThat(item.getStorageLocation()).isEqualTo("Skład A, segregator 2026/11");
        assertThatThrownBy(() -> item.placeOriginal(" ")).hasMessageContaining("Podaj miejsce");
    }

    @Test
    void an_electronic_item_has_no_paper_original_to_place() {
        IncomingItem item = item(DeliveryMethod.EPUAP);
        assertThat(item.hasPaperOriginal()).isFalse();
        assertThatThrownBy(() -> item.placeOriginal("Skład A")).hasMessageContaining("nie ma papierowego oryginału");
    }

    @Test
    void a_loan_names_the_borrower_and_is_returned_once() {
        var loan = new OriginalLoan(1, 7, " Jan Kowalski (GK) ", "kontrola", REGISTERED, "kancelaria");
        assertThat(loan.isOpen()).isTrue();
        assertThat(loan.getLentTo()).isEqualTo("Jan Kowalski (GK)");
        loan.giveBack(REGISTERED.plusSeconds(3600), "kancelaria");
        assertThat(loan.isOpen()).isFalse();
        assertThat(loan.getReturnedBy()).isEqualTo("kancelaria");
        assertThatThrownBy(() -> loan.giveBack(REGISTERED.plusSeconds(7200), "kancelaria")).hasMessageContaining("już zwrócono");
    }

    @Test
    void a_loan_without_a_borrower_or_returned_before_it_began_is_refused() {
        assertThatThrownBy(() -> new OriginalLoan(1, 7, "  ", null, REGISTERED, "kancelaria")).hasMessageContaining("komu");
        var loan = new OriginalLoan(1, 7, "Jan Kowalski", null, REGISTERED, "kancelaria");
        assertThatThrownBy(() -> loan.giveBack(REGISTERED.minusSeconds(1), "kancelaria")).hasMessageContaining("przed wypożyczeniem");
    }

    @Test
    void status_only_moves_forward_and_keeps_the_unit() {
        IncomingItem item = item(DeliveryMethod.ORDINARY_LETTER);
        assertThat(item.getStatus()).isEqualTo(ItemStatus.REGISTERED);
        item.progressed(ItemStatus.DECREED, "GK");
        item.progressed(ItemStatus.ACCEPTED, null);
        assertThat(item.getStatus()).isEqualTo(ItemStatus.ACCEPTED);
        assertThat(item.getUnitSymbol()).isEqualTo("GK");
        assertThatThrownBy(() -> item.progressed(ItemStatus.REGISTERED, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
