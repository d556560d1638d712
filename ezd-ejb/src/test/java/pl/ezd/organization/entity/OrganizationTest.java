package pl.ezd.organization.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class OrganizationTest {

    @Test
    void isIdentifiedByAGusTercCode() {
        assertThat(new Organization("0401021", "Urząd Miejski w Ciechocinku", OrganizationKind.GMINA, null).getTeryt())
                .isEqualTo("0401021");
        assertThat(new Organization("04", "Urząd Marszałkowski", OrganizationKind.WOJEWODZTWO, null).getKind())
                .isEqualTo(OrganizationKind.WOJEWODZTWO);
        assertThatThrownBy(() -> new Organization("04010", "x", OrganizationKind.GMINA, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TERYT");
    }

    @Test
    void unitSymbolsFollowTheOfficeConvention() {
        var gmina = new Organization("0401021", "Urząd Miejski w Ciechocinku", OrganizationKind.GMINA, null);
        assertThat(new OrganizationalUnit(gmina, "ABC-II", "Wydział").getSymbol()).isEqualTo("ABC-II");
        assertThatThrownBy(() -> new OrganizationalUnit(gmina, "or", "Referat Organizacyjny"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OrganizationalUnit(gmina, "OR.1", "Referat Organizacyjny"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void usernamesAreLowerCaseWithoutSpaces() {
        var gmina = new Organization("0401021", "Urząd Miejski w Ciechocinku", OrganizationKind.GMINA, null);
        var employee = new Employee(gmina, "Jan", "Kowalski", null);
        var hash = PasswordHash.of("Demo2026!".toCharArray());
        assertThat(new UserAccount(employee, "jan.kowalski", hash).isActive()).isTrue();
        assertThatThrownBy(() -> new UserAccount(employee, "Jan Kowalski", hash)).isInstanceOf(IllegalArgumentException.class);
        assertThat(employee.getFullName()).isEqualTo("Jan Kowalski");
        assertThat(Set.of(Role.values())).hasSize(6);
    }
}
