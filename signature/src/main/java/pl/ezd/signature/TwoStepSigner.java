package pl.ezd.signature;

import java.io.Serializable;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * Signing where the private key stays with the signer (own qualified signature card, e-ID card):
 * the server {@linkplain #prepare prepares} the bytes to be signed, the signer's device computes
 * the signature value over them, and the server {@linkplain #complete assembles} the signature.
 *
 * <p>Between the two steps the server keeps the {@link PreparedSignature} (it is serializable)
 * and the document itself; nothing else is remembered here. Thread-safe.
 */
public final class TwoStepSigner {

    private final URI tsa;

    private TwoStepSigner(URI tsa) {
        this.tsa = tsa;
    }

    /**
     * @param timestampAuthority TSA for a BASELINE-T signature, or {@code null} for BASELINE-B
     * @return a two-step signer
     */
    public static TwoStepSigner create(URI timestampAuthority) {
        return new TwoStepSigner(timestampAuthority);
    }

    /**
     * What the signer's device must sign, and what the server must keep until it answers.
     *
     * @param format the signature format to produce
     * @param documentName the document's file name
     * @param documentSha256 SHA-256 of the document, to refuse completing over another document
     * @param signerChain the signer's certificate first, then its issuers
     * @param signingTime the signing time put into the signed attributes
     * @param dataToSign the bytes the device signs (the device hashes them itself)
     * @param signatureAlgorithm the JCA name of the algorithm to use, e.g. {@code SHA256withRSA}
     */
    public record PreparedSignature(SignatureFormat format, String documentName, byte[] documentSha256,
            List<X509Certificate> signerChain, Instant signingTime, byte[] dataToSign, String signatureAlgorithm)
            implements Serializable {
        private static final long serialVersionUID = 1L;

        /**
         * Copies the arrays and the list.
         *
         * @param format see the record description
         * @param documentName see the record description
         * @param documentSha256 see the record description
         * @param signerChain see the record description
         * @param signingTime see the record description
         * @param dataToSign see the record description
         * @param signatureAlgorithm see the record description
         */
        public PreparedSignature {
            documentSha256 = documentSha256.clone();
            dataToSign = dataToSign.clone();
            signerChain = List.copyOf(signerChain);
        }

        /**
         * @return a copy of the bytes to sign
         */
        @Override
        public byte[] dataToSign() {
            return dataToSign.clone();
        }

        /**
         * @return a copy of the document's SHA-256
         */
        @Override
        public byte[] documentSha256() {
            return documentSha256.clone();
        }

        /**
         * For devices that sign a precomputed hash: the SHA-256 of {@link #dataToSign()}.
         *
         * @return the digest to sign
         */
        public byte[] digestToSign() {
            return sha256(dataToSign);
        }
    }

    /**
     * Step 1: computes what the signer must sign.
     *
     * @param format the signature format
     * @param document the document
     * @param documentName its file name
     * @param signerChain the signer's certificate (first) and its issuers, read from the device
     * @return the prepared signature to keep and the bytes to send to the device
     * @throws SignatureException.SigningException if the certificate is not valid now or the
     *         document does not fit the format
     */
    public PreparedSignature prepare(SignatureFormat format, byte[] document, String documentName,
            List<X509Certificate> signerChain) {
        Objects.requireNonNull(format, "format");
        if (signerChain.isEmpty()) {
            throw new SignatureException.SigningException("The signer's certificate is missing");
        }
        X509Certificate cert = signerChain.get(0);
        try {
            cert.checkValidity();
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            throw new SignatureException.SigningException("The signer's certificate is not valid now: " + e.getMessage(), e);
        }
        Instant signingTime = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        byte[] tbs = new DssSigning(tsa).dataToSign(format, document, documentName, signerChain, signingTime);
        return new PreparedSignature(format, documentName, sha256(document), signerChain, signingTime, tbs,
                DssSigning.jcaAlgorithm(cert.getPublicKey().getAlgorithm()));
    }

    /**
     * Step 2: assembles the signature from the device's signature value.
     *
     * @param prepared what {@link #prepare} returned
     * @param document the same document as in step 1
     * @param signatureValue the device's signature over {@link PreparedSignature#dataToSign()}
     * @return the signed XML or PDF, or the detached signature
     * @throws SignatureException.SigningException if the document differs from step 1 or the value
     *         does not verify with the signer's certificate
     * @throws SignatureException.TimestampException if the time-stamping authority fails
     */
    public byte[] complete(PreparedSignature prepared, byte[] document, byte[] signatureValue) {
        if (!MessageDigest.isEqual(prepared.documentSha256(), sha256(document))) {
            throw new SignatureException.SigningException("The document differs from the one prepared for signing");
        }
        X509Certificate cert = prepared.signerChain().get(0);
        try {
            Signature check = Signature.getInstance(prepared.signatureAlgorithm());
            check.initVerify(cert.getPublicKey());
            check.update(prepared.dataToSign());
            if (!check.verify(signatureValue)) {
                throw new SignatureException.SigningException(
                        "The signature value does not match the prepared data and the signer's certificate");
            }
        } catch (GeneralSecurityException e) {
            throw new SignatureException.SigningException("The signature value cannot be checked: " + e.getMessage(), e);
        }
        return new DssSigning(tsa).assemble(prepared.format(), document, prepared.documentName(),
                prepared.signerChain(), prepared.signingTime(), signatureValue);
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
