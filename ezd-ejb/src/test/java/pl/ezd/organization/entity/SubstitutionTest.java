package pl.ezd.organization.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** zastępstwa: nobody stands in for themselves, one substitute at a time, a substitute is not absent themselves. */
class SubstitutionTest {

    private final Organization gmina = withId(new Organization("0401021", "Urząd Miejski w Ciechocinku", OrganizationKind.GMINA, null), 1L);
    private final Employee jan = withId(new Employee(gmina, "Jan", "Kowalski", null), 10L);
    private final Employee piotr = withId(new Employee(gmina, "Piotr", "Zieliński", null), 11L);
    private final Employee maria = withId(new Employee(gmina, "Maria", "Wiśniewska", null), 12L);

    private static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private Substitution substitution(Employee absent, Employee substitute, String from, String to) {
        return new Substitution(absent, substitute, LocalDate.parse(from), LocalDate.parse(to), "urlop wypoczynkowy", "admin");
    }

    @Test
    void nobodySubstitutesThemselves() {
        assertThatThrownBy(() -> substitution(jan, jan, "2026-07-01", "2026-07-14"))
                .isInstanceOf(FieldRefusal.class).hasMessageContaining("samego siebie")
                .extracting("field").isEqualTo("substituteId");
    }

    @Test
    void aSubstitutionEndsOnOrAfterItsFirstDayAndHasAReason() {
        assertThatThrownBy(() -> substitution(jan, piotr, "2026-07-14", "2026-07-01"))
                .isInstanceOf(FieldRefusal.class).extracting("field").isEqualTo("validTo");
        assertThatThrownBy(() -> new Substitution(jan, piotr, LocalDate.parse("2026-07-01"), LocalDate.parse("2026-07-01"), " ", "admin"))
                .isInstanceOf(FieldRefusal.class).extracting("field").isEqualTo("reason");
        assertThat(substitution(jan, piotr, "2026-07-01", "2026-07-01").activeOn(LocalDate.parse("2026-07-01"))).isTrue();
    }

    @Test
    void anAbsentPersonHasOneSubstituteOnADay() {
        var existing = substitution(jan, piotr, "2026-07-01", "2026-07-14");
        assertThat(substitution(jan, maria, "2026-07-14", "2026-07-20").conflictIn(List.of(existing)))
                .hasValueSatisfying(reason -> assertThat(reason).contains("ma już w tym czasie zastępcę", "Piotr Zieliński"));
        assertThat(substitution(jan, maria, "2026-07-15", "2026-07-20").conflictIn(List.of(existing)))
                .as("from the day after it ends").isEmpty();
    }

    @Test
    void aSubstituteIsNotAbsentThemselvesAndTheAbsentDoNotStandInForOthers() {
        var piotrAway = substitution(piotr, maria, "2026-07-10", "2026-07-12");
        assertThat(substitution(jan, piotr, "2026-07-01", "2026-07-10").conflictIn(List.of(piotrAway)))
                .hasValueSatisfying(reason -> assertThat(reason).contains("Piotr Zieliński jest w tym czasie nieobecny"));
        var janStandsIn = substitution(maria, jan, "2026-07-05", "2026-07-06");
        assertThat(substitution(jan, piotr, "2026-07-01", "2026-07-10").conflictIn(List.of(janStandsIn)))
                .hasValueSatisfying(reason -> assertThat(reason).contains("Jan Kowalski zastępuje w tym czasie"));
    }

    @Test
    void aCancelledSubstitutionNoLongerBlocks() {
        var cancelled = substitution(jan, piotr, "2026-07-01", "2026-07-14");
        cancelled.cancel();
        assertThat(substitution(jan, maria, "2026-07-01", "2026-07-14").conflictIn(List.of(cancelled))).isEmpty();
        assertThat(cancelled.activeOn(LocalDate.parse("2026-07-02"))).isFalse();
    }

    @Test
    void bothSidesAreOfOneOrganisation() {
        var other = withId(new Organization("0401011", "Urząd Gminy", OrganizationKind.GMINA, null), 2L);
        var stranger = withId(new Employee(other, "Obcy", "Pracownik", null), 20L);
        assertThatThrownBy(() -> substitution(jan, stranger, "2026-07-01", "2026-07-02"))
                .isInstanceOf(FieldRefusal.class).hasMessageContaining("tej samej organizacji");
    }
}
