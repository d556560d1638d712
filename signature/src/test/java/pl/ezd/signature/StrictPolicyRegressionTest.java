package pl.ezd.signature;

import static org.assertj.core.api.Assertions.assertThat;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.validation.reports.Reports;
import java.io.ByteArrayOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/**
 * Defects of DSS's default (lenient) policy that the module's own policy must catch: each test
 * shows the default passing, or at most warning about, what we make not VALID.
 */
class StrictPolicyRegressionTest {

    private final TestPki pki = TestPki.get();

    private Reports dssDefaultPolicy(byte[] document, String name) {
        return StraightforwardDss.validate(pki, document, name, null);
    }

    @Test
    void dssDefaultPolicyPassesAnXmlSignatureCoveringPartOfTheDocument_regression() throws Exception {
        // Only the element with Id "tresc-1" is signed; the amount next to it is not.
        byte[] partial = new TamperedSignatureTestSamples(pki).signedByIdOnly();

        Reports dss = dssDefaultPolicy(partial, "pismo.xml");
        VerificationReport ours = pki.verifier().build().verify(partial, "pismo.xml");

        assertThat(dss.getSimpleReport().getIndication(dss.getSimpleReport().getFirstSignatureId()))
                .isEqualTo(Indication.TOTAL_PASSED);
        assertThat(ours.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(ours.reason()).startsWith("PARTIAL_COVERAGE");
    }

    @Test
    void contentAddedToASignedPdfInALaterRevisionIsNotValid_shadowAttack() throws Exception {
        byte[] signed = DocumentSigner.builder(pki.signer.signingKey()).build()
                .sign(SignatureFormat.PADES, TimestampAndPadesTest.pdf("Kwota: 100 PLN"), "decyzja.pdf");
        byte[] shadowed = appendVisibleText(signed, "Kwota: 100 000 PLN");
        assertThat(shadowed.length).isGreaterThan(signed.length);

        VerificationReport ours = pki.verifier().build().verify(shadowed, "decyzja.pdf");
        Reports dss = dssDefaultPolicy(shadowed, "decyzja.pdf");

        assertThat(ours.verdict()).as(ours.reason()).isEqualTo(Verdict.INVALID);
        assertThat(ours.reason()).contains("Visual difference");
        // DSS's default policy only warns about the changed page content.
        assertThat(dss.getSimpleReport().getIndication(dss.getSimpleReport().getFirstSignatureId()))
                .isEqualTo(Indication.TOTAL_PASSED);
    }

    /** An incremental update that draws new text on the signed page (the signed bytes stay intact). */
    private static byte[] appendVisibleText(byte[] pdf, String text) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = doc.getPage(0);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 14);
                cs.newLineAtOffset(72, 650);
                cs.showText(text);
                cs.endText();
            }
            page.getCOSObject().setNeedToBeUpdated(true);
            doc.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
            doc.getDocumentCatalog().getPages().getCOSObject().setNeedToBeUpdated(true);
            doc.saveIncremental(out);
            return out.toByteArray();
        }
    }
}
