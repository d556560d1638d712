package pl.ezd.signature;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.enumerations.SignaturePackaging;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.service.tsp.OnlineTSPSource;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.xades.XAdESSignatureParameters;
import eu.europa.esig.dss.xades.signature.XAdESService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * Signing through DSS: PAdES (xades4j has no PDF support) and the two-step flow, where DSS's
 * data-to-be-signed / assemble split fits an external signing device.
 */
final class DssSigning {

    private final URI tsa;

    DssSigning(URI tsa) {
        this.tsa = tsa;
    }

    static String jcaAlgorithm(String keyAlgorithm) {
        return switch (keyAlgorithm) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            default -> throw new SignatureException.SigningException("Unsupported key algorithm: " + keyAlgorithm);
        };
    }

    byte[] dataToSign(SignatureFormat format, byte[] document, String name, List<X509Certificate> chain,
            Instant signingTime) {
        try {
            ToBeSigned tbs = switch (format) {
                case PADES -> pades().getDataToSign(doc(document, name), padesParameters(chain, signingTime));
                case XADES_ENVELOPED, XADES_DETACHED ->
                        xades().getDataToSign(doc(document, name), xadesParameters(format, chain, signingTime));
            };
            return tbs.getBytes();
        } catch (SignatureException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new SignatureException.SigningException("Cannot prepare the " + format + " signature: " + e.getMessage(), e);
        }
    }

    byte[] assemble(SignatureFormat format, byte[] document, String name, List<X509Certificate> chain,
            Instant signingTime, byte[] signatureValue) {
        try {
            SignatureAlgorithm algorithm = SignatureAlgorithm.forJAVA(jcaAlgorithm(chain.get(0).getPublicKey().getAlgorithm()));
            SignatureValue value = new SignatureValue(algorithm, signatureValue);
            DSSDocument signed = switch (format) {
                case PADES -> pades().signDocument(doc(document, name), padesParameters(chain, signingTime), value);
                case XADES_ENVELOPED, XADES_DETACHED ->
                        xades().signDocument(doc(document, name), xadesParameters(format, chain, signingTime), value);
            };
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            signed.writeTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new SignatureException.SigningException("Cannot write the signed document", e);
        } catch (RuntimeException e) {
            if (e instanceof SignatureException se) {
                throw se;
            }
            if (tsa != null && String.valueOf(e.getMessage()).toLowerCase().contains("timestamp")) {
                throw new SignatureException.TimestampException("Time-stamping failed: " + e.getMessage(), e);
            }
            throw new SignatureException.SigningException("Cannot assemble the " + format + " signature: " + e.getMessage(), e);
        }
    }

    /**
     * Adds a signature time-stamp to an existing XAdES-BES signature (XAdES-T / BASELINE-T).
     *
     * @param detached the signed file of a detached signature, or {@code null} for an enveloped one
     */
    byte[] addSignatureTimestamp(byte[] signature, String name, byte[] detached, String detachedName) {
        try {
            XAdESSignatureParameters p = new XAdESSignatureParameters();
            p.setSignatureLevel(SignatureLevel.XAdES_BASELINE_T);
            if (detached != null) {
                p.setDetachedContents(List.of(doc(detached, detachedName)));
            }
            DSSDocument extended = xades().extendDocument(doc(signature, name), p);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            extended.writeTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new SignatureException.SigningException("Cannot write the time-stamped signature", e);
        } catch (RuntimeException e) {
            throw new SignatureException.TimestampException("Time-stamping failed: " + e.getMessage(), e);
        }
    }

    private static DSSDocument doc(byte[] content, String name) {
        return new InMemoryDocument(content, name);
    }

    private PAdESService pades() {
        PAdESService service = new PAdESService(new CommonCertificateVerifier(true));
        if (tsa != null) {
            service.setTspSource(new OnlineTSPSource(tsa.toString()));
        }
        return service;
    }

    private XAdESService xades() {
        XAdESService service = new XAdESService(new CommonCertificateVerifier(true));
        if (tsa != null) {
            service.setTspSource(new OnlineTSPSource(tsa.toString()));
        }
        return service;
    }

    private PAdESSignatureParameters padesParameters(List<X509Certificate> chain, Instant signingTime) {
        PAdESSignatureParameters p = new PAdESSignatureParameters();
        p.setSignatureLevel(tsa == null ? SignatureLevel.PAdES_BASELINE_B : SignatureLevel.PAdES_BASELINE_T);
        common(p, chain, signingTime);
        return p;
    }

    private XAdESSignatureParameters xadesParameters(SignatureFormat format, List<X509Certificate> chain,
            Instant signingTime) {
        XAdESSignatureParameters p = new XAdESSignatureParameters();
        p.setSignatureLevel(tsa == null ? SignatureLevel.XAdES_BASELINE_B : SignatureLevel.XAdES_BASELINE_T);
        p.setSignaturePackaging(format == SignatureFormat.XADES_ENVELOPED
                ? SignaturePackaging.ENVELOPED : SignaturePackaging.DETACHED);
        common(p, chain, signingTime);
        return p;
    }

    private static void common(eu.europa.esig.dss.signature.AbstractSignatureParameters<?> p,
            List<X509Certificate> chain, Instant signingTime) {
        p.setDigestAlgorithm(DigestAlgorithm.SHA256);
        p.setSigningCertificate(new CertificateToken(chain.get(0)));
        p.setCertificateChain(chain.stream().map(CertificateToken::new).toList());
        // The signing time is part of the signed data: both steps must use the same value.
        p.bLevel().setSigningDate(Date.from(signingTime));
    }
}
