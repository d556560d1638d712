package pl.ezd.correspondence.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutgoingItemTest {

    private static final List<OutgoingItem.SentDocument> LETTER = List.of(new OutgoingItem.SentDocument(11, 3));
    private static final OutgoingItem.Addressee POSTAL =
            new OutgoingItem.Addressee("Jan Nowak", "ul. Lipowa 3", "87-720", "Ciechocinek", null);

    private static OutgoingItem item(OutgoingItem.Addressee addressee, DispatchChannel channel, List<OutgoingItem.SentDocument> documents) {
        return new OutgoingItem(42, 7, 2026, 5L, "GK.6100.5.2026", "Zezwolenie na usunięcie drzewa", addressee, channel,
                LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 25), "referent", "Jan Kowalski", "Podinspektor (GK)", null,
                documents, Instant.now(), "kancelaria");
    }

    @Test
    void aRegisteredLetterByPostCarriesItsNumberAddressAndDocuments() {
        OutgoingItem item = item(POSTAL, DispatchChannel.POST_REGISTERED, LETTER);

        assertThat(item.registerNumber()).isEqualTo("7/2026");
        assertThat(item.getAddressee().city()).isEqualTo("Ciechocinek");
        assertThat(item.getDocuments()).containsExactly(new OutgoingItem.SentDocument(11, 3));
    }

    @Test
    void theChannelIsRequiredAndDecidesWhichAddressIsNeeded() {
        assertThatThrownBy(() -> item(POSTAL, null, LETTER)).hasMessageContaining("Sposób wysyłki jest wymagany");
        assertThatThrownBy(() -> item(new OutgoingItem.Addressee("Jan Nowak", null, null, "Ciechocinek", null),
                DispatchChannel.POST_ORDINARY, LETTER)).hasMessageContaining("pełnego adresu");
        assertThatThrownBy(() -> item(new OutgoingItem.Addressee("Jan Nowak", "ul. Lipowa 3", "87720", "Ciechocinek", null),
                DispatchChannel.POST_ORDINARY, LETTER)).hasMessageContaining("00-000");
        assertThatThrownBy(() -> item(POSTAL, DispatchChannel.EPUAP, LETTER)).hasMessageContaining("adresu elektronicznego");
        assertThatThrownBy(() -> item(new OutgoingItem.Addressee("Jan Nowak", null, null, null, "jan.nowak"),
                DispatchChannel.EMAIL, LETTER)).hasMessageContaining("e-mail");
        assertThat(item(new OutgoingItem.Addressee("Jan Nowak", null, null, null, null), DispatchChannel.IN_PERSON, LETTER).getChannel())
                .isEqualTo(DispatchChannel.IN_PERSON);
    }

    @Test
    void somethingMustBeSentToSomeone() {
        assertThatThrownBy(() -> item(POSTAL, DispatchChannel.POST_REGISTERED, List.of())).hasMessageContaining("co najmniej jeden");
        assertThatThrownBy(() -> item(new OutgoingItem.Addressee(" ", "ul. Lipowa 3", "87-720", "Ciechocinek", null),
                DispatchChannel.POST_REGISTERED, LETTER)).hasMessageContaining("Adresat jest wymagany");
    }
}
