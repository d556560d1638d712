package pl.ezd.web.epuap;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import pl.ezd.epuap.boundary.EpuapInboxes;
import pl.ezd.epuap.boundary.EpuapOverview;
import pl.ezd.epuap.boundary.InboxView;
import pl.ezd.epuap.boundary.ReceivedDocuments;

/**
 * The organisation's ePUAP inbox for its administrator ({@code /epuap/inbox.xhtml}): the counts
 * (totals and per inbox address), the last pull and its outcome, a pull started by hand, the
 * configuration (address, registering account, interval, on/off) and the upload of the system
 * certificate (PKCS#12 with its password; only its subject and validity are ever shown back).
 */
@Named
@ViewScoped
public class InboxAdminView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX_CERTIFICATE = 64 * 1024;

    @Inject
    EpuapInboxes inboxes;

    @Inject
    EpuapOverview overview;

    @Inject
    ReceivedDocuments received;

    private InboxView inbox;
    private ReceivedDocuments.Counts totals;
    private List<EpuapOverview.InboxCounts> perInbox;
    private String podmiot;
    private String adresSkrytki;
    private String nazwaSkrytki;
    private String endpointUrl;
    private String fileRepositoryUrl;
    private String account;
    private Integer pollIntervalSeconds = 60;
    private boolean enabled;
    private transient Part certificate;
    private String password;

    @jakarta.annotation.PostConstruct
    void open() {
        load();
        if (inbox != null) {
            podmiot = inbox.podmiot();
            adresSkrytki = inbox.adresSkrytki();
            nazwaSkrytki = inbox.nazwaSkrytki();
            endpointUrl = inbox.endpointUrl();
            fileRepositoryUrl = inbox.fileRepositoryUrl();
            account = inbox.account();
            pollIntervalSeconds = inbox.pollIntervalSeconds();
            enabled = inbox.enabled();
        }
    }

    /** Reads the inbox and the counts again (after a pull, or when the administrator asks). */
    public void load() {
        inbox = inboxes.configuration().orElse(null);
        totals = received.counts();
        perInbox = overview.countsPerInbox();
    }

    public void save() {
        InboxView[] saved = new InboxView[1];
        if (EpuapTexts.attempt("inbox-form", () -> saved[0] = inboxes.configure(new EpuapInboxes.InboxForm(podmiot, adresSkrytki,
                nazwaSkrytki, endpointUrl, account, pollIntervalSeconds, enabled, fileRepositoryUrl)))) {
            inbox = saved[0];
            nazwaSkrytki = inbox.nazwaSkrytki();
            EpuapTexts.info("inbox.saved");
        }
    }

    public void uploadCertificate() {
        byte[] pkcs12 = bytes(certificate);
        String given = password;
        password = null;
        if (pkcs12 == null) {
            EpuapTexts.field("certificate-form", "certificate", EpuapTexts.text("inbox.certificate.missing"));
            return;
        }
        if (pkcs12.length > MAX_CERTIFICATE) {
            EpuapTexts.field("certificate-form", "certificate", EpuapTexts.text("inbox.certificate.tooLarge"));
            return;
        }
        InboxView[] stored = new InboxView[1];
        if (EpuapTexts.attempt("certificate-form", () -> stored[0] = inboxes.certificate(pkcs12, given))) {
            inbox = stored[0];
            EpuapTexts.info("inbox.certificate.uploaded", inbox.certificateSubject());
        }
    }

    public void pullNow() {
        if (EpuapTexts.attempt(null, overview::pullNow)) {
            EpuapTexts.info("inbox.pullNow.done");
        }
    }

    private static byte[] bytes(Part file) {
        if (file == null || file.getSize() == 0) {
            return null;
        }
        if (file.getSize() > MAX_CERTIFICATE) {
            return new byte[MAX_CERTIFICATE + 1];
        }
        try (InputStream in = file.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public InboxView getInbox() { return inbox; }
    public ReceivedDocuments.Counts getTotals() { return totals; }
    public List<EpuapOverview.InboxCounts> getPerInbox() { return perInbox; }
    public String getPodmiot() { return podmiot; }
    public void setPodmiot(String podmiot) { this.podmiot = podmiot; }
    public String getAdresSkrytki() { return adresSkrytki; }
    public void setAdresSkrytki(String adresSkrytki) { this.adresSkrytki = adresSkrytki; }
    public String getNazwaSkrytki() { return nazwaSkrytki; }
    public void setNazwaSkrytki(String nazwaSkrytki) { this.nazwaSkrytki = nazwaSkrytki; }
    public String getEndpointUrl() { return endpointUrl; }
    public void setEndpointUrl(String endpointUrl) { this.endpointUrl = endpointUrl; }
    public String getFileRepositoryUrl() { return fileRepositoryUrl; }
    public void setFileRepositoryUrl(String fileRepositoryUrl) { this.fileRepositoryUrl = fileRepositoryUrl; }
    public String getAccount() { return account; }
    public void setAccount(String account) { this.account = account; }
    public Integer getPollIntervalSeconds() { return pollIntervalSeconds; }
    public void setPollIntervalSeconds(Integer pollIntervalSeconds) { this.pollIntervalSeconds = pollIntervalSeconds; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public Part getCertificate() { return certificate; }
    public void setCertificate(Part certificate) { this.certificate = certificate; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
