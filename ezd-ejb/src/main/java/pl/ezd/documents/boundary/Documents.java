package pl.ezd.documents.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.annotation.Resource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pl.ezd.documents.control.OfficeSeal;
import pl.ezd.signature.DocumentSigner;
import pl.ezd.signature.SignatureFormat;
import pl.ezd.signature.SigningKey;
import pl.ezd.audit.boundary.AuditTrail;
import pl.ezd.documents.control.ContentAnalysis;
import pl.ezd.documents.control.ContentStore;
import pl.ezd.documents.control.ExtractionFailedException;
import pl.ezd.documents.control.NesMetadata;
import pl.ezd.documents.control.NesSchema;
import pl.ezd.documents.control.PdfPreview;
import pl.ezd.documents.control.TimeBox;
import pl.ezd.documents.entity.Document;
import pl.ezd.documents.entity.DocumentKind;
import pl.ezd.documents.entity.DocumentVersion;
import pl.ezd.documents.entity.StoredFile;
import pl.ezd.organization.boundary.Caller;
import pl.ezd.organization.boundary.CallerIdentity;
import pl.ezd.organization.entity.Role;

/**
 * Documents of the caller's organisation: adding one or a new version of one, listing, reading
 * verified content, and a preview of PDFs. Content is stored durably before the record is written;
 * if recording it fails, here or at commit ({@link TextExtraction#discard}), the content is discarded. The text
 * is extracted in the background once the version has committed.
 */
@Stateless
public class Documents {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AuditTrail auditTrail;

    @Inject
    ContentStore store;

    @Inject
    ContentAnalysis analysis;

    @Inject
    PdfPreview previews;

    @Inject
    Event<VersionStored> stored;

    @Resource
    ManagedExecutorService executor;

    @Inject
    OfficeSeal officeSeal;

    @Inject
    jakarta.enterprise.inject.Instance<CaseFileOfDocument> caseFiles;

    @Inject
    pl.ezd.documents.control.SignatureVerification signatureVerification;

    @Inject
    @ConfigProperty(name = "ezd.documents.max-size", defaultValue = "10000000")
    long maxSize;

    @Inject
    @ConfigProperty(name = "ezd.documents.preview-timeout", defaultValue = "PT20S")
    Duration previewTimeout;

    /** The largest file accepted, in bytes ({@code EZD_DOCUMENTS_MAX_SIZE}), so a screen can refuse a larger one before it is sent. */
    @RolesAllowed({Role.REGISTRY_NAME, Role.CLERK_NAME, Role.HEAD_NAME})
    public long maxFileSize() {
        return maxSize;
    }

    /** Registers a new document whose first version is {@code content}. */
    @RolesAllowed({Role.REGISTRY_NAME, Role.CLERK_NAME, Role.HEAD_NAME})
    public DocumentView add(String title, DocumentKind kind, String fileName, InputStream content) {
        CallerIdentity me = caller.identity();
        Instant now = Instant.now();
        StoredFile file = store(me.organizationId(), fileName, content);
        try {
            var document = new Document(me.organizationId(), title, kind, file, me.username(), now);
            em.persist(document);
            em.flush();
            DocumentVersion first = document.current();
            auditTrail.record(me.organizationId(), me.username(), "DOCUMENT_ADDED", "Document", document.getId(),
                    document.getTitle() + " (wersja 1: " + first.getFileName() + ", SHA-256 " + first.getSha256() + ")");
            stored.fire(new VersionStored(me.organizationId(), document.getId(), first.getId(), first.getStorageKey()));
            return DocumentView.of(document);
        } catch (RuntimeException e) {
            store.discard(file.storageKey());
            throw e;
        }
    }

