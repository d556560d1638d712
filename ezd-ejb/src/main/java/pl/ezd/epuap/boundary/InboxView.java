package pl.ezd.epuap.boundary;

import java.time.Instant;
import pl.ezd.epuap.entity.EpuapInbox;

/** An organisation's ePUAP inbox configuration as its administrator sees it: never the certificate's key or password. */
public record InboxView(String podmiot, String adresSkrytki, String nazwaSkrytki, String endpointUrl, String account,
                        int pollIntervalSeconds, boolean enabled, boolean certificateStored, String certificateSubject,
                        Instant certificateNotAfter, Instant lastPollAt, String lastPollError, String fileRepositoryUrl) {

    static InboxView of(EpuapInbox inbox) {
        return new InboxView(inbox.getPodmiot(), inbox.getAdresSkrytki(), inbox.getNazwaSkrytki(), inbox.getEndpointUrl(),
                inbox.getAccount(), inbox.getPollIntervalSeconds(), inbox.isEnabled(), inbox.hasCertificate(),
                inbox.getCertificateSubject(), inbox.getCertificateNotAfter(), inbox.getLastPollAt(), inbox.getLastPollError(),
                inbox.getFileRepositoryUrl());
    }
}
