package pl.ezd.signature;

import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.tsl.TLInfo;
import eu.europa.esig.dss.model.tsl.TLValidationJobSummary;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.client.http.DSSFileLoader;
import eu.europa.esig.dss.spi.tsl.TrustedListsCertificateSource;
import eu.europa.esig.dss.spi.x509.CommonCertificateSource;
import eu.europa.esig.dss.tsl.job.TLValidationJob;
import eu.europa.esig.dss.tsl.source.TLSource;
import eu.europa.esig.dss.tsl.sync.ExpirationAndSignatureCheckStrategy;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads ETSI TS 119 612 trusted lists (e.g. the Polish list of qualified trust service providers)
 * that an administrator or a scheduled job saved to files, with DSS's trusted-list job run offline.
 * A list is used only if its signature is valid for one of its configured signing certificates
 * and it has not passed its next-update date.
 */
final class TrustedListLoader {

    /** One trusted list file and the certificates allowed to sign it. */
    record Entry(byte[] xml, List<X509Certificate> signers) {
    }

    private TrustedListLoader() {
    }

    /**
     * @return the trusted services' certificates with their qualification properties, and a status
     *         line per list
     */
    static Result load(List<Entry> lists) {
        Map<String, byte[]> files = new HashMap<>();
        List<TLSource> sources = new ArrayList<>();
        for (int i = 0; i < lists.size(); i++) {
            String url = "ezd-trusted-list-" + i;
            files.put(url, lists.get(i).xml().clone());
            CommonCertificateSource signers = new CommonCertificateSource();
            lists.get(i).signers().forEach(c -> signers.addCertificate(new CertificateToken(c)));
            TLSource source = new TLSource();
            source.setUrl(url);
            source.setCertificateSource(signers);
            sources.add(source);
        }
        TrustedListsCertificateSource certificates = new TrustedListsCertificateSource();
        TLValidationJob job = new TLValidationJob();
        job.setTrustedListSources(sources.toArray(new TLSource[0]));
        job.setOfflineDataLoader((DSSFileLoader) url -> {
            byte[] xml = files.get(url);
            return xml == null ? null : new InMemoryDocument(xml, url);
        });
        // Only lists whose signature is valid and which are not expired give trust anchors.
        job.setSynchronizationStrategy(new ExpirationAndSignatureCheckStrategy());
        job.setTrustedListCertificateSource(certificates);
        job.offlineRefresh();
        List<String> status = new ArrayList<>();
        TLValidationJobSummary summary = job.getSummary();
        for (TLInfo info : summary.getOtherTLInfos()) {
            status.add(info.getUrl() + ": signature " + info.getValidationCacheInfo().getIndication()
                    + ", territory " + info.getParsingCacheInfo().getTerritory()
                    + ", next update " + info.getParsingCacheInfo().getNextUpdateDate()
                    + ", certificates " + info.getParsingCacheInfo().getCertNumber());
        }
        return new Result(certificates, List.copyOf(status));
    }

    record Result(TrustedListsCertificateSource certificates, List<String> status) {
    }
}
