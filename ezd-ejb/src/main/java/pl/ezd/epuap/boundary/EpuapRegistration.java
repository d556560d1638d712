package pl.ezd.epuap.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pl.ezd.audit.boundary.AuditTrail;
import pl.ezd.correspondence.boundary.IncomingItems;
import pl.ezd.correspondence.boundary.NewFile;
import pl.ezd.correspondence.boundary.RegisteredItem;
import pl.ezd.correspondence.entity.DcmiType;
import pl.ezd.correspondence.entity.DeliveryMethod;
import pl.ezd.correspondence.entity.Dostep;
import pl.ezd.correspondence.entity.IncomingItemMetadata;
import pl.ezd.correspondence.entity.SenderAddress;
import pl.ezd.documents.boundary.DocumentView;
import pl.ezd.documents.boundary.Documents;
import pl.ezd.documents.boundary.VerifiedSignature;
import pl.ezd.documents.boundary.VersionView;
import pl.ezd.epuap.control.AttachmentFetcher;
import pl.ezd.epuap.control.EpuapDocumentException;
import pl.ezd.epuap.control.EpuapDocuments;
import pl.ezd.epuap.control.EpuapLetter;
import pl.ezd.epuap.control.EpuapLimits;
import pl.ezd.epuap.control.EpuapRendering;
import pl.ezd.epuap.entity.ReceivedDocument;
import pl.ezd.epuap.entity.ReceivedState;
import pl.ezd.organization.boundary.Caller;
import pl.ezd.organization.boundary.CallerIdentity;
import pl.ezd.organization.entity.Role;

/**
 * Registers one stored ePUAP document in the RPW as the registry office (the inbox's registering
 * account, or the clerk who retries), in two steps. {@link #verify} first, outside any
 * transaction: reads the document and verifies its XAdES signature with the signature module (the
 * DSS validation is the costliest part of an import, and must not run while the organisation's
 * RPW counter and audit chain are locked). Then {@link #register}, in a transaction of its own:
 * adds the document, a PDF copy rendered for reading, its inline attachments and its UPP as the
 * item's files, keeps the verification report on the document version (its verdict on the receipt
 * record) and starts the circulation like any registration. Nothing of the verification is kept
 * until the registration commits: if the server stops in between, the document is still stored and
 * not registered, and is verified again. A document the import will not register is refused with
 * {@link DocumentRefused} and nothing of the attempt stays.
 */
@Stateless
public class EpuapRegistration {

    static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Warsaw");
    /** The title of an item whose document has none. */
    static final String DEFAULT_TITLE = "Pismo z ePUAP";
    /** The register's limit of files per registration (IncomingItems). */
    static final int MAX_FILES = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    IncomingItems incomingItems;

    @Inject
    Documents documents;

    @Inject
    AuditTrail auditTrail;

    @Inject
    @ConfigProperty(name = "ezd.epuap.max-document-size", defaultValue = "5000000")
    long maxDocumentSize;

    /**
     * The checks that need no transaction, made before {@link #register}: the document is read (a
     * document that cannot be is refused) and, when it is signed, its signature verified. Returns
     * the verification to hand to {@link #register}, or null for an unsigned document (or one no
     * longer waiting for registration). A failing ({@code INVALID}) signature is refused.
     */
    @RolesAllowed(Role.REGISTRY_NAME)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public VerifiedSignature verify(long receivedId) {
        // read by a query: no transaction here, so no lazily loaded content either
        Object[] row = em.createQuery("select d.organizationId, d.state, d.fileName, d.content from ReceivedDocument d where d.id = :id",
                        Object[].class)
                .setParameter("id", receivedId).getResultStream().findFirst().orElse(null);
        if (row == null || (Long) row[0] != caller.organizationId()) {
            throw new ReceivedDocumentNotFoundException(receivedId);
        }
        byte[] content = (byte[]) row[3];
        if (row[1] != ReceivedState.STORED || !read(content).signed()) {
            return null;
        }
        VerifiedSignature verified = documents.verify(content, (String) row[2]).orElse(null);
        if (verified != null && verified.invalid()) {
            throw invalidSignature(verified.summary());
        }
        return verified;
    }

