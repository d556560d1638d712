package pl.ezd.organization.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordHashTest {

    @Test
    void isABcryptModularCryptHashThatElytronReadsAndNeverThePassword() {
        var hash = PasswordHash.of("Demo2026!".toCharArray());

        assertThat(hash.value()).startsWith("$2a$" + PasswordHash.COST + "$").hasSize(60).doesNotContain("Demo2026!");
        assertThat(hash.matches("Demo2026!".toCharArray())).isTrue();
        assertThat(hash.matches("demo2026!".toCharArray())).isFalse();
        assertThat(hash).hasToString("PasswordHash[bcrypt]");
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        assertThat(PasswordHash.of("Demo2026!".toCharArray())).isNotEqualTo(PasswordHash.of("Demo2026!".toCharArray()));
    }

    @Test
    void refusesShortPasswordsAndForeignHashes() {
        assertThatThrownBy(() -> PasswordHash.of("krotkie".toCharArray())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("8");
        assertThatThrownBy(() -> new PasswordHash("5f4dcc3b5aa765d61d8327deb882cf99")).isInstanceOf(IllegalArgumentException.class);
    }
}
