package pl.ezd.signature;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The EU list of trusted lists (LOTL) and the national list it points to, made and signed in the
 * test: the "Commission" (the rogue-CA signer's key stands in) signs the LOTL, the "Polish
 * supervisory body" (the test signer) signs the Polish list, which names the test issuing CA as a
 * qualified CA. Stored files are used offline; online refresh downloads them from a loopback HTTP
 * server and keeps only lists that validated.
 */
class ListOfTrustedListsTest {

    private final TestPki pki = TestPki.get();
    private HttpServer server;
    private final Map<String, byte[]> published = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private String base;

    @TempDir
    Path storeDir;

    @BeforeEach
    void startServer() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = published.get(exchange.getRequestURI().getPath());
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                exchange.getResponseHeaders().add("Content-Type", "application/vnd.etsi.tsl+xml");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private String lotlUrl() {
        return base + "/lotl/eu-lotl.xml";
    }

    private String plUrl() {
        return base + "/tl/pl-tl.xml";
    }

    private X509Certificate commission() {
        return pki.rogueSigner.cert();
    }

    private byte[] lotl(TestPki.Entity signedBy, X509Certificate plOperator, Instant nextUpdate) throws Exception {
        String operatorCert = Base64.getEncoder().encodeToString(plOperator.getEncoded());
        Instant issued = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
        String address = "<tsl:PostalAddresses><tsl:PostalAddress xml:lang=\"en\"><tsl:StreetAddress>Rue de la Loi 200</tsl:StreetAddress>"
                + "<tsl:Locality>Brussels</tsl:Locality><tsl:PostalCode>1049</tsl:PostalCode><tsl:CountryName>BE</tsl:CountryName>"
                + "</tsl:PostalAddress></tsl:PostalAddresses><tsl:ElectronicAddress><tsl:URI xml:lang=\"en\">mailto:lotl@ezd-test.invalid</tsl:URI>"
                + "</tsl:ElectronicAddress>";
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<tsl:TrustServiceStatusList xmlns:tsl=\"http://uri.etsi.org/02231/v2#\" Id=\"lotl\" TSLTag=\"http://uri.etsi.org/19612/TSLTag\">"
                + "<tsl:SchemeInformation><tsl:TSLVersionIdentifier>5</tsl:TSLVersionIdentifier><tsl:TSLSequenceNumber>1</tsl:TSLSequenceNumber>"
                + "<tsl:TSLType>http://uri.etsi.org/TrstSvc/TrustedList/TSLType/EUlistofthelists</tsl:TSLType>"
                + "<tsl:SchemeOperatorName><tsl:Name xml:lang=\"en\">EZD Test Commission</tsl:Name></tsl:SchemeOperatorName>"
                + "<tsl:SchemeOperatorAddress>" + address + "</tsl:SchemeOperatorAddress>"
                + "<tsl:SchemeName><tsl:Name xml:lang=\"en\">EU:Test list of trusted lists</tsl:Name></tsl:SchemeName>"
                + "<tsl:SchemeInformationURI><tsl:URI xml:lang=\"en\">http://lotl.ezd-test.invalid/</tsl:URI></tsl:SchemeInformationURI>"
                + "<tsl:StatusDeterminationApproach>http://uri.etsi.org/TrstSvc/TrustedList/StatusDetn/EUlistofthelists</tsl:StatusDeterminationApproach>"
                + "<tsl:SchemeTypeCommunityRules><tsl:URI xml:lang=\"en\">http://uri.etsi.org/TrstSvc/TrustedList/schemerules/EUlistofthelists</tsl:URI></tsl:SchemeTypeCommunityRules>"
                + "<tsl:SchemeTerritory>EU</tsl:SchemeTerritory>"
                + "<tsl:PolicyOrLegalNotice><tsl:TSLLegalNotice xml:lang=\"en\">Test only</tsl:TSLLegalNotice></tsl:PolicyOrLegalNotice>"
                + "<tsl:HistoricalInformationPeriod>65535</tsl:HistoricalInformationPeriod>"
                + "<tsl:PointersToOtherTSL><tsl:OtherTSLPointer>"
                + "<tsl:ServiceDigitalIdentities><tsl:ServiceDigitalIdentity><tsl:DigitalId><tsl:X509Certificate>" + operatorCert
                + "</tsl:X509Certificate></tsl:DigitalId></tsl:ServiceDigitalIdentity></tsl:ServiceDigitalIdentities>"
                + "<tsl:TSLLocation>" + plUrl() + "</tsl:TSLLocation>"
                + "<tsl:AdditionalInformation>"
                + "<tsl:OtherInformation><tsl:TSLType>http://uri.etsi.org/TrstSvc/TrustedList/TSLType/EUgeneric</tsl:TSLType></tsl:OtherInformation>"
                + "<tsl:OtherInformation><tsl:SchemeOperatorName><tsl:Name xml:lang=\"en\">EZD Test Supervisor</tsl:Name></tsl:SchemeOperatorName></tsl:OtherInformation>"
                + "<tsl:OtherInformation><tsl:SchemeTerritory>PL</tsl:SchemeTerritory></tsl:OtherInformation>"
                + "<tsl:OtherInformation><ns3:MimeType xmlns:ns3=\"http://uri.etsi.org/02231/v2/additionaltypes#\">application/vnd.etsi.tsl+xml</ns3:MimeType></tsl:OtherInformation>"
                + "</tsl:AdditionalInformation>"
                + "</tsl:OtherTSLPointer></tsl:PointersToOtherTSL>"
                + "<tsl:ListIssueDateTime>" + issued + "</tsl:ListIssueDateTime>"
                + "<tsl:NextUpdate><tsl:dateTime>" + nextUpdate.truncatedTo(ChronoUnit.SECONDS) + "</tsl:dateTime></tsl:NextUpdate>"
                + "</tsl:SchemeInformation>"
                + "</tsl:TrustServiceStatusList>";
        return sign(xml, signedBy);
    }

    private byte[] polishList(TestPki.Entity signedBy, Instant nextUpdate) throws Exception {
        return sign(TrustedListTest.trustedList(pki.intermediate.cert(), nextUpdate), signedBy);
    }

    private static byte[] sign(String xml, TestPki.Entity who) {
        return DocumentSigner.builder(who.signingKey()).build()
                .sign(SignatureFormat.XADES_ENVELOPED, xml.getBytes(StandardCharsets.UTF_8), "tl.xml");
    }

    private static Instant inDays(int days) {
        return Instant.now().plus(Duration.ofDays(days));
    }

    private SignatureVerifier verifier(boolean online) {
        return SignatureVerifier.builder()
                .listOfTrustedLists(lotlUrl(), List.of(commission()), TrustedListStore.at(storeDir, Duration.ofSeconds(5)), online)
                .crls(List.of(pki.rootCrl, pki.intermediateCrl))
                .build();
    }

    private VerificationReport sealedLetter(SignatureVerifier verifier) {
        byte[] letter = DocumentSigner.builder(pki.seal.signingKey()).build()
                .sign(SignatureFormat.XADES_ENVELOPED, RoundTripTest.LETTER, "pismo.xml");
        return verifier.verify(letter, "pismo.xml");
    }

    private void store(String url, byte[] xml) {
        TrustedListStore.at(storeDir).importList(url, xml);
    }

    @Test
    void storedListsMakeAQualifiedSealValidOffline() throws Exception {
        store(lotlUrl(), lotl(pki.rogueSigner, pki.signer.cert(), inDays(30)));
        store(plUrl(), polishList(pki.signer, inDays(30)));

        SignatureVerifier verifier = verifier(false);
        VerificationReport report = sealedLetter(verifier);

        assertThat(verifier.trustedListStatus()).hasSize(2)
                .anySatisfy(s -> assertThat(s).startsWith("LOTL " + lotlUrl()).contains("TOTAL_PASSED", "territory EU"))
                .anySatisfy(s -> assertThat(s).startsWith("TL " + plUrl()).contains("TOTAL_PASSED", "territory PL"));
        assertThat(report.verdict()).as(report.reason()).isEqualTo(Verdict.VALID);
        assertThat(report.signatures().get(0).kind()).isEqualTo(SignatureKind.QUALIFIED_SEAL);
        assertThat(report.summaryPl()).contains("kwalifikowana pieczęć elektroniczna");
        assertThat(requests.get()).as("offline: no request to the publishers").isZero();
    }

    @Test
    void lotlNotSignedByTheConfiguredCommissionCertificateGivesNoTrust() throws Exception {
        store(lotlUrl(), lotl(pki.seal, pki.signer.cert(), inDays(30)));
        store(plUrl(), polishList(pki.signer, inDays(30)));

        SignatureVerifier verifier = verifier(false);

        assertThat(verifier.trustedListStatus().get(0)).startsWith("LOTL").doesNotContain("TOTAL_PASSED");
        assertThat(sealedLetter(verifier).verdict()).isEqualTo(Verdict.INDETERMINATE);
    }

    @Test
    void nationalListSignedByAnotherKeyThanTheLotlNamesGivesNoTrust() throws Exception {
        store(lotlUrl(), lotl(pki.rogueSigner, pki.signer.cert(), inDays(30)));
        store(plUrl(), polishList(pki.seal, inDays(30)));

        SignatureVerifier verifier = verifier(false);

        assertThat(verifier.trustedListStatus()).anySatisfy(s -> assertThat(s).startsWith("TL").doesNotContain("TOTAL_PASSED"));
        assertThat(sealedLetter(verifier).verdict()).isEqualTo(Verdict.INDETERMINATE);
    }

    @Test
    void expiredNationalListGivesNoTrust() throws Exception {
        store(lotlUrl(), lotl(pki.rogueSigner, pki.signer.cert(), inDays(30)));
        store(plUrl(), polishList(pki.signer, Instant.now().minus(Duration.ofHours(1))));

        assertThat(sealedLetter(verifier(false)).verdict()).isEqualTo(Verdict.INDETERMINATE);
    }

    @Test
    void noStoredListsAndNoNetworkIsIndeterminateNeverValid() {
        SignatureVerifier verifier = verifier(false);

        assertThat(verifier.trustedListStatus().get(0)).contains("not available");
        assertThat(sealedLetter(verifier).verdict()).isEqualTo(Verdict.INDETERMINATE);
    }

    @Test
    void onlineRefreshDownloadsTheListsAndKeepsThemForOfflineUse() throws Exception {
        published.put("/lotl/eu-lotl.xml", lotl(pki.rogueSigner, pki.signer.cert(), inDays(30)));
        published.put("/tl/pl-tl.xml", polishList(pki.signer, inDays(30)));

        VerificationReport online = sealedLetter(verifier(true));

        assertThat(online.verdict()).as(online.reason()).isEqualTo(Verdict.VALID);
        assertThat(requests.get()).isEqualTo(2);
        assertThat(Files.exists(TrustedListStore.at(storeDir).fileFor(lotlUrl()))).isTrue();
        assertThat(Files.exists(TrustedListStore.at(storeDir).fileFor(plUrl()))).isTrue();

        server.stop(0);
        VerificationReport fromStore = sealedLetter(verifier(true));
        assertThat(fromStore.verdict()).as("publisher unreachable: the stored lists are used").isEqualTo(Verdict.VALID);
        assertThat(sealedLetter(verifier(false)).verdict()).isEqualTo(Verdict.VALID);
    }

    @Test
    void aForgedDownloadDoesNotDisplaceAGoodStoredList() throws Exception {
        store(lotlUrl(), lotl(pki.rogueSigner, pki.signer.cert(), inDays(30)));
        byte[] good = polishList(pki.signer, inDays(30));
        store(plUrl(), good);
        published.put("/lotl/eu-lotl.xml", lotl(pki.rogueSigner, pki.signer.cert(), inDays(30)));
        published.put("/tl/pl-tl.xml", new String(good, StandardCharsets.UTF_8)
                .replace("EZD Test QTSP", "Evil QTSP").getBytes(StandardCharsets.UTF_8));

        SignatureVerifier verifier = verifier(true);
        VerificationReport report = sealedLetter(verifier);

        assertThat(report.verdict()).as(report.reason()).isEqualTo(Verdict.VALID);
        assertThat(Files.readAllBytes(TrustedListStore.at(storeDir).fileFor(plUrl()))).isEqualTo(good);
    }

    @Test
    void administratorImportsListsWithTheToolAndChecksThem(@TempDir Path files) throws Exception {
        Path lotlFile = Files.write(files.resolve("eu-lotl.xml"), lotl(pki.rogueSigner, pki.signer.cert(), inDays(30)));
        Path plFile = Files.write(files.resolve("pl.xml"), polishList(pki.signer, inDays(30)));
        Path signers = Files.write(files.resolve("lotl-signers.der"), commission().getEncoded());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        SignatureTool tool = new SignatureTool(new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
                new java.io.PrintStream(new java.io.ByteArrayOutputStream(), true, StandardCharsets.UTF_8), Map.of());

        assertThat(tool.run(new String[] {"trust-import", lotlFile.toString(), "--store", storeDir.toString(), "--url", lotlUrl()})).isZero();
        assertThat(tool.run(new String[] {"trust-import", plFile.toString(), "--store", storeDir.toString(), "--url", plUrl()})).isZero();
        out.reset();
        int status = tool.run(new String[] {"trust-status", storeDir.toString(), "--lotl-signers", signers.toString(),
            "--lotl-url", lotlUrl()});

        assertThat(status).as(out.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("OK").contains("territory PL");
    }

    @Test
    void nationalAnchorsForTheTrustedProfileSitBesideTheLists() throws Exception {
        store(lotlUrl(), lotl(pki.rogueSigner, pki.signer.cert(), inDays(30)));
        store(plUrl(), polishList(pki.signer, inDays(30)));
        // The trusted-profile service is not on EU lists: its anchor is configured separately
        // (the test's look-alike CA stands in for it).
        SignatureVerifier verifier = SignatureVerifier.builder()
                .listOfTrustedLists(lotlUrl(), List.of(commission()), TrustedListStore.at(storeDir), false)
                .trustAnchors(SignatureKind.TRUSTED_PROFILE, List.of(pki.rogueRoot.cert()))
                .crls(List.of(pki.rootCrl, pki.intermediateCrl))
                .build();
        byte[] trustedProfileLetter = DocumentSigner.builder(pki.rogueSigner.signingKey()).build()
                .sign(SignatureFormat.XADES_ENVELOPED, RoundTripTest.LETTER, "wniosek.xml");

        VerificationReport seal = sealedLetter(verifier);
        VerificationReport trustedProfile = verifier.verify(trustedProfileLetter, "wniosek.xml");

        assertThat(seal.verdict()).as(seal.reason()).isEqualTo(Verdict.VALID);
        assertThat(seal.signatures().get(0).kind()).isEqualTo(SignatureKind.QUALIFIED_SEAL);
        assertThat(trustedProfile.signatures().get(0).kind()).isEqualTo(SignatureKind.TRUSTED_PROFILE);
        assertThat(trustedProfile.summaryPl()).contains("podpis zaufany");
    }
}
