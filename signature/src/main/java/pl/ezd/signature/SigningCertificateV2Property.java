package pl.ezd.signature;

import java.io.IOException;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.w3c.dom.Element;
import xades4j.production.PropertiesDataGenerationContext;
import xades4j.production.PropertyDataGenerationException;
import xades4j.production.PropertyDataObjectGenerator;
import xades4j.properties.OtherSignedSignatureProperty;
import xades4j.properties.data.GenericDOMData;
import xades4j.properties.data.PropertyDataObject;

/**
 * The {@code xades:SigningCertificateV2} signed property of ETSI EN 319 132-1, which xades4j 2.4.1
 * does not produce itself: SHA-256 digest of the signing certificate and its IssuerSerialV2.
 * Used with xades4j's option to omit the old {@code SigningCertificate} (which requires the
 * certificate in a signed {@code KeyInfo}), so the output is a baseline signature DSS accepts.
 */
final class SigningCertificateV2Property extends OtherSignedSignatureProperty {

    static final String XADES_132 = "http://uri.etsi.org/01903/v1.3.2#";
    private static final String DS = "http://www.w3.org/2000/09/xmldsig#";

    private final X509Certificate certificate;

    SigningCertificateV2Property(X509Certificate certificate) {
        this.certificate = certificate;
    }

    @Override
    public String getName() {
        return "SigningCertificateV2";
    }

    /** Builds the property's XML in the signature's document. */
    static final class Generator implements PropertyDataObjectGenerator<SigningCertificateV2Property> {
        @Override
        public PropertyDataObject generatePropertyData(SigningCertificateV2Property prop,
                PropertiesDataGenerationContext ctx) throws PropertyDataGenerationException {
            try {
                X509Certificate cert = prop.certificate;
                Element root = ctx.createElementInSignatureDoc("SigningCertificateV2", "xades", XADES_132);
                Element certEl = ctx.createElementInSignatureDoc("Cert", "xades", XADES_132);
                Element digest = ctx.createElementInSignatureDoc("CertDigest", "xades", XADES_132);
                Element method = ctx.createElementInSignatureDoc("DigestMethod", "ds", DS);
                method.setAttributeNS(null, "Algorithm", "http://www.w3.org/2001/04/xmlenc#sha256");
                Element value = ctx.createElementInSignatureDoc("DigestValue", "ds", DS);
                value.setTextContent(Base64.getEncoder().encodeToString(
                        MessageDigest.getInstance("SHA-256").digest(cert.getEncoded())));
                digest.appendChild(method);
                digest.appendChild(value);
                Element issuerSerial = ctx.createElementInSignatureDoc("IssuerSerialV2", "xades", XADES_132);
                issuerSerial.setTextContent(Base64.getEncoder().encodeToString(issuerSerial(cert)));
                certEl.appendChild(digest);
                certEl.appendChild(issuerSerial);
                root.appendChild(certEl);
                return new GenericDOMData(root);
            } catch (CertificateEncodingException | NoSuchAlgorithmException | IOException e) {
                throw new PropertyDataGenerationException(prop, "cannot encode the signing certificate", e);
            }
        }

        private static byte[] issuerSerial(X509Certificate cert) throws IOException {
            X500Name issuer = X500Name.getInstance(cert.getIssuerX500Principal().getEncoded());
            BigInteger serial = cert.getSerialNumber();
            return new IssuerSerial(new GeneralNames(new GeneralName(issuer)), serial).getEncoded("DER");
        }
    }
}