    /** Adds the next version of a document; earlier versions stay as they are. */
    @RolesAllowed({Role.REGISTRY_NAME, Role.CLERK_NAME, Role.HEAD_NAME})
    public DocumentView addVersion(long documentId, String fileName, InputStream content) {
        CallerIdentity me = caller.identity();
        Document document = ofMyOrganization(documentId, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        StoredFile file = store(me.organizationId(), fileName, content);
        try {
            DocumentVersion added = document.addVersion(file, me.username(), Instant.now());
            em.flush();
            auditTrail.record(me.organizationId(), me.username(), "DOCUMENT_VERSION_ADDED", "Document", document.getId(),
                    "wersja " + added.getNumber() + ": " + added.getFileName() + ", SHA-256 " + added.getSha256());
            stored.fire(new VersionStored(me.organizationId(), document.getId(), added.getId(), added.getStorageKey()));
            return DocumentView.of(document);
        } catch (RuntimeException e) {
            store.discard(file.storageKey());
            throw e;
        }
    }

    /**
     * Seals the current version with the organisation's electronic seal (PAdES for a PDF, enveloped
     * XAdES for XML), as a new version; the version before stays as it was. A head of unit does it
     * for a document about to leave the office.
     */
    @RolesAllowed(Role.HEAD_NAME)
    public DocumentView seal(long documentId) {
        CallerIdentity me = caller.identity();
        Document document = ofMyOrganization(documentId, LockModeType.NONE);
        DocumentVersion current = versionOf(documentId, document.getCurrentVersion());
        SigningKey seal = officeSeal.of(me.organizationId())
                .orElseThrow(() -> new IllegalArgumentException("Urząd nie ma skonfigurowanej pieczęci elektronicznej"));
        SignatureFormat format;
        if ("application/pdf".equals(current.getMediaType())) {
            format = SignatureFormat.PADES;
        } else if (current.getMediaType() != null && current.getMediaType().contains("xml")) {
            format = SignatureFormat.XADES_ENVELOPED;
        } else {
            throw new IllegalArgumentException("Pieczęć nakłada się na dokument PDF albo XML, a ten jest typu " + current.getMediaType());
        }
        byte[] sealed;
        try (InputStream content = store.read(current.getStorageKey(), current.getSha256())) {
            sealed = DocumentSigner.builder(seal).build().sign(format, content.readAllBytes(), current.getFileName());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DocumentView view = addVersion(documentId, current.getFileName(), new java.io.ByteArrayInputStream(sealed));
        auditTrail.record(me.organizationId(), me.username(), "DOCUMENT_SEALED", "Document", documentId,
                "wersja " + view.currentVersion() + " opatrzona pieczęcią (" + format + ") z wersji " + current.getNumber());
        return view;
    }

    /**
     * Verifies the signatures of a version now, in the caller's transaction, and keeps the verdict
     * with the version (the background check then leaves it alone). For a step that must not go on
     * without a verdict, e.g. signing a draft before it leaves the office. A version without a
     * signature is refused.
     */
    @RolesAllowed({Role.REGISTRY_NAME, Role.CLERK_NAME, Role.HEAD_NAME})
    public VersionView verifySignature(long documentId, int number) {
        CallerIdentity me = caller.identity();
        DocumentVersion version = versionOf(documentId, number);
        if (version.getSignatureCheckedAt() == null) {
            byte[] content;
            try (InputStream in = store.read(version.getStorageKey(), version.getSha256())) {
                content = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            VerifiedSignature verified = verified(content, version.getFileName(), version.getMediaType())
                    .orElseThrow(() -> new IllegalArgumentException("Wersja " + number + " dokumentu nie ma podpisu elektronicznego"));
            keep(me, documentId, version, verified);
        }
        return VersionView.of(version);
    }

    /**
     * Verifies the signatures {@code content} carries, storing nothing and outside any transaction
     * (the DSS validation takes tens of milliseconds of CPU per document, too long to hold a
     * transaction's locks for): for a step that must know the verdict before it stores the file,
     * e.g. the ePUAP import before it registers a letter, and then keeps the result with the version
     * ({@link #recordSignature}). Empty when the content carries no signature.
     */
    @RolesAllowed({Role.REGISTRY_NAME, Role.CLERK_NAME, Role.HEAD_NAME})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public java.util.Optional<VerifiedSignature> verify(byte[] content, String fileName) {
        return verified(content, fileName, null);
    }

    private java.util.Optional<VerifiedSignature> verified(byte[] content, String fileName, String mediaType) {
        if (!pl.ezd.documents.control.SignatureVerification.looksSigned(content, mediaType)) {
            return java.util.Optional.empty();
        }
        pl.ezd.signature.VerificationReport report = signatureVerification.verify(content, fileName);
        String json;
        try (var jsonb = jakarta.json.bind.JsonbBuilder.create()) {
            json = jsonb.toJson(report);
        } catch (Exception e) {
            json = null;
        }
        return java.util.Optional.of(new VerifiedSignature(sha256(content), report.verdict().name(), report.summaryPl(), json));
    }

    /**
     * Keeps a verification made before the version was stored ({@link #verify}) with the version,
     * audited as a verification of that version; the background check then leaves it alone. Refused
     * when the verification is of other bytes than the version's (its SHA-256 differs). A version
     * verified already keeps its first verdict.
     */
    @RolesAllowed({Role.REGISTRY_NAME, Role.CLERK_NAME, Role.HEAD_NAME})
    public VersionView recordSignature(long documentId, int number, VerifiedSignature verified) {
        CallerIdentity me = caller.identity();
        DocumentVersion version = versionOf(documentId, number);
        if (!version.getSha256().equals(verified.sha256())) {
            throw new IllegalArgumentException("Raport weryfikacji podpisu dotyczy innej treści niż wersja " + number + " dokumentu");
        }
        if (version.getSignatureCheckedAt() == null) {
            keep(me, documentId, version, verified);
        }
        return VersionView.of(version);
    }

    private void keep(CallerIdentity me, long documentId, DocumentVersion version, VerifiedSignature verified) {
        version.signatureVerified(verified.verdict(), verified.summary(), verified.reportJson(), Instant.now());
        auditTrail.record(me.organizationId(), me.username(), "DOCUMENT_SIGNATURE_VERIFIED", "Document", documentId,
                "wersja " + version.getNumber() + ": " + verified.verdict());
    }

    private static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @RolesAllowed({Role.REGISTRY_NAME, Role.CLERK_NAME, Role.HEAD_NAME, Role.ARCHIVIST_NAME})
    public DocumentView find(long documentId) {
        return DocumentView.of(ofMyOrganization(documentId, LockModeType.NONE));
    }

    /**
     * The document's metadata as NES 2.0 XML ({@code nes_20.xsd}), checked against the schema
     * before it leaves: identifier, title, dates, format and size of the current version, access,
     * type, grouping (the case file when {@link CaseFileOfDocument} knows it), creator, language.
     */
    @RolesAllowed({Role.REGISTRY_NAME, Role.CLERK_NAME, Role.HEAD_NAME, Role.ARCHIVIST_NAME})
    public String nes(long documentId) {
        CallerIdentity me = caller.identity();
        Document document = ofMyOrganization(documentId, LockModeType.NONE);
        DocumentVersion current = document.current();
        var caseFile = caseFiles.isResolvable()
                ? caseFiles.get().of(me.organizationId(), document.getId())
                : java.util.Optional.<CaseFileOfDocument.CaseFile>empty();
        String xml = new NesMetadata(document.getId(), document.getTitle(), document.getKind(), document.getCreatedAt(),
                document.getVersions().size() > 1 ? current.getCreatedAt() : null, current.getMediaType(),
                current.getFileName(), current.getSize(), me.organizationName(),
                caseFile.map(CaseFileOfDocument.CaseFile::znak).orElse(null),
                caseFile.map(CaseFileOfDocument.CaseFile::title).orElse(null)).toXml();
        try {
            NesSchema.validate(xml);
        } catch (org.xml.sax.SAXException e) {
            throw new IllegalStateException("NES metadata of document " + documentId + " break nes_20.xsd: " + e.getMessage(), e);
        }
        return xml;
    }

    /** The organisation's documents, newest first, a page at a time. */
    @RolesAllowed({Role.REGISTRY_NAME, Role.CLERK_NAME, Role.HEAD_NAME, Role.ARCHIVIST_NAME})
    public List<DocumentView> list(int first, int max) {
        if (first < 0 || max < 1 || max > 500) {
            throw new IllegalArgumentException("Stronicowanie: first ≥ 0, max od 1 do 500");
        }
        return em.createQuery("select d from Document d where d.organizationId = :org order by d.createdAt desc, d.id desc",
                        Document.class)
                .setParameter("org", caller.organizationId())
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultStream()
                .map(DocumentView::of)
                .toList();
    }

    /** The content of a version, checked against its SHA-256 before anything is served. */
    @RolesAllowed({Role.REGISTRY_NAME, Role.CLERK_NAME, Role.HEAD_NAME, Role.ARCHIVIST_NAME})
    public VersionContent content(long documentId, int number) {
        DocumentVersion version = versionOf(documentId, number);
        return new VersionContent(version.getFileName(), version.getMediaType(), version.getSize(), version.getSha256(),
                store.read(version.getStorageKey(), version.getSha256()));
    }

    /** The text extracted from a version; empty until extraction has succeeded. */
    @RolesAllowed({Role.REGISTRY_NAME, Role.CLERK_NAME, Role.HEAD_NAME, Role.ARCHIVIST_NAME})
    public String text(long documentId, int number) {
        String text = versionOf(documentId, number).getExtractedText();
        return text == null ? "" : text;
    }

    /**
     * The verification report (JSON) of the signatures a version carries; empty when the file is
     * not signed or has not been checked yet.
     */
    @RolesAllowed({Role.REGISTRY_NAME, Role.CLERK_NAME, Role.HEAD_NAME, Role.ARCHIVIST_NAME})
    public java.util.Optional<String> signatureReport(long documentId, int number) {
        return java.util.Optional.ofNullable(versionOf(documentId, number).getSignatureReport());
    }

    /** The first page of a PDF version as a PNG image. */
    @RolesAllowed({Role.REGISTRY_NAME, Role.CLERK_NAME, Role.HEAD_NAME, Role.ARCHIVIST_NAME})
    public byte[] preview(long documentId, int number) {
        DocumentVersion version = versionOf(documentId, number);
        if (!"application/pdf".equals(version.getMediaType())) {
            throw new PreviewUnavailableException("Podgląd jest dostępny tylko dla plików PDF, a ten jest typu " + version.getMediaType());
        }
        try (InputStream pdf = store.read(version.getStorageKey(), version.getSha256())) {
            return TimeBox.within(executor, previewTimeout, () -> previews.firstPage(pdf));
        } catch (ExtractionFailedException e) {
            throw new PreviewUnavailableException("Nie można utworzyć podglądu: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private StoredFile store(long organizationId, String fileName, InputStream content) {
        if (content == null) {
            throw new IllegalArgumentException("Treść pliku jest wymagana");
        }
        // the name is checked before a byte is stored
        new StoredFile(fileName, "application/octet-stream", 0, "0".repeat(64), "-");
        ContentStore.Stored written = store.write(organizationId, content, maxSize);
        try {
            if (written.size() == 0) {
                throw new IllegalArgumentException("Plik jest pusty");
            }
            String mediaType;
            try (InputStream verified = store.read(written.storageKey(), written.sha256())) {
                mediaType = analysis.detect(verified, fileName);
            }
            return new StoredFile(fileName, mediaType, written.size(), written.sha256(), written.storageKey());
        } catch (IOException e) {
            store.discard(written.storageKey());
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            store.discard(written.storageKey());
            throw e;
        }
    }

    private Document ofMyOrganization(long id, LockModeType lock) {
        Document found = em.find(Document.class, id, lock);
        if (found == null || found.getOrganizationId() != caller.organizationId()) {
            throw DocumentNotFoundException.of("documents.notFound", id);
        }
        return found;
    }

    private DocumentVersion versionOf(long documentId, int number) {
        return ofMyOrganization(documentId, LockModeType.NONE).version(number)
                .orElseThrow(() -> DocumentNotFoundException.of("documents.version.notFound", documentId, number));
    }
}
