package pl.ezd.web.epuapsim;

import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.regex.Pattern;
import org.apache.wss4j.common.crypto.Merlin;
import org.apache.wss4j.common.ext.WSSecurityException;
import pl.ezd.epuapsim.boundary.EpuapSimulator;

/**
 * The simulator's trust: exactly the system certificates registered with it, re-read on every
 * check (a handful of certificates), so a certificate registered by a test is trusted at once.
 */
final class SimulatorCrypto extends Merlin {

    private final EpuapSimulator simulator;

    SimulatorCrypto(EpuapSimulator simulator) {
        this.simulator = simulator;
    }

    @Override
    public void verifyTrust(X509Certificate[] certs, boolean enableRevocation, Collection<Pattern> subjectCertConstraints,
                            Collection<Pattern> issuerCertConstraints) throws WSSecurityException {
        try {
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            int n = 0;
            for (X509Certificate certificate : simulator.clients()) {
                trusted.setCertificateEntry("client-" + n++, certificate);
            }
            setTrustStore(trusted);
        } catch (Exception e) {
            throw new WSSecurityException(WSSecurityException.ErrorCode.FAILURE, e);
        }
        super.verifyTrust(certs, enableRevocation, subjectCertConstraints, issuerCertConstraints);
    }
}
