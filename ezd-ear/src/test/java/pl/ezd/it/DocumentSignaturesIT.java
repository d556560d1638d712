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
 * A signed letter stored in the EZD gets its verification report next to it, on every path that
 * stores files (documents upload, registry desk multipart registration, a file added to a
 * registered item, a document filed in a case): the verdict, a Polish summary the clerk reads
 * ({@code signatureVerdict}, {@code signatureSummary} in the document's and the case file's JSON),
 * and the whole report. The signer's certificate is not a trust
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

    /** Waits for the background check of a JSON document (a DocumentView or CaseDocumentView) read by {@code read}. */
    private static JsonObject checked(java.util.function.Supplier<JsonObject> read) throws InterruptedException {
        Instant until = Instant.now().plusSeconds(60);
        while (true) {
            JsonObject document = read.get();
            if (hasVerdict(document) || Instant.now().isAfter(until)) {
                return document;
            }
            Thread.sleep(300);
        }
    }

    private static Ezd.Reply registerWithFile(String title, String fileName, byte[] content) throws Exception {
        String boundary = "ezd-" + java.util.UUID.randomUUID();
        var body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\nContent-Type: application/json\r\n\r\n"
                + Ezd.letter(title, "Jan Kowalski") + "\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(Ezd.URL + "api/v1/incoming-items"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        ("kancelaria:" + Ezd.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        var response = java.net.http.HttpClient.newHttpClient().send(request,
                java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Ezd.Reply(response.statusCode(),
                jakarta.json.Json.createReader(new java.io.StringReader(response.body())).read(), response.body());
    }

    @Test
    void signedFilesRegisteredAtTheDeskAddedLaterAndFiledInACaseShowTheirCheckNextToTheDocument() throws Exception {
        var registered = registerWithFile("Wniosek podpisany złożony w kancelarii", "wniosek.xml",
                signedLetter("Proszę o wydanie decyzji."));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        int itemId = registered.object().getInt("id");
        String itemDocuments = "api/v1/incoming-items/" + itemId + "/documents";

        JsonObject letter = checked(() -> Ezd.get("kancelaria", itemDocuments).json().asJsonArray().getJsonObject(0));
        assertThat(letter.getString("signatureVerdict")).isEqualTo("INDETERMINATE");
        assertThat(letter.getString("signatureSummary")).contains("Jan Kowalski");
        assertThat(letter.getJsonArray("versions").getJsonObject(0).getString("signatureVerdict")).isEqualTo("INDETERMINATE");

        // A later file added to the registered item is checked too.
        byte[] tampered = new String(signedLetter("Załącznik: pełnomocnictwo."), StandardCharsets.UTF_8)
                .replace("pełnomocnictwo", "przelew").getBytes(StandardCharsets.UTF_8);
        var attached = Ezd.upload("kancelaria", itemDocuments, "zalacznik.xml", tampered);
        assertThat(attached.status()).as(attached.body()).isEqualTo(201);
        JsonObject attachment = checked(() -> Ezd.get("kancelaria", itemDocuments).json().asJsonArray().getJsonObject(1));
        assertThat(attachment.getString("signatureVerdict")).isEqualTo("INVALID");

        // Filed in a case, the case file shows the same check next to the document.
        var theCase = Ezd.post("referent", "api/v1/cases", "{\"jrwaSymbol\":\"7001\",\"title\":\"Decyzja dla Jana Kowalskiego\"}");
        assertThat(theCase.status()).as(theCase.body()).isEqualTo(201);
        String caseDocuments = "api/v1/cases/" + theCase.object().getInt("id") + "/documents";
        var filed = Ezd.post("referent", caseDocuments, "{\"documentId\":" + letter.getInt("id") + ",\"role\":\"OTHER\"}");
        assertThat(filed.status()).as(filed.body()).isEqualTo(200);
        JsonObject inCase = Ezd.get("referent", caseDocuments).json().asJsonArray().getJsonObject(0);
        assertThat(inCase.getString("signatureVerdict")).isEqualTo("INDETERMINATE");
        assertThat(inCase.getString("signatureSummary")).isEqualTo(letter.getString("signatureSummary"));
    }
}
