package pl.ezd.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** The signer's device is simulated by signing the prepared bytes with the test key. */
class TwoStepSignerTest {

    private final TestPki pki = TestPki.get();

    private byte[] deviceSigns(TwoStepSigner.PreparedSignature prepared) throws Exception {
        Signature s = Signature.getInstance(prepared.signatureAlgorithm());
        s.initSign(pki.signer.key());
        s.update(prepared.dataToSign());
        return s.sign();
    }

    private static byte[] documentFor(SignatureFormat format) throws IOException {
        return switch (format) {
            case XADES_ENVELOPED -> RoundTripTest.LETTER;
            case XADES_DETACHED -> "dowolna tresc".getBytes(StandardCharsets.UTF_8);
            case PADES -> TimestampAndPadesTest.pdf("Wniosek podpisany karta");
        };
    }

    @ParameterizedTest
    @EnumSource(SignatureFormat.class)
    void preparedThenSignedElsewhereThenAssembledIsValid(SignatureFormat format) throws Exception {
        TwoStepSigner signer = TwoStepSigner.create(null);
        byte[] document = documentFor(format);

        TwoStepSigner.PreparedSignature prepared = signer.prepare(format, document, "wniosek", pki.signer.chain());
        prepared = roundTripThroughSerialization(prepared);
        byte[] signed = signer.complete(prepared, document, deviceSigns(prepared));

        SignatureVerifier verifier = pki.verifier().build();
        VerificationReport report = format == SignatureFormat.XADES_DETACHED
                ? verifier.verifyDetached(signed, "wniosek.xades", document, "wniosek")
                : verifier.verify(signed, "wniosek");
        assertThat(report.verdict()).as(report.reason()).isEqualTo(Verdict.VALID);
        assertThat(report.signatures().get(0).signer()).isEqualTo("Jan Kowalski");
    }

    @Test
    void aSignatureValueThatDoesNotMatchIsRefused() throws Exception {
        TwoStepSigner signer = TwoStepSigner.create(null);
        TwoStepSigner.PreparedSignature prepared = signer.prepare(SignatureFormat.XADES_ENVELOPED, RoundTripTest.LETTER,
                "pismo.xml", pki.signer.chain());
        byte[] value = deviceSigns(prepared);
        value[10] ^= 1;

        assertThatThrownBy(() -> signer.complete(prepared, RoundTripTest.LETTER, value))
                .isInstanceOf(SignatureException.SigningException.class)
                .hasMessageContaining("does not match");
    }

    @Test
    void completingOverAnotherDocumentIsRefused() throws Exception {
        TwoStepSigner signer = TwoStepSigner.create(null);
        TwoStepSigner.PreparedSignature prepared = signer.prepare(SignatureFormat.XADES_ENVELOPED, RoundTripTest.LETTER,
                "pismo.xml", pki.signer.chain());
        byte[] value = deviceSigns(prepared);
        byte[] other = "<pismo>inne</pismo>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> signer.complete(prepared, other, value))
                .isInstanceOf(SignatureException.SigningException.class)
                .hasMessageContaining("differs");
    }

    private static TwoStepSigner.PreparedSignature roundTripThroughSerialization(TwoStepSigner.PreparedSignature p)
            throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(p);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (TwoStepSigner.PreparedSignature) in.readObject();
        }
    }
}
