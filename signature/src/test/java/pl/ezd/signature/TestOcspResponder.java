package pl.ezd.signature;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * An RFC 6960 OCSP responder on a loopback HTTP port, answering for the certificates of one test
 * CA with responses signed by that CA (the issuer answering for itself, as RFC 6960 4.2.2.2
 * allows). A serial marked revoked is answered "revoked" (key compromise) since the given time;
 * every other serial "good".
 */
final class TestOcspResponder implements AutoCloseable {

    private final HttpServer server;
    private final TestPki.Entity ca;
    private final Map<BigInteger, Instant> revoked = new ConcurrentHashMap<>();
    final AtomicInteger requests = new AtomicInteger();

    TestOcspResponder(TestPki.Entity ca) throws IOException {
        this.ca = ca;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/ocsp", exchange -> {
            try (InputStream in = exchange.getRequestBody(); OutputStream out = exchange.getResponseBody()) {
                requests.incrementAndGet();
                byte[] response = respond(in.readAllBytes());
                exchange.getResponseHeaders().add("Content-Type", "application/ocsp-response");
                exchange.sendResponseHeaders(200, response.length);
                out.write(response);
            } catch (Exception e) {
                exchange.sendResponseHeaders(500, -1);
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/ocsp";
    }

    void revoke(BigInteger serial, Instant since) {
        revoked.put(serial, since);
    }

    private byte[] respond(byte[] request) throws Exception {
        OCSPReq req = new OCSPReq(request);
        X509CertificateHolder issuer = new JcaX509CertificateHolder(ca.cert());
        BasicOCSPRespBuilder builder = new BasicOCSPRespBuilder(new RespID(issuer.getSubject()));
        Instant now = Instant.now();
        for (Req one : req.getRequestList()) {
            if (!one.getCertID().matchesIssuer(issuer, new JcaDigestCalculatorProviderBuilder().build())) {
                return new OCSPRespBuilder().build(OCSPRespBuilder.UNAUTHORIZED, null).getEncoded();
            }
            Instant since = revoked.get(one.getCertID().getSerialNumber());
            CertificateStatus status = since == null ? CertificateStatus.GOOD
                    : new RevokedStatus(Date.from(since), CRLReason.keyCompromise);
            builder.addResponse(one.getCertID(), status, Date.from(now.minusSeconds(60)),
                    Date.from(now.plus(Duration.ofHours(1))));
        }
        Extension nonce = req.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
        if (nonce != null) {
            builder.setResponseExtensions(new Extensions(nonce));
        }
        var basic = builder.build(TestPki.signer(ca.key()), new X509CertificateHolder[] {issuer}, Date.from(now));
        OCSPResp resp = new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, basic);
        return resp.getEncoded();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
