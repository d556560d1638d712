package pl.ezd.epuapsim.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A file in the simulated ePUAP file repository, which letters point at by URI. It can be told to
 * answer "503 Service Unavailable" for its first N requests, so the tests see a repository that is
 * down and then comes back.
 */
@Entity
@Table(name = "epuap_sim_file")
public class SimulatedFile {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "epuap_sim_file_seq")
    @SequenceGenerator(name = "epuap_sim_file_seq", sequenceName = "epuap_sim_file_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 255)
    private String name;

    @Column(name = "media_type", length = 100)
    private String mediaType;

    @Column(nullable = false)
    private byte[] content;

    @Column(name = "unavailable_remaining", nullable = false)
    private int unavailableRemaining;

    @Column(nullable = false)
    private int requests;

    @Column(name = "stored_at", nullable = false)
    private Instant storedAt;

    protected SimulatedFile() {
    }

    public SimulatedFile(String name, String mediaType, byte[] content, int unavailable, Instant storedAt) {
        this.name = name;
        this.mediaType = mediaType;
        this.content = content;
        this.unavailableRemaining = Math.max(0, unavailable);
        this.storedAt = storedAt;
    }

    /** Counts a request; false while the file is to look unavailable. */
    public boolean requested() {
        requests++;
        if (unavailableRemaining > 0) {
            unavailableRemaining--;
            return false;
        }
        return true;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getMediaType() { return mediaType; }
    public byte[] getContent() { return content; }
    public int getRequests() { return requests; }
}
