package pl.ezd.web.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SameViewAddressTest {

    private static final String FALLBACK = "/workflow/task.xhtml";

    @Test
    void theRefererKeepsThePageParametersThatThePostLost() {
        assertThat(SameViewAddress.of("http://localhost:8080/workflow/task.xhtml?id=42", "", FALLBACK))
                .isEqualTo("/workflow/task.xhtml?id=42");
        assertThat(SameViewAddress.of("https://ezd.example/ezd/cases/case.xhtml?id=7&tab=notes", "/ezd", "/ezd/cases/case.xhtml"))
                .isEqualTo("/ezd/cases/case.xhtml?id=7&tab=notes");
    }

    @Test
    void onlyAPathOfThisApplicationIsEverReturnedNeverAnotherHost() {
        // the host of the header is dropped: the redirect stays on the server that answered
        assertThat(SameViewAddress.of("https://evil.example/registry/register.xhtml", "", FALLBACK))
                .isEqualTo("/registry/register.xhtml");
        assertThat(SameViewAddress.of("https://evil.example//evil.example/x", "", FALLBACK)).isEqualTo(FALLBACK);
        assertThat(SameViewAddress.of("https://ezd.example/other-app/page.xhtml", "/ezd", FALLBACK)).isEqualTo(FALLBACK);
        assertThat(SameViewAddress.of("https://ezd.example/ezd/../admin/units.xhtml", "/ezd", FALLBACK)).isEqualTo(FALLBACK);
    }

    @Test
    void withoutAUsableRefererTheViewItselfIsOpened() {
        assertThat(SameViewAddress.of(null, "", FALLBACK)).isEqualTo(FALLBACK);
        assertThat(SameViewAddress.of(" ", "", FALLBACK)).isEqualTo(FALLBACK);
        assertThat(SameViewAddress.of("not a uri with spaces", "", FALLBACK)).isEqualTo(FALLBACK);
        assertThat(SameViewAddress.of("http://localhost/login.xhtml?error=true", "", FALLBACK)).isEqualTo(FALLBACK);
        assertThat(SameViewAddress.of("http://localhost/session/keep-alive", "", FALLBACK)).isEqualTo(FALLBACK);
        assertThat(SameViewAddress.of("http://localhost/api/v1/me", "", FALLBACK)).isEqualTo(FALLBACK);
    }
}
