package pl.ezd.epuapsim.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A system certificate registered with the simulated ePUAP for a podmiot (as an office uploads it to its ePUAP account). */
@Entity
@Table(name = "epuap_sim_client")
public class SimulatorClient {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "epuap_sim_client_seq")
    @SequenceGenerator(name = "epuap_sim_client_seq", sequenceName = "epuap_sim_client_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 100)
    private String podmiot;

    @Column(nullable = false)
    private byte[] certificate;

    @Column(nullable = false, length = 500)
    private String subject;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    protected SimulatorClient() {
    }

    public SimulatorClient(String podmiot, byte[] certificate, String subject, Instant registeredAt) {
        this.podmiot = podmiot;
        this.certificate = certificate;
        this.subject = subject;
        this.registeredAt = registeredAt;
    }

    public String getPodmiot() { return podmiot; }
    public byte[] getCertificate() { return certificate; }
    public String getSubject() { return subject; }
}
