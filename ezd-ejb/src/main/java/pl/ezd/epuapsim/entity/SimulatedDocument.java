package pl.ezd.epuapsim.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import pl.ezd.epuap.entity.IdempotenceKey;

/** A document waiting in a simulated ePUAP inbox until the puller acknowledges it. */
@Entity
@Table(name = "epuap_sim_document")
public class SimulatedDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "epuap_sim_document_seq")
    @SequenceGenerator(name = "epuap_sim_document_seq", sequenceName = "epuap_sim_document_seq", allocationSize = 50)
    private Long id;

    @Column(name = "adres_skrytki", nullable = false, length = 200)
    private String adresSkrytki;

    @Column(length = 100)
    private String podmiot;

    @Column(name = "sender_id", nullable = false, length = 200)
    private String senderId;

    @Column(name = "sender_kind", nullable = false, length = 1)
    private String senderKind;

    @Column(name = "sender_first", length = 100)
    private String senderFirst;

    @Column(name = "sender_name", nullable = false, length = 300)
    private String senderName;

    @Column(name = "sender_user", length = 200)
    private String senderUser;

    @Column(name = "data_nadania", nullable = false)
    private Instant dataNadania;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "file_type", length = 100)
    private String fileType;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(nullable = false, length = 40)
    private String sha1;

    @Column(name = "queued_at", nullable = false)
    private Instant queuedAt;

    @Column(name = "delivery_count", nullable = false)
    private int deliveryCount;

    /** How many acknowledgements to refuse yet (a lost acknowledgement, for the redelivery test). */
    @Column(name = "ack_failures", nullable = false)
    private int ackFailures;

    @Column(name = "last_delivered_at")
    private Instant lastDeliveredAt;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    protected SimulatedDocument() {
    }

    public SimulatedDocument(String adresSkrytki, String senderId, String senderKind, String senderFirst, String senderName,
                             String senderUser, Instant dataNadania, String fileName, String fileType, byte[] content,
                             Instant queuedAt) {
        this.adresSkrytki = adresSkrytki;
        this.senderId = senderId;
        this.senderKind = senderKind;
        this.senderFirst = senderFirst;
        this.senderName = senderName;
        this.senderUser = senderUser;
        this.dataNadania = dataNadania;
        this.fileName = fileName;
        this.fileType = fileType;
        this.content = content;
        this.sha1 = IdempotenceKey.skrot(content);
        this.queuedAt = queuedAt;
    }

    public void delivered(Instant at) {
        deliveryCount++;
        lastDeliveredAt = at;
    }

    /** Acknowledges, unless an acknowledgement is still to be lost; returns whether it was taken. */
    public boolean acknowledge(Instant at) {
        if (ackFailures > 0) {
            ackFailures--;
            return false;
        }
        acknowledgedAt = at;
        return true;
    }

    public void loseAcknowledgements(int count) {
        ackFailures = Math.max(0, count);
    }

    public Long getId() { return id; }
    public String getAdresSkrytki() { return adresSkrytki; }
    public String getSenderId() { return senderId; }
    public String getSenderKind() { return senderKind; }
    public String getSenderFirst() { return senderFirst; }
    public String getSenderName() { return senderName; }
    public String getSenderUser() { return senderUser; }
    public Instant getDataNadania() { return dataNadania; }
    public String getFileName() { return fileName; }
    public String getFileType() { return fileType; }
    public byte[] getContent() { return content; }
    public String getSha1() { return sha1; }
    public int getDeliveryCount() { return deliveryCount; }
    public Instant getAcknowledgedAt() { return acknowledgedAt; }
}
