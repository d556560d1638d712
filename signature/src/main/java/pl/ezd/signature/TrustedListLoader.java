package pl.ezd.signature;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.tsl.LOTLInfo;
import eu.europa.esig.dss.model.tsl.TLInfo;
import eu.europa.esig.dss.model.tsl.TLValidationJobSummary;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.client.http.DSSFileLoader;
import eu.europa.esig.dss.spi.tsl.TrustedListsCertificateSource;
import eu.europa.esig.dss.spi.x509.CommonCertificateSource;
import eu.europa.esig.dss.tsl.job.TLValidationJob;
import eu.europa.esig.dss.tsl.source.LOTLSource;
import eu.europa.esig.dss.tsl.source.TLSource;
import eu.europa.esig.dss.tsl.sync.ExpirationAndSignatureCheckStrategy;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads ETSI TS 119 612 trusted lists with DSS's trusted-list job:
 * <ul>
 *   <li>the EU list of trusted lists (LOTL), checked against the configured LOTL signing
 *       certificates, and the national lists it points to, each checked against the certificates
 *       the LOTL publishes for it; read from a {@link TrustedListStore} the installation keeps and,
 *       when enabled, first downloaded from their URLs (a download replaces the stored file only
 *       when it validated: a broken or forged download never displaces a good list);</li>
 *   <li>single lists given as bytes with their signers.</li>
 * </ul>
 * A list is used only if its signature is valid for one of its signing certificates and it has not
 * passed its next-update date.
 */
final class TrustedListLoader {

    private static final Logger LOG = Logger.getLogger(TrustedListLoader.class.getName());

    /** One trusted list file and the certificates allowed to sign it. */
    record Entry(byte[] xml, List<X509Certificate> signers) {
    }

    /** The EU list of trusted lists: where it is published, who may sign it, where it is kept. */
    record Lotl(String url, List<X509Certificate> signers, TrustedListStore store, boolean online) {
    }

    private TrustedListLoader() {
    }

    /**
     * @return the trusted services' certificates with their qualification properties, and a status
     *         line per list
     */
    static Result load(List<Entry> lists, Lotl lotl) {
        Map<String, byte[]> fresh = new ConcurrentHashMap<>();
        boolean online = lotl != null && lotl.online();
        Run run = run(lists, lotl, online, fresh);
        if (online && !fresh.isEmpty()) {
            boolean allGood = true;
            for (TLInfo info : run.infos) {
                byte[] downloaded = fresh.get(info.getUrl());
                if (downloaded == null) {
                    continue;
                }
                if (usable(info)) {
                    lotl.store().save(info.getUrl(), downloaded);
                } else {
                    allGood = false;
                    LOG.warning("Downloaded trusted list " + info.getUrl() + " is not usable (" + describe(info)
                            + "); the stored copy is kept");
                }
            }
            if (!allGood) {
                // A download that did not validate must not displace a stored list that does.
                run = run(lists, lotl, false, new HashMap<>());
            }
        }
        return new Result(run.certificates, run.status);
    }

    private record Run(TrustedListsCertificateSource certificates, List<TLInfo> infos, List<String> status) {
    }

    private static Run run(List<Entry> lists, Lotl lotl, boolean online, Map<String, byte[]> fresh) {
        Map<String, byte[]> given = new HashMap<>();
        List<TLSource> sources = new ArrayList<>();
        for (int i = 0; i < lists.size(); i++) {
            String url = "ezd-trusted-list-" + i;
            given.put(url, lists.get(i).xml().clone());
            TLSource source = new TLSource();
            source.setUrl(url);
            source.setCertificateSource(certificates(lists.get(i).signers()));
            sources.add(source);
        }
        TrustedListsCertificateSource certificates = new TrustedListsCertificateSource();
        TLValidationJob job = new TLValidationJob();
        if (!sources.isEmpty()) {
            job.setTrustedListSources(sources.toArray(new TLSource[0]));
        }
        if (lotl != null) {
            LOTLSource source = new LOTLSource();
            source.setUrl(lotl.url());
            source.setCertificateSource(certificates(lotl.signers()));
            job.setListOfTrustedListSources(source);
        }
        job.setOfflineDataLoader((DSSFileLoader) url -> {
            byte[] xml = given.get(url);
            if (xml == null && lotl != null) {
                if (online) {
                    Optional<byte[]> downloaded = lotl.store().download(url);
                    if (downloaded.isPresent()) {
                        fresh.put(url, downloaded.get());
                        xml = downloaded.get();
                    }
                }
                if (xml == null) {
                    xml = lotl.store().read(url).orElse(null);
                }
            }
            return xml == null ? null : new InMemoryDocument(xml, url);
        });
        // Only lists whose signature is valid and which are not expired give trust anchors.
        job.setSynchronizationStrategy(new ExpirationAndSignatureCheckStrategy());
        job.setTrustedListCertificateSource(certificates);
        job.offlineRefresh();
        List<TLInfo> infos = new ArrayList<>();
        TLValidationJobSummary summary = job.getSummary();
        for (LOTLInfo info : summary.getLOTLInfos()) {
            infos.add(info);
            infos.addAll(info.getTLInfos());
        }
        infos.addAll(summary.getOtherTLInfos());
        List<String> status = new ArrayList<>();
        for (TLInfo info : infos) {
            status.add((info instanceof LOTLInfo ? "LOTL " : info.getParent() != null ? "TL " : "")
                    + info.getUrl() + ": " + describe(info));
        }
        return new Run(certificates, List.copyOf(infos), List.copyOf(status));
    }

    private static boolean usable(TLInfo info) {
        Date next = info.getParsingCacheInfo() == null ? null : info.getParsingCacheInfo().getNextUpdateDate();
        return info.getValidationCacheInfo() != null
                && info.getValidationCacheInfo().getIndication() == Indication.TOTAL_PASSED
                && next != null && next.after(new Date());
    }

    private static String describe(TLInfo info) {
        if (info.getParsingCacheInfo() == null || info.getParsingCacheInfo().getTerritory() == null) {
            boolean missing = info.getDownloadCacheInfo() == null || info.getDownloadCacheInfo().isResultExist() == false;
            return missing ? "not available (neither stored nor downloaded)" : "cannot be read";
        }
        return "signature " + (info.getValidationCacheInfo() == null ? "not checked" : info.getValidationCacheInfo().getIndication())
                + ", territory " + info.getParsingCacheInfo().getTerritory()
                + ", sequence " + info.getParsingCacheInfo().getSequenceNumber()
                + ", next update " + info.getParsingCacheInfo().getNextUpdateDate()
                + ", certificates " + info.getParsingCacheInfo().getCertNumber();
    }

    private static CommonCertificateSource certificates(List<X509Certificate> certs) {
        CommonCertificateSource source = new CommonCertificateSource();
        certs.forEach(c -> source.addCertificate(new CertificateToken(c)));
        return source;
    }

    static void logFailure(String what, Exception e) {
        LOG.log(Level.INFO, what, e);
    }

    record Result(TrustedListsCertificateSource certificates, List<String> status) {
    }
}
