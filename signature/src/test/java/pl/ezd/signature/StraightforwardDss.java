package pl.ezd.signature;

import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.revocation.crl.ExternalResourcesCRLSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.reports.Reports;
import java.io.ByteArrayInputStream;

/**
 * DSS used the way its examples do, everything new for each document: the baseline our
 * verifier is compared with (same anchor and CRLs as {@link TestPki#verifier()}).
 */
final class StraightforwardDss {

    private StraightforwardDss() {
    }

    /**
     * @param policyXml the validation policy file, or {@code null} for DSS's default policy
     */
    static Reports validate(TestPki pki, byte[] document, String name, byte[] policyXml) {
        CommonCertificateVerifier cv = new CommonCertificateVerifier(true);
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        trusted.addCertificate(new CertificateToken(pki.root.cert()));
        cv.setTrustedCertSources(trusted);
        cv.setCrlSource(new ExternalResourcesCRLSource(new ByteArrayInputStream(pki.rootCrl),
                new ByteArrayInputStream(pki.intermediateCrl)));
        SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(document, name));
        validator.setCertificateVerifier(cv);
        return policyXml == null ? validator.validateDocument()
                : validator.validateDocument(new ByteArrayInputStream(policyXml));
    }
}
