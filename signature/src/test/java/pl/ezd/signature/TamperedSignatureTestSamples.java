package pl.ezd.signature;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import xades4j.algorithms.ExclusiveCanonicalXMLWithoutComments;
import xades4j.production.DataObjectReference;
import xades4j.production.SignedDataObjects;
import xades4j.production.XadesBesSigningProfile;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import xades4j.production.BasicSignatureOptions;
import xades4j.production.SigningCertificateMode;
import xades4j.providers.KeyingDataProvider;

/** Signed samples the office must not accept, made with the test PKI. */
final class TamperedSignatureTestSamples {

    private final TestPki pki;

    TamperedSignatureTestSamples(TestPki pki) {
        this.pki = pki;
    }

    /** Signs only the element with Id "tresc-1", as some tools do; the rest stays unprotected. */
    byte[] signedByIdOnly() throws Exception {
        String xml = "<pismo xmlns=\"urn:ezd:test\"><tresc Id=\"tresc-1\">Wniosek</tresc><kwota>100</kwota></pismo>";
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element tresc = (Element) doc.getDocumentElement().getFirstChild();
        tresc.setIdAttributeNS(null, "Id", true);
        KeyingDataProvider keying = new KeyingDataProvider() {
            @Override
            public List<X509Certificate> getSigningCertificateChain() {
                return pki.signer.chain();
            }

            @Override
            public PrivateKey getSigningKey(X509Certificate cert) {
                return pki.signer.key();
            }
        };
        new XadesBesSigningProfile(keying)
                .withBasicSignatureOptions(new BasicSignatureOptions().includeSigningCertificate(SigningCertificateMode.FULL_CHAIN))
                .newSigner()
                .sign(new SignedDataObjects(new DataObjectReference("#tresc-1")
                        .withTransform(new ExclusiveCanonicalXMLWithoutComments())), doc.getDocumentElement());
        return SecureXml.serialize(doc);
    }
}
