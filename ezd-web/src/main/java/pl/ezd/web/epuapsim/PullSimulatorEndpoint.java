package pl.ezd.web.epuapsim;

import jakarta.annotation.Resource;
import jakarta.jws.WebService;
import jakarta.xml.ws.WebServiceContext;
import java.security.Principal;
import java.util.GregorianCalendar;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import pl.ezd.epuap.wsdl.obiekty.DaneNadawcyTyp;
import pl.ezd.epuap.wsdl.obiekty.DanePodmiotuTyp;
import pl.ezd.epuap.wsdl.obiekty.DokumentTyp;
import pl.ezd.epuap.wsdl.obiekty.OdpowiedzPullOczekujaceTyp;
import pl.ezd.epuap.wsdl.obiekty.OdpowiedzPullPobierzTyp;
import pl.ezd.epuap.wsdl.obiekty.OdpowiedzPullPotwierdzTyp;
import pl.ezd.epuap.wsdl.obiekty.StatusTyp;
import pl.ezd.epuap.wsdl.obiekty.WyjatekTyp;
import pl.ezd.epuap.wsdl.obiekty.ZapytaniePullOczekujaceTyp;
import pl.ezd.epuap.wsdl.obiekty.ZapytaniePullPobierzTyp;
import pl.ezd.epuap.wsdl.obiekty.ZapytaniePullPotwierdzTyp;
import pl.ezd.epuap.wsdl.obiekty.ZapytaniePullTyp;
import pl.ezd.epuap.wsdl.pull.Pull;
import pl.ezd.epuap.wsdl.pull.PullFaultMsg;
import pl.ezd.epuapsim.boundary.EpuapSimulator;

/**
 * The simulated ePUAP pull service, on the same WSDL and WS-Security policy as the real one. By the
 * time a call reaches here, CXF has checked the request's signature, timestamp and signed Body
 * against the certificates registered with the simulator; this also checks that the signer's
 * certificate is registered for the podmiot the request names.
 */
@WebService(serviceName = "pkPullService", portName = "pull", targetNamespace = "http://ws.epuap.gov.pl/pull/",
        endpointInterface = "pl.ezd.epuap.wsdl.pull.Pull", wsdlLocation = "classpath:epuap/wsdl/pull.wsdl")
public class PullSimulatorEndpoint implements Pull {

    private static final int OK = 1;
    /** ePUAP's code of an empty queue, as the simulator answers it. */
    private static final int EMPTY = 0;

    private final EpuapSimulator simulator;

    @Resource
    WebServiceContext context;

    PullSimulatorEndpoint(EpuapSimulator simulator) {
        this.simulator = simulator;
    }

    @Override
    public OdpowiedzPullOczekujaceTyp oczekujaceDokumenty(ZapytaniePullOczekujaceTyp request) throws PullFaultMsg {
        authorise(request);
        var answer = new OdpowiedzPullOczekujaceTyp();
        answer.setStatus(status(OK, "OK"));
        answer.setOczekujace(simulator.waiting(request.getAdresSkrytki()));
        return answer;
    }

    @Override
    public OdpowiedzPullPobierzTyp pobierzNastepny(ZapytaniePullPobierzTyp request) throws PullFaultMsg {
        authorise(request);
        var answer = new OdpowiedzPullPobierzTyp();
        var next = simulator.next(request.getAdresSkrytki());
        if (next.isEmpty()) {
            answer.setStatus(status(EMPTY, "Brak dokumentów w kolejce"));
            return answer;
        }
        var document = next.get();
        answer.setStatus(status(OK, "OK"));
        var podmiot = new DanePodmiotuTyp();
        podmiot.setIdentyfikator(document.getSenderId());
        podmiot.setTypOsoby(document.getSenderKind());
        podmiot.setImieSkrot(document.getSenderFirst());
        podmiot.setNazwiskoNazwa(document.getSenderName());
        podmiot.setZgoda(true);
        answer.setDanePodmiotu(podmiot);
        var nadawca = new DaneNadawcyTyp();
        nadawca.setUzytkownik(document.getSenderUser());
        answer.setDaneNadawcy(nadawca);
        var sent = new GregorianCalendar(java.util.TimeZone.getTimeZone("UTC"));
        sent.setTimeInMillis(document.getDataNadania().toEpochMilli());
        try {
            answer.setDataNadania(DatatypeFactory.newInstance().newXMLGregorianCalendar(sent));
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException(e);
        }
        answer.setNazwaSkrytki(request.getNazwaSkrytki());
        answer.setAdresSkrytki(document.getAdresSkrytki());
        answer.setAdresOdpowiedzi(document.getSenderUser() == null ? null : "/" + document.getSenderUser() + "/skrytka");
        answer.setCzyTestowe(false);
        answer.setDaneDodatkowe(new byte[0]);
        var dokument = new DokumentTyp();
        dokument.setNazwaPliku(document.getFileName());
        dokument.setTypPliku(document.getFileType());
        dokument.setZawartosc(document.getContent());
        answer.setDokument(dokument);
        return answer;
    }

    @Override
    public OdpowiedzPullPotwierdzTyp potwierdzOdebranie(ZapytaniePullPotwierdzTyp request) throws PullFaultMsg {
        authorise(request);
        if (request.getSkrot() == null || !simulator.acknowledge(request.getAdresSkrytki(), request.getSkrot().strip())) {
            throw fault(2, "Brak pobranego dokumentu o skrócie " + request.getSkrot() + " w skrytce " + request.getAdresSkrytki());
        }
        var answer = new OdpowiedzPullPotwierdzTyp();
        answer.setStatus(status(OK, "OK"));
        return answer;
    }

    private void authorise(ZapytaniePullTyp request) throws PullFaultMsg {
        Principal signer = context == null ? null : context.getUserPrincipal();
        if (signer == null || !simulator.isClientOf(request.getPodmiot(), signer.getName())) {
            throw fault(3, "Certyfikat " + (signer == null ? "(brak)" : signer.getName()) + " nie jest zarejestrowany dla podmiotu "
                    + request.getPodmiot());
        }
    }

    private static StatusTyp status(int code, String message) {
        var status = new StatusTyp();
        status.setKod(code);
        status.setKomunikat(message);
        return status;
    }

    private static PullFaultMsg fault(int code, String message) {
        var wyjatek = new WyjatekTyp();
        wyjatek.setKod(code);
        wyjatek.setKomunikat(message);
        return new PullFaultMsg(message, wyjatek);
    }
}
