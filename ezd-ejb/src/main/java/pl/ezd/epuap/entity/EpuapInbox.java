package pl.ezd.epuap.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/**
 * An organisation's ePUAP inbox (skrytka) as the EZD pulls it: the podmiot and inbox address the
 * pull requests name, the service's address, the account in whose name the documents are
 * registered, the system certificate (PKCS#12, never shown again once stored), how often to pull
 * and whether to. The lease makes sure one inbox is pulled by one worker at a time, also across
 * servers.
 */
@Entity
@Table(name = "epuap_inbox")
public class EpuapInbox {

    public static final Duration MIN_INTERVAL = Duration.ofSeconds(5);
    public static final Duration MAX_INTERVAL = Duration.ofHours(24);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "epuap_inbox_seq")
    @SequenceGenerator(name = "epuap_inbox_seq", sequenceName = "epuap_inbox_seq", allocationSize = 50)
    private Long id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private long organizationId;

    @Column(nullable = false, length = 100)
    private String podmiot;

    @Column(name = "adres_skrytki", nullable = false, length = 200)
    private String adresSkrytki;

    @Column(name = "nazwa_skrytki", nullable = false, length = 200)
    private String nazwaSkrytki;

    @Column(name = "endpoint_url", nullable = false, length = 500)
    private String endpointUrl;

    @Column(nullable = false, length = 100)
    private String account;

    /**
     * The PKCS#12 file, sealed (envelope encryption with a master key kept outside the database,
     * see {@code pl.ezd.secrets}); the plaintext columns {@code certificate_p12} and
     * {@code certificate_password} of V40 are emptied at start-up and no longer mapped.
     */
    @Column(name = "certificate_sealed")
    private byte[] certificateSealed;

    @Column(name = "certificate_password_sealed")
    private byte[] certificatePasswordSealed;

    /** The master key that sealed both, so a rotation finds what to seal again. */
    @Column(name = "secret_key_id", length = 100)
    private String secretKeyId;

    @Column(name = "certificate_subject", length = 500)
    private String certificateSubject;

    @Column(name = "certificate_not_after")
    private Instant certificateNotAfter;

    /** The base address of the ePUAP file repository: attachments by URI are fetched only from under it. */
    @Column(name = "file_repository_url", length = 500)
    private String fileRepositoryUrl;

    @Column(name = "poll_interval_seconds", nullable = false)
    private int pollIntervalSeconds;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    @Column(name = "last_poll_at")
    private Instant lastPollAt;

    @Column(name = "last_poll_error", length = 1000)
    private String lastPollError;

    @Version
    private int version;

    protected EpuapInbox() {
    }

    public EpuapInbox(long organizationId) {
        this.organizationId = organizationId;
    }

    /** Sets what an administrator configures; every value checked, Polish messages. */
    public void configure(String podmiot, String adresSkrytki, String nazwaSkrytki, String endpointUrl, String account,
                          int pollIntervalSeconds, boolean enabled) {
        this.podmiot = required(podmiot, "Identyfikator podmiotu", 100);
        this.adresSkrytki = required(adresSkrytki, "Adres skrytki", 200);
        this.nazwaSkrytki = nazwaSkrytki == null || nazwaSkrytki.isBlank() ? this.adresSkrytki.substring(this.adresSkrytki.lastIndexOf('/') + 1)
                : required(nazwaSkrytki, "Nazwa skrytki", 200);
        String url = required(endpointUrl, "Adres usługi ePUAP", 500);
        try {
            URI uri = URI.create(url);
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Adres usługi ePUAP musi być adresem http(s): " + url);
        }
        this.endpointUrl = url;
        this.account = required(account, "Konto rejestrujące", 100);
        if (pollIntervalSeconds < MIN_INTERVAL.toSeconds() || pollIntervalSeconds > MAX_INTERVAL.toSeconds()) {
            throw new IllegalArgumentException("Odstęp między pobraniami: od " + MIN_INTERVAL.toSeconds() + " s do "
                    + MAX_INTERVAL.toSeconds() + " s");
        }
        this.pollIntervalSeconds = pollIntervalSeconds;
        if (enabled && certificateSealed == null) {
            throw new IllegalArgumentException("Najpierw wgraj certyfikat systemu (PKCS#12): bez niego ePUAP odmówi pobrania");
        }
        this.enabled = enabled;
    }

    /** Keeps the certificate sealed (never its plaintext); subject and expiry are shown to the administrator. */
    /**
     * Sets the base address of the ePUAP file repository (attachments by URI are fetched only from
     * under it); blank: none, such attachments then wait for the registry office. An http(s) address
     * with a host and no user, query or fragment; a path not ending in "/" gets one.
     */
    public void fileRepository(String url) {
        if (url == null || url.isBlank()) {
            this.fileRepositoryUrl = null;
            return;
        }
        String value = url.strip();
        try {
            URI uri = new URI(value);
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null
                    || uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null
                    || (uri.getRawPath() != null && uri.getRawPath().contains(".."))) {
                throw new IllegalArgumentException();
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            value = uri.getScheme() + "://" + uri.getRawAuthority() + (path.endsWith("/") ? path : path + "/");
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Adres repozytorium plików ePUAP musi być adresem http(s) bez użytkownika, zapytania"
                    + " i fragmentu: " + value);
        }
        if (value.length() > 500) {
            throw new IllegalArgumentException("Adres repozytorium plików ePUAP: najwyżej 500 znaków");
        }
        this.fileRepositoryUrl = value;
    }

    public void certificate(byte[] sealedPkcs12, byte[] sealedPassword, String keyId, String subject, Instant notAfter) {
        sealed(sealedPkcs12, sealedPassword, keyId);
        this.certificateSubject = subject;
        this.certificateNotAfter = notAfter;
    }

    /** The same certificate sealed again (a new master key). */
    public void sealed(byte[] sealedPkcs12, byte[] sealedPassword, String keyId) {
        this.certificateSealed = java.util.Objects.requireNonNull(sealedPkcs12);
        this.certificatePasswordSealed = java.util.Objects.requireNonNull(sealedPassword);
        this.secretKeyId = java.util.Objects.requireNonNull(keyId);
    }

    /** The context a sealed field of this inbox is bound to: it opens only here (one inbox per organisation). */
    public static String secretContext(long organizationId, String field) {
        return "epuap_inbox:" + organizationId + ":" + field;
    }

    public boolean hasCertificate() {
        return certificateSealed != null;
    }

    public void polled(Instant at, String error) {
        this.lastPollAt = at;
        this.lastPollError = error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error;
    }

    private static String required(String value, String what, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " jest wymagany");
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new IllegalArgumentException(what + ": najwyżej " + max + " znaków");
        }
        return v;
    }

    public Long getId() { return id; }
    public long getOrganizationId() { return organizationId; }
    public String getPodmiot() { return podmiot; }
    public String getAdresSkrytki() { return adresSkrytki; }
    public String getNazwaSkrytki() { return nazwaSkrytki; }
    public String getEndpointUrl() { return endpointUrl; }
    public String getAccount() { return account; }
    public byte[] getCertificateSealed() { return certificateSealed; }
    public byte[] getCertificatePasswordSealed() { return certificatePasswordSealed; }
    public String getSecretKeyId() { return secretKeyId; }
    public String getCertificateSubject() { return certificateSubject; }
    public Instant getCertificateNotAfter() { return certificateNotAfter; }
    public String getFileRepositoryUrl() { return fileRepositoryUrl; }
    public int getPollIntervalSeconds() { return pollIntervalSeconds; }
    public boolean isEnabled() { return enabled; }
    public Instant getLeaseUntil() { return leaseUntil; }
    public Instant getLastPollAt() { return lastPollAt; }
    public String getLastPollError() { return lastPollError; }
    public int getVersion() { return version; }
}