    /**
     * Registers the document, unless it is no longer waiting for registration (then only says what
     * it is), with the attachments it gives by URI, fetched before this transaction
     * ({@link EpuapAttachmentFetching}) and stored as the item's files like inline ones.
     * {@code verified} is what {@link #verify} returned for it; a signed document given without its
     * verification is verified here, inside the transaction.
     */
    @RolesAllowed(Role.REGISTRY_NAME)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ReceivedView register(long receivedId, List<AttachmentFetcher.Fetched> fetched, VerifiedSignature verified) {
        CallerIdentity me = caller.identity();
        ReceivedDocument received = em.find(ReceivedDocument.class, receivedId, LockModeType.PESSIMISTIC_WRITE);
        if (received == null || received.getOrganizationId() != me.organizationId()) {
            throw new ReceivedDocumentNotFoundException(receivedId);
        }
        if (received.getState() != ReceivedState.STORED) {
            return ReceivedView.of(received);
        }
        EpuapLetter letter = read(received.getContent());
        if (verified != null && verified.invalid()) {
            throw invalidSignature(verified.summary());
        }
        RegisteredItem item;
        List<NewFile> files = files(received, letter, fetched);
        try {
            item = incomingItems.register(metadata(received, letter, fetched), files);
        } finally {
            for (NewFile file : files) {
                try {
                    file.content().close();
                } catch (java.io.IOException ignored) {
                    // read fully or never; nothing to keep
                }
            }
        }
        DocumentView document = incomingItems.files(item.id()).get(0);
        String signatureVerdict = null;
        String summary = null;
        if (letter.signed()) {
            VersionView version = verified != null ? documents.recordSignature(document.id(), 1, verified)
                    : documents.verifySignature(document.id(), 1);
            signatureVerdict = version.signatureVerdict();
            summary = version.signatureSummary();
            if ("INVALID".equals(signatureVerdict)) {
                throw invalidSignature(summary);
            }
        }
        received.registered(item.id(), item.rpwNumber(), document.id(), signatureVerdict, summary, Instant.now());
        auditTrail.record(me.organizationId(), me.username(), "EPUAP_DOCUMENT_REGISTERED", "IncomingItem", item.id(),
                item.rpwNumber() + ": dokument z ePUAP (skrytka " + received.getAdresSkrytki() + ", nadany "
                        + received.getDataNadania() + ", SHA-1 " + received.getDocumentSha1() + ")"
                        + (signatureVerdict == null ? ", bez podpisu" : ", podpis: " + signatureVerdict)
                        + (fetched.isEmpty() ? "" : ", pobrane z repozytorium ePUAP załączniki: " + String.join(", ", fetched.stream()
                                .map(f -> f.fileName() + " (" + f.size() + " B, SHA-256 " + f.sha256() + ")").toList())));
        return ReceivedView.of(received);
    }

    private EpuapLetter read(byte[] content) {
        try {
            return EpuapDocuments.read(content, EpuapLimits.DEFAULT.withMaxDocumentBytes(maxDocumentSize));
        } catch (EpuapDocumentException e) {
            throw new DocumentRefused(e.getMessage());
        }
    }

    private static DocumentRefused invalidSignature(String summary) {
        return new DocumentRefused("Podpis elektroniczny dokumentu jest nieprawidłowy (" + summary
                + "); dokument mógł zostać zmieniony po podpisaniu");
    }

