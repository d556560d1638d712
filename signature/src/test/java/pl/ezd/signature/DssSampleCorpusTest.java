package pl.ezd.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real signatures made by EU member states' tools (ETSI plugtest samples: Austria, Belgium,
 * Cyprus, Czechia, Estonia, Hungary, Romania, Slovakia, the UK; EU Official Journal and trusted
 * lists) and DSS's own tampered and wrapping samples, as DSS ships them in its test jar on Maven
 * Central ({@code eu.europa.ec.joinup.sd-dss:dss-xades:6.4:tests}). There is no Polish sample in it.
 *
 * <p>No trust anchor is configured (their CAs are not ours, most certificates have long expired),
 * so an intact genuine signature must come out INDETERMINATE: never VALID without an anchor, and
 * never INVALID, which would reject a genuine signature. Proven tampering must be INVALID.
 */
class DssSampleCorpusTest {

    private static final SignatureVerifier NO_ANCHORS = SignatureVerifier.builder().build();

    static Stream<Arguments> samples() {
        return Stream.of(
                // genuine signatures from member states' tools and EU publications: intact, no anchor
                // XAdES 1.1.1 (Austria): DSS 6.4 does not find the old-namespace signed properties
                expect("Signature-X-AT-1.xml", Verdict.INDETERMINATE, "SIGNED_DATA_NOT_FOUND"),
                genuine("Signature-X-BE_ECON-3.xml"), genuine("Signature-X-CY-1.xml"),
                genuine("Signature-X-CZ_SEF-4.xml"), genuine("Signature-X-CZ_SEF-5.xml"), genuine("Signature-X-EE-3.ddoc"),
                genuine("Signature-X-HU_POL-3.xml"), genuine("Signature-X-RO_TRA-15.xml"), genuine("Signature-X-SK_DIT-1.xml"),
                genuine("Signature-X-UK_ASC-2.xml"), genuine("OJ_C_2017_173_FULL.xml"), genuine("OJ_L_2016_294_FULL.xml"),
                genuine("dk_tl-sn21.xml"), genuine("sk-tsl.xml"), genuine("XAdESLTA.xml"), genuine("xades-lta-valid.xml"),
                genuine("xades-x-level.xml"), genuine("xades-ecc-brainpool.xml"), genuine("dss-signed.xml"),
                // detached signatures given without their file: cannot be checked
                expect("Signature-X-HU_MIC-1.xml", Verdict.INDETERMINATE, "SIGNED_DATA_NOT_FOUND"),
                expect("xades-500-references.xml", Verdict.INDETERMINATE, "SIGNED_DATA_NOT_FOUND"),
                // the office's policy: a signature over a part of an XML document does not sign the document
                expect("Signature-X-ES-100.xml", Verdict.INVALID, "PARTIAL_COVERAGE"),
                expect("Signature-X-HR_FIN-1.xml", Verdict.INVALID, "PARTIAL_COVERAGE"),
                // changed after signing
                expect("xades-tampered-reference.xml", Verdict.INVALID, "HASH_FAILURE"),
                expect("xades-tampered-manifest.xml", Verdict.INVALID, "HASH_FAILURE"),
                expect("Signature-X-RO_TRA-4.xml", Verdict.INVALID, "HASH_FAILURE"),
                expect("dss-signed-altered-signedPropsRemoved.xml", Verdict.INVALID, "SIG_CRYPTO_FAILURE"),
                expect("dss-signed-altered-refRemoved.xml", Verdict.INDETERMINATE, "SIGNED_DATA_NOT_FOUND"),
                expect("xades-not-base64-sigValue.xml", Verdict.INVALID, "SIG_CRYPTO_FAILURE"),
                expect("xades-counter-signature-injected.xml", Verdict.INVALID, "HASH_FAILURE"),
                expect("xades-fake-counter-signature.xml", Verdict.INVALID, "HASH_FAILURE"),
                // time-stamps copied from other signatures
                expect("xades-t-copied-sigtst.xml", Verdict.INVALID, "TIMESTAMP_MISMATCH"),
                expect("xades-lta-copied-atst.xml", Verdict.INVALID, "TIMESTAMP_MISMATCH"),
                expect("xades-two-sig-copied-tst.xml", Verdict.INVALID, "TIMESTAMP_MISMATCH"),
                // signature wrapping
                expect("xsw/XSW-enveloped-fake-content.xml", Verdict.INVALID, "PARTIAL_COVERAGE"),
                expect("xsw/XSW-enveloped-fake-content-misplaced.xml", Verdict.INVALID, "PARTIAL_COVERAGE"),
                expect("xsw/XSW-enveloped-fake-content-two-same-id.xml", Verdict.INVALID, "FORMAT_FAILURE"),
                expect("xsw/XSW-enveloping-fake-manifest.xml", Verdict.INVALID, "SIGNED_DATA_NOT_FOUND"),
                expect("xsw/XSW-enveloping-fake-object.xml", Verdict.INVALID, ""),
                expect("xsw/disable-checks.xml", Verdict.INVALID, "SIGNED_DATA_NOT_FOUND"),
                expect("xsw/XSW-enveloped-fake-signedProperties.xml", Verdict.INDETERMINATE, "SIGNED_DATA_NOT_FOUND"),
                // certificate swapped or its reference wrong: the signer cannot be identified
                expect("xades-tampered-keyinfo.xml", Verdict.INDETERMINATE, "NO_SIGNING_CERTIFICATE_FOUND"),
                expect("xades-wrong-sign-cert-digest.xml", Verdict.INDETERMINATE, "NO_SIGNING_CERTIFICATE_FOUND"),
                // hostile or broken files
                expect("xades-with-dtd-injection.xml", Verdict.INVALID, "FORBIDDEN_XML"),
                expect("broken-dom.xml", Verdict.INVALID, "MALFORMED_DOCUMENT"),
                expect("malformed-xades.xml", Verdict.INVALID, "MALFORMED_DOCUMENT"));
    }

    private static Arguments genuine(String file) {
        return expect(file, Verdict.INDETERMINATE, "NO_CERTIFICATE_CHAIN_FOUND");
    }

    private static Arguments expect(String file, Verdict verdict, String reasonCode) {
        return Arguments.of(file, verdict, reasonCode);
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @MethodSource("samples")
    void verdictOnTheSample(String file, Verdict verdict, String reasonCode) throws IOException {
        byte[] document;
        try (InputStream in = DssSampleCorpusTest.class.getResourceAsStream("/validation/" + file)) {
            assertThat(in).as("sample " + file + " in DSS's test jar").isNotNull();
            document = in.readAllBytes();
        }

        VerificationReport report = NO_ANCHORS.verify(document, file.substring(file.lastIndexOf('/') + 1));

        assertThat(report.verdict()).as(report.reason()).isEqualTo(verdict);
        assertThat(report.reason()).startsWith(reasonCode);
    }
}
