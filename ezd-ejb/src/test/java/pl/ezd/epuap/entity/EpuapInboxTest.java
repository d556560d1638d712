package pl.ezd.epuap.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EpuapInboxTest {

    @Test
    void theFileRepositoryIsAnHttpBaseAddressEndingWithASlash() {
        var inbox = new EpuapInbox(7);
        inbox.fileRepository("https://epuap.gov.pl/file-repo-web");
        assertThat(inbox.getFileRepositoryUrl()).isEqualTo("https://epuap.gov.pl/file-repo-web/");
        inbox.fileRepository(" http://localhost:8080/epuap-sim/files/ ");
        assertThat(inbox.getFileRepositoryUrl()).isEqualTo("http://localhost:8080/epuap-sim/files/");
        inbox.fileRepository("https://epuap.gov.pl");
        assertThat(inbox.getFileRepositoryUrl()).isEqualTo("https://epuap.gov.pl/");
        inbox.fileRepository("  ");
        assertThat(inbox.getFileRepositoryUrl()).isNull();
    }

    @Test
    void aFileRepositoryThatCouldWidenWhatIsFetchedIsRefused() {
        var inbox = new EpuapInbox(7);
        for (String url : new String[] {"file:///etc/", "ftp://epuap.gov.pl/", "https://user:pw@epuap.gov.pl/",
            "https://epuap.gov.pl/repo/?a=b", "https://epuap.gov.pl/repo/#x", "https://epuap.gov.pl/repo/../", "repo/", "http:///x"}) {
            assertThatThrownBy(() -> inbox.fileRepository(url)).as(url).hasMessageContaining("Adres repozytorium plików ePUAP");
        }
    }

    @Test
    void anInboxCannotBeSwitchedOnWithoutACertificateAndKeepsOnlyTheSealedOne() {
        var inbox = new EpuapInbox(7);
        assertThatThrownBy(() -> inbox.configure("p", "/p/skrytka", null, "https://ws.epuap.gov.pl/pull", "epuap", 60, true))
                .hasMessageContaining("certyfikat");
        inbox.certificate(new byte[] {'E', 'Z', 'S', '1', 1}, new byte[] {'E', 'Z', 'S', '1', 2}, "ezd-1", "CN=EZD", null);
        assertThat(inbox.hasCertificate()).isTrue();
        assertThat(inbox.getSecretKeyId()).isEqualTo("ezd-1");
        assertThat(EpuapInbox.secretContext(7, "password")).isEqualTo("epuap_inbox:7:password");
        inbox.configure("p", "/p/skrytka", null, "https://ws.epuap.gov.pl/pull", "epuap", 60, true);
        assertThat(inbox.isEnabled()).isTrue();
    }
}
