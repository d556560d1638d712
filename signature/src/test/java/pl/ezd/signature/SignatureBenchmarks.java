package pl.ezd.signature;

import eu.europa.esig.dss.policy.ValidationPolicyFacade;
import eu.europa.esig.dss.validation.reports.Reports;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.w3c.dom.Document;
import xades4j.production.Enveloped;
import xades4j.production.XadesBesSigningProfile;
import xades4j.providers.impl.DirectKeyingDataProvider;

/**
 * JMH benchmarks of the performance targets (not run by the build; see
 * docs/PERFORMANCE.md for how to run them and the last results).
 *
 * <ul>
 *   <li>validation of a 10 KB XAdES: ours (verifier built once) against a straightforward DSS
 *       {@code validateDocument} per document with the same policy, anchor and CRLs;</li>
 *   <li>XAdES-BES signing of a 10 KB XML: ours, xades4j out of the box, and raw RSA-2048
 *       (SHA256withRSA over the same bytes);</li>
 *   <li>a 1 MB PDF: PAdES signing, and validation ours against straightforward DSS.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SignatureBenchmarks {

    private TestPki pki;
    private byte[] xml10k;
    private byte[] signedXml;
    private byte[] pdf1m;
    private byte[] signedPdf;
    private byte[] policyXml;
    private SignatureVerifier verifier;
    private DocumentSigner signer;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        pki = TestPki.get();
        xml10k = letter(10 * 1024);
        signer = DocumentSigner.builder(pki.signer.signingKey()).build();
        verifier = pki.verifier().build();
        signedXml = signer.sign(SignatureFormat.XADES_ENVELOPED, xml10k, "pismo.xml");
        pdf1m = pdf(1024 * 1024);
        signedPdf = signer.sign(SignatureFormat.PADES, pdf1m, "raport.pdf");
        ByteArrayOutputStream policy = new ByteArrayOutputStream();
        ValidationPolicyFacade.newFacade().marshall(StrictPolicy.parameters(), policy);
        policyXml = policy.toByteArray();
        // Same verdicts, or the comparison means nothing.
        check(verifier.verify(signedXml, "pismo.xml").verdict() == Verdict.VALID, "ours XAdES");
        check(naiveDss(signedXml, "pismo.xml").getSimpleReport().getValidSignaturesCount() == 1, "DSS XAdES");
        check(verifier.verify(signedPdf, "raport.pdf").verdict() == Verdict.VALID, "ours PAdES");
        check(naiveDss(signedPdf, "raport.pdf").getSimpleReport().getValidSignaturesCount() == 1, "DSS PAdES");
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("not VALID in setup: " + what);
        }
    }

    static byte[] letter(int size) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><pismo xmlns=\"urn:ezd:test\">");
        int i = 0;
        while (sb.length() < size - 40) {
            sb.append("<akapit nr=\"").append(i++).append("\">Uprzejmie prosze o wydanie zaswiadczenia.</akapit>");
        }
        return sb.append("</pismo>").toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] pdf(int size) throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            int side = (int) Math.sqrt(size / 3.0);
            java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(side, side,
                    java.awt.image.BufferedImage.TYPE_INT_RGB);
            Random r = new Random(1);
            for (int y = 0; y < side; y++) {
                for (int x = 0; x < side; x++) {
                    img.setRGB(x, y, r.nextInt());
                }
            }
            PDImageXObject image = LosslessFactory.createFromImage(doc, img);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(image, 50, 50, 500, 500);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private Reports naiveDss(byte[] document, String name) {
        return StraightforwardDss.validate(pki, document, name, policyXml);
    }

    @Benchmark
    public Verdict validateXades10kOurs() {
        return verifier.verify(signedXml, "pismo.xml").verdict();
    }

    @Benchmark
    public Reports validateXades10kDssStraightforward() {
        return naiveDss(signedXml, "pismo.xml");
    }

    @Benchmark
    public byte[] signXades10kOurs() {
        return signer.sign(SignatureFormat.XADES_ENVELOPED, xml10k, "pismo.xml");
    }

    @Benchmark
    public byte[] signXades10kXades4jOutOfTheBox() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml10k));
        new Enveloped(new XadesBesSigningProfile(new DirectKeyingDataProvider(pki.signer.cert(), pki.signer.key()))
                .newSigner()).sign(doc.getDocumentElement());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(doc), new StreamResult(out));
        return out.toByteArray();
    }

    @Benchmark
    public byte[] signRawRsa2048Over10k() throws Exception {
        Signature s = Signature.getInstance("SHA256withRSA");
        s.initSign(pki.signer.key());
        s.update(xml10k);
        return s.sign();
    }

    @Benchmark
    public byte[] signPades1mOurs() {
        return signer.sign(SignatureFormat.PADES, pdf1m, "raport.pdf");
    }

    @Benchmark
    public Verdict validatePades1mOurs() {
        return verifier.verify(signedPdf, "raport.pdf").verdict();
    }

    @Benchmark
    public Reports validatePades1mDssStraightforward() {
        return naiveDss(signedPdf, "raport.pdf");
    }

    /**
     * Runs all benchmarks: one fork, short iterations (a whole run takes a few minutes on 2 cores).
     *
     * @param args optional regular expression selecting benchmarks
     * @throws Exception if JMH fails
     */
    public static void main(String[] args) throws Exception {
        new Runner(new OptionsBuilder()
                .include(SignatureBenchmarks.class.getSimpleName() + "." + (args.length > 0 ? args[0] : ""))
                .forks(1)
                .warmupIterations(4).warmupTime(org.openjdk.jmh.runner.options.TimeValue.seconds(4))
                .measurementIterations(4).measurementTime(org.openjdk.jmh.runner.options.TimeValue.seconds(4))
                .jvmArgs("-Xmx2g")
                .resultFormat(ResultFormatType.TEXT)
                .result("target/jmh-result.txt")
                .build()).run();
    }
}
