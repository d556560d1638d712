package pl.ezd.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Anchors from an ETSI TS 119 612 trusted list file (like the Polish list of qualified trust
 * service providers): the test issuing CA is listed as a granted CA/QC service.
 */
class TrustedListTest {

    private final TestPki pki = TestPki.get();

    private String trustedList(Instant nextUpdate) throws Exception {
        return trustedList(pki.intermediate.cert(), nextUpdate);
    }

    /** A national trusted list (territory PL) naming {@code caCert} as a granted CA/QC service. */
    static String trustedList(java.security.cert.X509Certificate caCert, Instant nextUpdate) throws Exception {
        String ca = Base64.getEncoder().encodeToString(caCert.getEncoded());
        String address = "<tsl:PostalAddresses><tsl:PostalAddress xml:lang=\"en\"><tsl:StreetAddress>Testowa 1</tsl:StreetAddress>"
                + "<tsl:Locality>Testowo</tsl:Locality><tsl:PostalCode>00-001</tsl:PostalCode><tsl:CountryName>PL</tsl:CountryName>"
                + "</tsl:PostalAddress></tsl:PostalAddresses><tsl:ElectronicAddress><tsl:URI xml:lang=\"en\">mailto:tl@ezd-test.invalid</tsl:URI>"
                + "</tsl:ElectronicAddress>";
        Instant issued = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<tsl:TrustServiceStatusList xmlns:tsl=\"http://uri.etsi.org/02231/v2#\" Id=\"tsl\" TSLTag=\"http://uri.etsi.org/19612/TSLTag\">"
                + "<tsl:SchemeInformation><tsl:TSLVersionIdentifier>5</tsl:TSLVersionIdentifier><tsl:TSLSequenceNumber>1</tsl:TSLSequenceNumber>"
                + "<tsl:TSLType>http://uri.etsi.org/TrstSvc/TrustedList/TSLType/EUgeneric</tsl:TSLType>"
                + "<tsl:SchemeOperatorName><tsl:Name xml:lang=\"en\">EZD Test Supervisor</tsl:Name></tsl:SchemeOperatorName>"
                + "<tsl:SchemeOperatorAddress>" + address + "</tsl:SchemeOperatorAddress>"
                + "<tsl:SchemeName><tsl:Name xml:lang=\"en\">PL:Test trusted list</tsl:Name></tsl:SchemeName>"
                + "<tsl:SchemeInformationURI><tsl:URI xml:lang=\"en\">http://tl.ezd-test.invalid/</tsl:URI></tsl:SchemeInformationURI>"
                + "<tsl:StatusDeterminationApproach>http://uri.etsi.org/TrstSvc/TrustedList/StatusDetn/EUappropriate</tsl:StatusDeterminationApproach>"
                + "<tsl:SchemeTypeCommunityRules><tsl:URI xml:lang=\"en\">http://uri.etsi.org/TrstSvc/TrustedList/schemerules/EUcommon</tsl:URI></tsl:SchemeTypeCommunityRules>"
                + "<tsl:SchemeTerritory>PL</tsl:SchemeTerritory>"
                + "<tsl:PolicyOrLegalNotice><tsl:TSLLegalNotice xml:lang=\"en\">Test only</tsl:TSLLegalNotice></tsl:PolicyOrLegalNotice>"
                + "<tsl:HistoricalInformationPeriod>65535</tsl:HistoricalInformationPeriod>"
                + "<tsl:ListIssueDateTime>" + issued + "</tsl:ListIssueDateTime>"
                + "<tsl:NextUpdate><tsl:dateTime>" + nextUpdate.truncatedTo(ChronoUnit.SECONDS) + "</tsl:dateTime></tsl:NextUpdate>"
                + "</tsl:SchemeInformation>"
                + "<tsl:TrustServiceProviderList><tsl:TrustServiceProvider><tsl:TSPInformation>"
                + "<tsl:TSPName><tsl:Name xml:lang=\"en\">EZD Test QTSP</tsl:Name></tsl:TSPName>"
                + "<tsl:TSPAddress>" + address + "</tsl:TSPAddress>"
                + "<tsl:TSPInformationURI><tsl:URI xml:lang=\"en\">http://qtsp.ezd-test.invalid/</tsl:URI></tsl:TSPInformationURI>"
                + "</tsl:TSPInformation><tsl:TSPServices><tsl:TSPService><tsl:ServiceInformation>"
                + "<tsl:ServiceTypeIdentifier>http://uri.etsi.org/TrstSvc/Svctype/CA/QC</tsl:ServiceTypeIdentifier>"
                + "<tsl:ServiceName><tsl:Name xml:lang=\"en\">EZD Test Issuing CA</tsl:Name></tsl:ServiceName>"
                + "<tsl:ServiceDigitalIdentity><tsl:DigitalId><tsl:X509Certificate>" + ca + "</tsl:X509Certificate></tsl:DigitalId></tsl:ServiceDigitalIdentity>"
                + "<tsl:ServiceStatus>http://uri.etsi.org/TrstSvc/TrustedList/Svcstatus/granted</tsl:ServiceStatus>"
                + "<tsl:StatusStartingTime>2025-01-01T00:00:00Z</tsl:StatusStartingTime>"
                + "<tsl:ServiceInformationExtensions>" + additional("ForeSignatures") + additional("ForeSeals")
                + "</tsl:ServiceInformationExtensions>"
                + "</tsl:ServiceInformation></tsl:TSPService></tsl:TSPServices></tsl:TrustServiceProvider></tsl:TrustServiceProviderList>"
                + "</tsl:TrustServiceStatusList>";
    }

