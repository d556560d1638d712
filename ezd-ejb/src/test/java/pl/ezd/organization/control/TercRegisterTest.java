package pl.ezd.organization.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import pl.ezd.organization.entity.FieldRefusal;
import pl.ezd.organization.entity.OrganizationKind;

/** An organisation's TERYT code must be the region's and fit its kind. */
class TercRegisterTest {

    @Test
    void acceptsCodesOfTheRegionThatFitTheKind() {
        assertThat(TercRegister.check("0401021", OrganizationKind.GMINA).name()).isEqualTo("Ciechocinek");
        assertThat(TercRegister.check("0401", OrganizationKind.POWIAT).kind()).isEqualTo("powiat");
        assertThat(TercRegister.check("04", OrganizationKind.WOJEWODZTWO).kind()).isEqualTo("województwo");
    }

    @Test
    void refusesUnknownMalformedOrMismatchedCodes() {
        assertThatThrownBy(() -> TercRegister.check("1465011", OrganizationKind.GMINA))
                .isInstanceOf(FieldRefusal.class).hasMessageContaining("nie ma w rejestrze").extracting("field").isEqualTo("teryt");
        assertThatThrownBy(() -> TercRegister.check("04010", OrganizationKind.GMINA)).hasMessageContaining("2, 4 albo 7 cyfr");
        assertThatThrownBy(() -> TercRegister.check("0401", OrganizationKind.GMINA)).hasMessageContaining("nie oznacza");
        String townOfTheUrbanRuralGminaGorzno = "0402054";
        assertThatThrownBy(() -> TercRegister.check(townOfTheUrbanRuralGminaGorzno, OrganizationKind.GMINA))
                .hasMessageContaining("kończący się cyfrą 3");
    }
}
