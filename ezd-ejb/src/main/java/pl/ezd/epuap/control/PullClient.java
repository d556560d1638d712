package pl.ezd.epuap.control;

import jakarta.xml.ws.BindingProvider;
import java.net.URL;
import java.security.KeyStore;
import java.util.Map;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import org.apache.cxf.endpoint.Client;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transports.http.configuration.HTTPClientPolicy;
import org.apache.wss4j.common.crypto.Merlin;
import org.apache.wss4j.common.ext.WSPasswordCallback;
import pl.ezd.epuap.wsdl.obiekty.OdpowiedzPullPobierzTyp;
import pl.ezd.epuap.wsdl.obiekty.ZapytaniePullOczekujaceTyp;
import pl.ezd.epuap.wsdl.obiekty.ZapytaniePullPobierzTyp;
import pl.ezd.epuap.wsdl.obiekty.ZapytaniePullPotwierdzTyp;
import pl.ezd.epuap.wsdl.pull.PkPullService;
import pl.ezd.epuap.wsdl.pull.Pull;
import pl.ezd.epuap.wsdl.pull.PullFaultMsg;

/**
 * A client of one ePUAP inbox over the pull service ({@code pull.wsdl}), signing every request as
 * the WSDL's policy demands (X.509 token, asymmetric binding, Basic256Sha256 with RSA-SHA256,
 * signed Body and Timestamp) with the organisation's system certificate. Not thread-safe: one
 * client per pull of one inbox.
 */
public final class PullClient {

    /** ePUAP's status code of a successful call. */
    public static final int OK = 1;
    private static final String RSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256";
    private static final URL WSDL = PullClient.class.getClassLoader().getResource("epuap/wsdl/pull.wsdl");
    private static volatile PkPullService service;

    private final Pull port;
    private final String podmiot;
    private final String adresSkrytki;
    private final String nazwaSkrytki;

    public PullClient(String endpointUrl, String podmiot, String adresSkrytki, String nazwaSkrytki, SystemCertificate certificate) {
        this.podmiot = podmiot;
        this.adresSkrytki = adresSkrytki;
        this.nazwaSkrytki = nazwaSkrytki;
        this.port = service().getPull();
        Map<String, Object> context = ((BindingProvider) port).getRequestContext();
        context.put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, endpointUrl);
        context.put("ws-security.signature.crypto", crypto(certificate.keyStore()));
        context.put("ws-security.signature.username", certificate.alias());
        context.put("ws-security.callback-handler", (CallbackHandler) callbacks -> {
            for (Callback callback : callbacks) {
                if (callback instanceof WSPasswordCallback password) {
                    password.setPassword(new String(certificate.password()));
                }
            }
        });
        context.put("ws-security.asymmetric.signature.algorithm", RSA_SHA256);
        Client client = ClientProxy.getClient(port);
        HTTPClientPolicy policy = new HTTPClientPolicy();
        policy.setConnectionTimeout(10_000);
        policy.setReceiveTimeout(60_000);
        ((HTTPConduit) client.getConduit()).setClient(policy);
    }

    /** How many documents wait in the inbox. */
    public int waiting() {
        var request = new ZapytaniePullOczekujaceTyp();
        fill(request);
        try {
            var answer = port.oczekujaceDokumenty(request);
            check(answer.getStatus());
            return answer.getOczekujace();
        } catch (PullFaultMsg e) {
            throw fault(e);
        }
    }

    /** The next document of the inbox (the oldest not acknowledged); empty when none waits. */
    public java.util.Optional<OdpowiedzPullPobierzTyp> next() {
        var request = new ZapytaniePullPobierzTyp();
        fill(request);
        try {
            var answer = port.pobierzNastepny(request);
            if (answer.getStatus() != null && answer.getStatus().getKod() != OK) {
                return java.util.Optional.empty();
            }
            return answer.getDokument() == null ? java.util.Optional.empty() : java.util.Optional.of(answer);
        } catch (PullFaultMsg e) {
            throw fault(e);
        }
    }

    /** Tells ePUAP the document with this {@code skrot} (Base64 of the SHA-1 of its bytes) was received. */
    public void acknowledge(String skrot) {
        var request = new ZapytaniePullPotwierdzTyp();
        fill(request);
        request.setSkrot(skrot);
        try {
            check(port.potwierdzOdebranie(request).getStatus());
        } catch (PullFaultMsg e) {
            throw fault(e);
        }
    }

    private void fill(pl.ezd.epuap.wsdl.obiekty.ZapytaniePullTyp request) {
        request.setPodmiot(podmiot);
        request.setAdresSkrytki(adresSkrytki);
        request.setNazwaSkrytki(nazwaSkrytki);
    }

    private static void check(pl.ezd.epuap.wsdl.obiekty.StatusTyp status) {
        if (status != null && status.getKod() != OK) {
            throw new EpuapException("ePUAP odpowiedział kodem " + status.getKod() + ": " + status.getKomunikat());
        }
    }

    private static EpuapException fault(PullFaultMsg e) {
        var info = e.getFaultInfo();
        return new EpuapException("ePUAP zgłosił błąd" + (info == null ? "" : " " + info.getKod() + ": " + info.getKomunikat()));
    }

    private static Merlin crypto(KeyStore keyStore) {
        Merlin merlin = new Merlin();
        merlin.setKeyStore(keyStore);
        return merlin;
    }

    private static PkPullService service() {
        PkPullService s = service;
        if (s == null) {
            synchronized (PullClient.class) {
                s = service;
                if (s == null) {
                    service = s = new PkPullService(WSDL);
                }
            }
        }
        return s;
    }
}
