package pl.ezd.organization.entity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsALongMixedPassword() {
        assertThatCode(() -> PasswordPolicy.check("newPassword", "Zielona-Łąka7".toCharArray(), "jan.kowalski"))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesShortOneKindOrLoginBasedPasswordsForTheField() {
        assertThatThrownBy(() -> PasswordPolicy.check("newPassword", "Krotkie1!".toCharArray(), "jan"))
                .isInstanceOf(FieldRefusal.class).hasMessageContaining("od 10").extracting("field").isEqualTo("newPassword");
        assertThatThrownBy(() -> PasswordPolicy.check("newPassword", "samemalelitery".toCharArray(), "jan"))
                .hasMessageContaining("małą i wielką literę");
        assertThatThrownBy(() -> PasswordPolicy.check("newPassword", "XJan.Kowalski2026".toCharArray(), "jan.kowalski"))
                .hasMessageContaining("loginu");
        assertThatThrownBy(() -> PasswordPolicy.check("newPassword", new char[0], "jan")).hasMessage("Podaj hasło");
    }
}