    private static IncomingItemMetadata metadata(ReceivedDocument received, EpuapLetter letter, List<AttachmentFetcher.Fetched> fetched) {
        LocalDate sent = LocalDate.ofInstant(received.getDataNadania(), OFFICE_ZONE);
        var party = letter.firstSender();
        String sender = party.map(EpuapLetter.Party::displayName).filter(name -> !name.isBlank())
                .orElse(received.getSenderName() == null || received.getSenderName().isBlank() ? received.getSenderId()
                        : received.getSenderName());
        LocalDate onLetter = letter.date() == null || letter.date().isAfter(sent) ? sent : letter.date();
        String title = letter.title().isBlank() ? DEFAULT_TITLE : cut(letter.title(), 500);
        var fetchedUris = fetched.stream().map(AttachmentFetcher.Fetched::uri).toList();
        List<String> byUri = letter.attachments().stream().filter(a -> !a.isInline() && !fetchedUris.contains(a.uri()))
                .map(a -> a.fileName() + " (" + a.uri() + ")").toList();
        List<String> pulled = fetched.stream().map(f -> f.fileName() + " (" + f.uri() + ")").toList();
        String notes = "Przesyłka z ePUAP: skrytka " + received.getAdresSkrytki() + ", nadana " + received.getDataNadania()
                + (received.getReplyAddress() == null ? "" : ", adres do odpowiedzi " + received.getReplyAddress())
                + (received.isTestDocument() ? " (dokument testowy)" : "")
                + (pulled.isEmpty() ? "" : "; załączniki pobrane z repozytorium ePUAP: " + String.join(", ", pulled))
                + (byUri.isEmpty() ? "" : "; załączniki wskazane adresem, nie pobrane: " + String.join(", ", byUri));
        return new IncomingItemMetadata(title, cut(sender, 255), address(party.map(EpuapLetter.Party::address).orElse(null),
                party.map(EpuapLetter.Party::email).orElse(null)), onLetter, sent, sent, cut(letter.kind(), 100), Dostep.NOT_PUBLIC,
                DcmiType.Text, DeliveryMethod.EPUAP, null,
                letter.attachments().size() + (received.getUppContent() == null ? 0 : 1), "XML", cut(notes, 2000), false, null);
    }

    /** The sender's address as the letter gives it; what does not fit the register's rules is left out. */
    private static SenderAddress address(EpuapLetter.Address address, String email) {
        if (address != null && address.town() != null && !address.town().isBlank()) {
            try {
                return new SenderAddress(address.postcode(), cut(address.town(), 100), cut(address.street(), 100),
                        cut(address.building(), 20), cut(address.flat(), 20), null, "PL", email);
            } catch (IllegalArgumentException e) {
                try {
                    return new SenderAddress(null, cut(address.town(), 100), cut(address.street(), 100), cut(address.building(), 20),
                            cut(address.flat(), 20), null, "PL", null);
                } catch (IllegalArgumentException ignored) {
                    // fall through to the unknown town
                }
            }
        }
        return new SenderAddress(null, "nieznana (ePUAP)", null, null, null, null, "PL", null);
    }

    private static String pdfName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return (dot > 0 ? fileName.substring(0, dot) : fileName) + ".pdf";
    }

    private static String cut(String value, int max) {
        return value == null ? null : value.length() > max ? value.substring(0, max) : value;
    }

    /**
     * The document itself, its attachments given inline (decoded) and by URI (fetched), in the
     * document's order, and the UPP: at most the register's 20 files.
     */
    private static List<NewFile> files(ReceivedDocument received, EpuapLetter letter, List<AttachmentFetcher.Fetched> fetched) {
        List<NewFile> files = new ArrayList<>();
        files.add(new NewFile(received.getFileName(), new ByteArrayInputStream(received.getContent())));
        // a readable copy for the case file, rendered from what the document says
        files.add(new NewFile(pdfName(received.getFileName()), new ByteArrayInputStream(EpuapRendering.pdf(letter, received.getContent()))));
        int room = MAX_FILES - 2 - (received.getUppContent() == null ? 0 : 1);
        for (EpuapLetter.Attachment a : letter.attachments()) {
            if (room <= 0) {
                break;
            }
            if (a.isInline()) {
                files.add(new NewFile(a.fileName(), new ByteArrayInputStream(a.content())));
                room--;
            } else {
                var file = fetched.stream().filter(f -> f.uri().equals(a.uri())).findFirst();
                if (file.isPresent()) {
                    try {
                        files.add(new NewFile(a.fileName(), java.nio.file.Files.newInputStream(file.get().file())));
                    } catch (java.io.IOException e) {
                        throw new IllegalStateException("Fetched attachment gone: " + file.get().file(), e);
                    }
                    room--;
                }
            }
        }
        if (received.getUppContent() != null) {
            files.add(new NewFile(received.getUppFileName() == null ? "UPP.xml" : received.getUppFileName(),
                    new ByteArrayInputStream(received.getUppContent())));
        }
        return files;
    }
}
