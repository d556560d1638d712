package pl.ezd.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import pl.ezd.correspondence.boundary.IncomingItemForm;
import pl.ezd.correspondence.entity.DeliveryMethod;
import pl.ezd.validation.boundary.FieldViolation;
import pl.ezd.validation.boundary.InvalidInputException;

/** What the registry office types is refused field by field, all wrong fields at once. */
class IncomingItemFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final IncomingItemForm.Address ADDRESS =
            new IncomingItemForm.Address("87-720", "Ciechocinek", "Zdrojowa", "1", null, null, null, null);

    @Test
    void a_complete_form_becomes_metadata() {
        var metadata = new IncomingItemForm("Wniosek o wycinkę", "Jan Nowak", ADDRESS, "2026-11-20", "2026-11-21", "2026-11-24",
                null, "public", "Text", "registered_letter", "ZN/1", 2, null, null, true, "Skład A").toMetadata(TODAY);
        assertThat(metadata.deliveryMethod()).isEqualTo(DeliveryMethod.REGISTERED_LETTER);
        assertThat(metadata.attachmentsCount()).isEqualTo(2);
        assertThat(metadata.doNotOpen()).isTrue();
        assertThat(metadata.senderAddress().country()).isEqualTo("PL");
    }

    @Test
    void every_wrong_field_is_named_with_a_polish_message() {
        var form = new IncomingItemForm(" ", "Jan Nowak", new IncomingItemForm.Address("8772", " ", null, null, null, null, "Polska", "x@"),
                "20.11.2026", null, "2026-02-30", null, "SECRET", null, "GOŁĘBIEM", null, -1, null, null, null, null);
        assertThatThrownBy(() -> form.toMetadata(TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field)
                        .containsExactlyInAnyOrder("title", "senderAddress.town", "senderAddress.country", "senderAddress.email",
                                "dateOnLetter", "receivedOn", "access", "dcmiType", "deliveryMethod", "attachmentsCount"))
                .satisfies(e -> assertThat(((InvalidInputException) e).violations())
                        .extracting(FieldViolation::field, FieldViolation::message)
                        .contains(org.assertj.core.groups.Tuple.tuple("title", "Tytuł jest wymagany"),
                                org.assertj.core.groups.Tuple.tuple("dateOnLetter", "Nieprawidłowa data „20.11.2026” (oczekiwano RRRR-MM-DD, np. 2026-11-25)")))
                .satisfies(e -> assertThat(((InvalidInputException) e).violations())
                        .anySatisfy(v -> assertThat(v.message()).startsWith("Nieznana wartość „GOŁĘBIEM”; dozwolone: ORDINARY_LETTER")));
    }

    @Test
    void dates_in_the_future_or_out_of_order_are_refused() {
        var form = new IncomingItemForm("Pismo", "Jan Nowak", ADDRESS, "2026-11-26", "2026-11-10", "2026-11-27", null, "PUBLIC",
                "Text", null, null, 0, null, null, false, null);
        assertThatThrownBy(() -> form.toMetadata(TODAY)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations()).extracting(FieldViolation::field)
                        .containsExactlyInAnyOrder("dateOnLetter", "receivedOn", "dateSent"));
    }

    @Test
    void a_missing_address_and_a_bad_polish_postcode_name_the_address_fields() {
        var noAddress = new IncomingItemForm("Pismo", "Jan Nowak", null, "2026-11-20", null, "2026-11-24", null, "PUBLIC", "Text",
                null, null, 0, null, null, false, null);
        assertThatThrownBy(() -> noAddress.toMetadata(TODAY)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("senderAddress.town"));
        var foreign = new IncomingItemForm("Pismo", "Hans Müller", new IncomingItemForm.Address("10115", "Berlin", null, null, null,
                null, "de", null), "2026-11-20", null, "2026-11-24", null, "PUBLIC", "Text", null, null, 0, null, null, false, null);
        assertThat(foreign.toMetadata(TODAY).senderAddress().country()).isEqualTo("DE");
    }
}
