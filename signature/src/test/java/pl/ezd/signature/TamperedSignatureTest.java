package pl.ezd.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Signed documents changed after signing, or signed in a way that leaves part of the document
 * unprotected: none may come out VALID. Samples are written to target/tampered-samples/.
 */
class TamperedSignatureTest {

    private static TestPki pki;
    private static SignatureVerifier verifier;
    private static String signed;

    @BeforeAll
    static void signOnce() {
        pki = TestPki.get();
        verifier = pki.verifier().build();
        signed = new String(DocumentSigner.builder(pki.signer.signingKey()).build()
                .sign(SignatureFormat.XADES_ENVELOPED, RoundTripTest.LETTER, "pismo.xml"), StandardCharsets.UTF_8);
    }

    private static VerificationReport verify(String name, String xml) throws Exception {
        Path dir = Path.of("target", "tampered-samples");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(name), xml);
        return verifier.verify(xml.getBytes(StandardCharsets.UTF_8), name);
    }

    @Test
    void changedContentIsInvalid() throws Exception {
        String tampered = signed.replace("Wniosek o wydanie zaswiadczenia", "Wniosek o umorzenie podatku");
        assertThat(tampered).isNotEqualTo(signed);

        VerificationReport report = verify("changed-content.xml", tampered);

        assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(report.reason()).startsWith("HASH_FAILURE");
        assertThat(report.summaryPl()).contains("zmieniono");
    }

    @Test
    void changedSignedPropertyIsInvalid() throws Exception {
        String tampered = signed.replaceFirst("<xades:SigningTime>[^<]+</xades:SigningTime>",
                "<xades:SigningTime>2020-01-01T10:00:00Z</xades:SigningTime>");
        assertThat(tampered).isNotEqualTo(signed);

        VerificationReport report = verify("changed-signing-time.xml", tampered);

        assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(report.reason()).startsWith("HASH_FAILURE");
    }

    @Test
    void certificateSwappedInKeyInfoIsInvalid() throws Exception {
        String original = Base64.getEncoder().encodeToString(pki.signer.cert().getEncoded());
        String rogue = Base64.getEncoder().encodeToString(pki.rogueSigner.cert().getEncoded());
        int start = signed.indexOf("<ds:X509Certificate>") + "<ds:X509Certificate>".length();
        int end = signed.indexOf("</ds:X509Certificate>");
        // xmlsec may wrap base64 with &#13; line breaks (see STACK_NOTES: ignoreLineBreaks)
        assertThat(signed.substring(start, end).replace("&#13;", "").replaceAll("\\s", "")).isEqualTo(original);
        String tampered = signed.substring(0, start) + rogue + signed.substring(end);

        VerificationReport report = verify("swapped-certificate.xml", tampered);

        assertThat(report.verdict()).as(report.reason()).isEqualTo(Verdict.INVALID);
    }

    @Test
    void lookalikeCertificateFromAnUntrustedCaIsNotValid() throws Exception {
        // Same subject name as the real signer and its root, but a different key and CA.
        String forged = new String(DocumentSigner.builder(pki.rogueSigner.signingKey()).build()
                .sign(SignatureFormat.XADES_ENVELOPED, RoundTripTest.LETTER, "pismo.xml"), StandardCharsets.UTF_8);

        VerificationReport report = verify("lookalike-ca.xml", forged);

        assertThat(report.verdict()).isEqualTo(Verdict.INDETERMINATE);
        assertThat(report.reason()).startsWith("NO_CERTIFICATE_CHAIN_FOUND");
    }

    @Test
    void signedDocumentWrappedInAForgedOneIsInvalid() throws Exception {
        String body = signed.substring(signed.indexOf("<pismo"));
        String wrapped = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><pismo xmlns=\"urn:ezd:test\">"
                + "<tresc>Wniosek o umorzenie podatku</tresc><zalacznik>" + body + "</zalacznik></pismo>";

        VerificationReport report = verify("wrapped.xml", wrapped);

        assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
    }

    @Test
    void signatureCoveringOnlyPartOfTheDocumentIsInvalid() throws Exception {
        String partial = new String(new TamperedSignatureTestSamples(pki).signedByIdOnly(), StandardCharsets.UTF_8);
        // After signing, the attacker adds an unsigned element next to the signed one.
        String tampered = partial.replace("<kwota>100</kwota>", "<kwota>100000</kwota>");
        assertThat(tampered).isNotEqualTo(partial);

        for (String sample : List.of(partial, tampered)) {
            VerificationReport report = verify("partial-coverage.xml", sample);
            assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
            assertThat(report.reason()).startsWith("PARTIAL_COVERAGE");
            assertThat(report.signatures().get(0).coverage()).isEqualTo(VerificationReport.Coverage.PART_OF_DOCUMENT);
        }
    }

    @Test
    void detachedSignatureWithOtherContentIsInvalid() {
        byte[] content = "oryginalna tresc".getBytes(StandardCharsets.UTF_8);
        byte[] signature = DocumentSigner.builder(pki.signer.signingKey()).build()
                .sign(SignatureFormat.XADES_DETACHED, content, "plik.txt");

        VerificationReport report = verifier.verifyDetached(signature, "plik.txt.xades",
                "podmieniona tresc".getBytes(StandardCharsets.UTF_8), "plik.txt");

        assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(report.reason()).startsWith("HASH_FAILURE");
    }

    @Test
    void detachedSignatureWithoutItsContentIsNotValid() {
        byte[] signature = DocumentSigner.builder(pki.signer.signingKey()).build()
                .sign(SignatureFormat.XADES_DETACHED, "x".getBytes(StandardCharsets.UTF_8), "plik.txt");

        VerificationReport report = verifier.verify(signature, "plik.txt.xades");

        assertThat(report.verdict()).isNotEqualTo(Verdict.VALID);
    }
}