    /** What the listed CA may issue qualified certificates for (eIDAS trusted lists must say). */
    static String additional(String what) {
        return "<tsl:Extension Critical=\"true\"><tsl:AdditionalServiceInformation><tsl:URI xml:lang=\"en\">"
                + "http://uri.etsi.org/TrstSvc/TrustedList/SvcInfoExt/" + what
                + "</tsl:URI></tsl:AdditionalServiceInformation></tsl:Extension>";
    }

    private byte[] signedList(Instant nextUpdate, TestPki.Entity operator) throws Exception {
        return DocumentSigner.builder(operator.signingKey()).build().sign(SignatureFormat.XADES_ENVELOPED,
                trustedList(nextUpdate).getBytes(StandardCharsets.UTF_8), "tl.xml");
    }

    private SignatureVerifier verifierWithList(byte[] list) {
        return SignatureVerifier.builder()
                .trustedList(list, List.of(pki.signer.cert()))
                .crls(List.of(pki.rootCrl, pki.intermediateCrl))
                .build();
    }

    private byte[] sealedLetter() {
        return DocumentSigner.builder(pki.seal.signingKey()).build()
                .sign(SignatureFormat.XADES_ENVELOPED, RoundTripTest.LETTER, "pismo.xml");
    }

    @Test
    void sealUnderAListedQualifiedCaIsAValidQualifiedSeal() throws Exception {
        // The list is signed by the test signer's key, standing in for the supervisory body.
        SignatureVerifier verifier = verifierWithList(signedList(Instant.now().plus(Duration.ofDays(30)), pki.signer));

        VerificationReport report = verifier.verify(sealedLetter(), "pismo.xml");

        assertThat(verifier.trustedListStatus()).singleElement().asString().contains("TOTAL_PASSED");
        assertThat(report.verdict()).as(report.reason()).isEqualTo(Verdict.VALID);
        assertThat(report.signatures().get(0).kind()).isEqualTo(SignatureKind.QUALIFIED_SEAL);
    }

    @Test
    void listSignedBySomeoneElseGivesNoTrust() throws Exception {
        SignatureVerifier verifier = verifierWithList(signedList(Instant.now().plus(Duration.ofDays(30)), pki.seal));

        VerificationReport report = verifier.verify(sealedLetter(), "pismo.xml");

        assertThat(verifier.trustedListStatus()).singleElement().asString().doesNotContain("TOTAL_PASSED");
        assertThat(report.verdict()).isEqualTo(Verdict.INDETERMINATE);
    }

    @Test
    void expiredListGivesNoTrust() throws Exception {
        SignatureVerifier verifier = verifierWithList(signedList(Instant.now().minus(Duration.ofHours(1)), pki.signer));

        assertThat(verifier.verify(sealedLetter(), "pismo.xml").verdict()).isNotEqualTo(Verdict.VALID);
    }

    @Test
    void tamperedListGivesNoTrust() throws Exception {
        String list = new String(signedList(Instant.now().plus(Duration.ofDays(30)), pki.signer), StandardCharsets.UTF_8)
                .replace("EZD Test QTSP", "Evil QTSP");
        SignatureVerifier verifier = verifierWithList(list.getBytes(StandardCharsets.UTF_8));

        assertThat(verifier.verify(sealedLetter(), "pismo.xml").verdict()).isEqualTo(Verdict.INDETERMINATE);
    }
}
