package pl.ezd.organization.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A unit symbol is unique among the units valid in the same calendar year; it may be reused in a later year. */
class UnitSymbolPerYearTest {

    private final Organization gmina = organization(1L);

    private static Organization organization(long id) {
        var organization = new Organization("0401021", "Urząd Miejski w Ciechocinku", OrganizationKind.GMINA, null);
        setId(organization, id);
        return organization;
    }

    private static void setId(Object entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private OrganizationalUnit unit(String symbol, String from, String to) {
        return new OrganizationalUnit(gmina, symbol, "Referat " + symbol, LocalDate.parse(from), to == null ? null : LocalDate.parse(to), null);
    }

    @Test
    void twoUnitsInForceInTheSameYearCannotShareASymbol() {
        var existing = unit("GK", "2020-01-01", null);
        assertThat(unit("GK", "2026-03-01", null).symbolClashIn(List.of(existing))).contains(existing);
    }

    @Test
    void aUnitThatEndedThisYearStillHoldsItsSymbolForTheRestOfTheYear() {
        var ended = unit("GK", "2020-01-01", "2026-06-30");
        assertThat(unit("GK", "2026-07-01", null).symbolClashIn(List.of(ended)))
                .as("case references UNIT.JRWA.NUMBER.YEAR of both would be ambiguous in 2026").contains(ended);
    }

    @Test
    void aSymbolMayBeReusedFromTheYearAfterTheOldUnitEnded() {
        var ended = unit("GK", "2020-01-01", "2025-12-31");
        assertThat(unit("GK", "2026-01-01", null).symbolClashIn(List.of(ended))).isEmpty();
    }

    @Test
    void aUnitPlannedToEndBeforeAnotherStartsInALaterYearDoesNotClash() {
        var future = unit("GK", "2028-01-01", null);
        assertThat(unit("GK", "2026-01-01", "2027-12-31").symbolClashIn(List.of(future))).isEmpty();
        assertThat(unit("GK", "2026-01-01", "2028-01-05").symbolClashIn(List.of(future))).contains(future);
    }

    @Test
    void otherSymbolsNeverClash() {
        assertThat(unit("GK", "2026-01-01", null).symbolClashIn(List.of(unit("OR", "2026-01-01", null)))).isEmpty();
    }

    @Test
    void aUnitCannotEndBeforeItStartsNorSitUnderItself() {
        var gk = unit("GK", "2026-01-01", null);
        assertThatThrownBy(() -> gk.end(LocalDate.parse("2025-12-31")))
                .isInstanceOf(FieldRefusal.class).extracting("field").isEqualTo("validTo");
        var child = new OrganizationalUnit(gmina, "GK-I", "Sekcja", LocalDate.parse("2026-01-01"), null, gk);
        assertThatThrownBy(() -> gk.moveUnder(child))
                .isInstanceOf(FieldRefusal.class).hasMessageContaining("nie może podlegać");
        assertThatThrownBy(() -> gk.moveUnder(gk)).isInstanceOf(FieldRefusal.class);
    }

    @Test
    void aParentMustBeOfTheSameOrganisation() {
        var other = new OrganizationalUnit(organization(2L), "OR", "Referat", LocalDate.parse("2026-01-01"), null, null);
        assertThatThrownBy(() -> new OrganizationalUnit(gmina, "GK", "Referat", LocalDate.parse("2026-01-01"), null, other))
                .isInstanceOf(FieldRefusal.class).extracting("field").isEqualTo("parentId");
    }

    @Test
    void aBadSymbolIsRefusedForItsField() {
        assertThatThrownBy(() -> unit("gk", "2026-01-01", null))
                .isInstanceOf(FieldRefusal.class).extracting("field").isEqualTo("symbol");
    }
}
