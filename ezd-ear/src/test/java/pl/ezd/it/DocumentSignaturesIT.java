package pl.ezd.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pl.ezd.signature.DocumentSigner;
import pl.ezd.signature.SignatureFormat;
import pl.ezd.signature.SigningKey;

/**
 * A signed letter stored in the EZD gets its verification report next to it: the verdict, a
 * Polish summary the clerk reads, and the whole report. The signer's certificate is not a trust
 * anchor of the test installation, so the best an intact signature can be is INDETERMINATE; a
 * letter changed after signing is INVALID. An unsigned file gets no report.
 */
class DocumentSignaturesIT {

    private static SigningKey citizen;

    @BeforeAll
    static void citizenWithACertificate() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        var name = new X500Name("CN=Jan Kowalski, C=PL");
        Instant now = Instant.now();
        X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
                name, BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(Duration.ofDays(365))), name, keys.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
        citizen = new SigningKey() {
            @Override
            public PrivateKey privateKey() {
                return keys.getPrivate();
            }

            @Override
            public List<X509Certificate> certificateChain() {
                return List.of(certificate);
            }

            @Override
            public Optional<Provider> provider() {
                return Optional.empty();
            }
        };
    }

    private static byte[] signedLetter(String body) {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><pismo><tytul>Wniosek</tytul><tresc>" + body + "</tresc></pismo>";
        return DocumentSigner.builder(citizen).build()
                .sign(SignatureFormat.XADES_ENVELOPED, xml.getBytes(StandardCharsets.UTF_8), "wniosek.xml");
    }

    private static JsonObject checkedVersion(int documentId) throws InterruptedException {
        Instant until = Instant.now().plusSeconds(60);
        while (true) {
            JsonObject version = Ezd.get("kancelaria", "api/v1/documents/" + documentId).object()
                    .getJsonArray("versions").getJsonObject(0);
            if (hasVerdict(version) || Instant.now().isAfter(until)) {
                return version;
            }
            Thread.sleep(300);
        }
    }

    /** Null fields are left out of the JSON. */
    private static boolean hasVerdict(JsonObject version) {
        return version.containsKey("signatureVerdict") && !version.isNull("signatureVerdict");
    }

    private static int upload(String title, String fileName, byte[] content) {
        var reply = Ezd.upload("kancelaria", "api/v1/documents?kind=LETTER&title=" + URLEncoder.encode(title, StandardCharsets.UTF_8),
                fileName, content);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.object().getInt("id");
    }

    @Test
    void anIntactSignatureWithoutATrustAnchorIsIndeterminateWithAReportForTheClerk() throws Exception {
        int id = upload("Wniosek podpisany", "wniosek.xml", signedLetter("Proszę o wydanie zaświadczenia."));

        var version = checkedVersion(id);
        assertThat(version.getString("signatureVerdict")).isEqualTo("INDETERMINATE");
        assertThat(version.getString("signatureSummary")).isNotBlank();
        var report = Ezd.get("referent", "api/v1/documents/" + id + "/versions/1/signature");
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.body()).contains("Jan Kowalski").contains("INDETERMINATE");
    }

    @Test
    void aLetterChangedAfterSigningIsInvalid() throws Exception {
        byte[] signed = signedLetter("Proszę o wydanie zaświadczenia.");
        byte[] tampered = new String(signed, StandardCharsets.UTF_8)
                .replace("wydanie zaświadczenia", "umorzenie podatku").getBytes(StandardCharsets.UTF_8);

        int id = upload("Wniosek zmieniony", "wniosek.xml", tampered);

        assertThat(checkedVersion(id).getString("signatureVerdict")).isEqualTo("INVALID");
    }

    @Test
    void anUnsignedFileHasNoSignatureReport() throws Exception {
        int id = upload("Notatka", "notatka.txt", "Notatka służbowa bez podpisu.".getBytes(StandardCharsets.UTF_8));
        Thread.sleep(1500);
        assertThat(hasVerdict(Ezd.get("kancelaria", "api/v1/documents/" + id).object().getJsonArray("versions").getJsonObject(0)))
                .isFalse();
        assertThat(Ezd.get("kancelaria", "api/v1/documents/" + id + "/versions/1/signature").status()).isEqualTo(404);
    }
}
