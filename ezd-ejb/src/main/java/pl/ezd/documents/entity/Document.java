package pl.ezd.documents.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * dokument: the identity of a document of an organisation, apart from its content.
 *
 * <p>Lifecycle: created with its first version → each change of content adds the next version
 * (1, 2, …), which becomes the current one; earlier versions stay as they were, and their content
 * is never overwritten. The optimistic lock serialises two clerks adding a version at once: the
 * second one fails rather than both becoming "version 2".
 */
@Entity
@Table(name = "document")
public class Document {

    static final int TITLE_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_seq")
    @SequenceGenerator(name = "document_seq", sequenceName = "document_seq", allocationSize = 50)
    private Long id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private long organizationId;

    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DocumentKind kind;

    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 100)
    private String createdBy;

    @OneToMany(mappedBy = "document", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<DocumentVersion> versions = new ArrayList<>();

    @Version
    private long version;

    protected Document() {
    }

    /** A new document with its first version. */
    public Document(long organizationId, String title, DocumentKind kind, StoredFile first, String createdBy,
                    Instant createdAt) {
        this.organizationId = organizationId;
        this.title = requireTitle(title);
        this.kind = kind == null ? DocumentKind.OTHER : kind;
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(createdAt);
        addVersion(first, createdBy, createdAt);
    }

    private static String requireTitle(String title) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("Tytuł dokumentu jest wymagany");
        }
        if (title.strip().length() > TITLE_LENGTH) {
            throw new IllegalArgumentException("Tytuł dokumentu może mieć najwyżej " + TITLE_LENGTH + " znaków");
        }
        return title.strip();
    }

    /** Adds the next version, which becomes the current one; nothing earlier changes. */
    public DocumentVersion addVersion(StoredFile file, String by, Instant at) {
        var added = new DocumentVersion(this, currentVersion + 1, file, by, at);
        versions.add(added);
        currentVersion = added.getNumber();
        return added;
    }

    /** The version with this number, if the document has it. */
    public java.util.Optional<DocumentVersion> version(int number) {
        return versions.stream().filter(v -> v.getNumber() == number).findFirst();
    }

    public DocumentVersion current() {
        return version(currentVersion).orElseThrow();
    }

    public Long getId() {
        return id;
    }

    public long getOrganizationId() {
        return organizationId;
    }

    public String getTitle() {
        return title;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public int getCurrentVersion() {
        return currentVersion;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public List<DocumentVersion> getVersions() {
        return Collections.unmodifiableList(versions);
    }
}
