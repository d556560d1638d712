package pl.ezd.epuap.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import pl.ezd.epuap.control.AttachmentFetcher;
import pl.ezd.epuap.control.EpuapDocumentException;
import pl.ezd.epuap.control.EpuapPackage;
import pl.ezd.epuap.control.EpuapPackages;
import pl.ezd.epuap.control.PullClient;
import pl.ezd.epuap.control.SystemCertificate;
import pl.ezd.epuap.entity.ReceivedDocument;
import pl.ezd.epuap.entity.ReceivedState;
import pl.ezd.epuap.wsdl.obiekty.OdpowiedzPullPobierzTyp;
import pl.ezd.organization.entity.Role;
import pl.ezd.validation.boundary.InvalidInputException;

/**
 * The import of one inbox: first the documents stored earlier but not yet decided on (a crash,
 * a transient failure), then one document per round trip until the inbox is empty or the round's
 * limit is reached. Per document: store it with its transport data and commit; register it (own
 * transaction, as the inbox's registering account); only when it is registered or set aside
 * (needs attention) acknowledge it to ePUAP. A redelivered document finds its stored row by the
 * idempotence key, so it is registered once and just acknowledged again.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EpuapImport {

    private static final Logger LOG = Logger.getLogger(EpuapImport.class.getName());
    /** After this many failed attempts for reasons other than the document itself, it goes to "needs attention". */
    static final int MAX_ATTEMPTS = 3;

    @Inject
    EpuapInboxes inboxes;

    @Inject
    ReceivedDocuments received;

    @Inject
    EpuapRegistration registration;

    @Inject
    EpuapAttachmentFetching attachments;

    @Inject
    pl.ezd.organization.boundary.Caller caller;

    @Inject
    @ConfigProperty(name = "ezd.epuap.documents-per-pull", defaultValue = "1000")
    int documentsPerPull;

    /**
     * Fault injection for the crash test (docs/epuap.md): when true, the import stops right after
     * storing each new document, as if the server died before registering and acknowledging it.
     */
    @Inject
    @ConfigProperty(name = "ezd.epuap.fault.stop-after-store", defaultValue = "false")
    boolean stopAfterStore;

    /** Pulls one inbox in the background (called by the scheduler; no user). */
    @PermitAll
    @Asynchronous
    public void pullInBackground(long inboxId) {
        pull(inboxId);
    }

    /** Pulls one inbox now, unless it is being pulled; returns how many documents were taken from ePUAP. */
    @PermitAll
    public int pull(long inboxId) {
        if (!inboxes.lease(inboxId, Instant.now())) {
            return 0;
        }
        String error = null;
        int taken = 0;
        try {
            var connection = inboxes.connection(inboxId).orElseThrow();
            // one identity for the whole pull; nothing is taken from ePUAP while the account cannot register
            SecurityIdentity registrar = registrar(connection.account());
            for (long id : received.unprocessed(connection.organizationId(), documentsPerPull)) {
                process(id, registrar);
            }
            var certificate = SystemCertificate.open(connection.pkcs12(), connection.password());
            var client = new PullClient(connection.endpointUrl(), connection.podmiot(), connection.adresSkrytki(),
                    connection.nazwaSkrytki(), certificate);
            while (taken < documentsPerPull) {
                Optional<OdpowiedzPullPobierzTyp> next = client.next();
                if (next.isEmpty()) {
                    break;
                }
                taken++;
                var stored = received.store(connection.organizationId(), ReceivedDocument.Source.PULL, transport(next.get()));
                if (stopAfterStore && stored.created()) {
                    LOG.warning("ePUAP fault injection: stopped after storing document " + stored.id());
                    break;
                }
                boolean mayAcknowledge = stored.state() != ReceivedState.STORED || process(stored.id(), registrar);
                if (!mayAcknowledge) {
                    // not decided (a transient failure): not acknowledged, ePUAP delivers it again next time
                    break;
                }
                client.acknowledge(pl.ezd.epuap.entity.IdempotenceKey.skrot(next.get().getDokument().getZawartosc()));
                received.acknowledged(stored.id());
                if (taken % 50 == 0) {
                    inboxes.renew(inboxId);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "ePUAP pull of inbox " + inboxId + " failed", e);
            error = message(e);
        } finally {
            inboxes.release(inboxId, error);
        }
        return taken;
    }

    /**
     * Fetches the attachments a stored document gives by URI, then verifies and registers it as the
     * inbox's account; records the outcome. Returns whether ePUAP may be told it was received: it was
     * decided on, or it waits only for its attachments (stored durably, retried at the next pull).
     */
    private boolean process(long id, SecurityIdentity registrar) {
        try (EpuapAttachmentFetching.Fetched fetched = attachments.fetch(id)) {
            if (fetched.pending()) {
                received.attachmentsPending(id, fetched.pendingReason(), attachments.maxAttempts());
                return true;
            }
            as(registrar, () -> verifyAndRegister(id, fetched.files()));
        } catch (DocumentRefused e) {
            received.needsAttention(id, e.getMessage());
        } catch (RuntimeException e) {
            Throwable cause = unwrap(e);
            if (cause instanceof DocumentRefused refused) {
                received.needsAttention(id, refused.getMessage());
            } else if (cause instanceof InvalidInputException invalid) {
                // the register refused what the document gave (a file name, a field): the document's fault
                received.needsAttention(id, "Rejestr odmówił: " + invalid.getMessage());
            } else {
                LOG.log(Level.WARNING, "ePUAP document " + id + " could not be registered", e);
                received.failedAttempt(id, "Rejestracja nie powiodła się: " + message(cause), MAX_ATTEMPTS);
            }
        }
        return received.state(id).orElse(ReceivedState.STORED) != ReceivedState.STORED;
    }

    /**
     * The signature is verified before the registering transaction, not inside it: the verification
     * is the costliest step and the registration holds the organisation's RPW counter and audit
     * chain locks until it commits.
     */
    private ReceivedView verifyAndRegister(long id, List<AttachmentFetcher.Fetched> files) {
        return registration.register(id, files, registration.verify(id));
    }

    /** The registry office's retry of a document that needed attention, registered in the caller's name. */
    @RolesAllowed(Role.REGISTRY_NAME)
    public ReceivedView retry(long id) {
        received.reopen(id);
        try (EpuapAttachmentFetching.Fetched fetched = attachments.fetch(id)) {
            if (fetched.pending()) {
                // the repository does not answer now: the import tries again at its next pull
                received.attachmentsPending(id, fetched.pendingReason(), attachments.maxAttempts());
            } else {
                verifyAndRegister(id, fetched.files());
            }
        } catch (DocumentRefused e) {
            received.needsAttention(id, e.getMessage());
        }
        return received.find(id);
    }

    /**
     * Imports an ePUAP export package (ZIP with Deskryptor.xml, as downloaded from the ePUAP web
     * inbox) through the same pipeline and idempotence key as the pull: each document stored, then
     * registered in the caller's name, or set aside with its reason. A document received before (by
     * pull or in another package) is not registered again.
     */
    @RolesAllowed(Role.REGISTRY_NAME)
    public java.util.List<PackageImportResult> importPackage(byte[] zip) {
        long organizationId = caller.organizationId();
        EpuapPackage read;
        try {
            read = EpuapPackages.read(zip);
        } catch (EpuapDocumentException e) {
            throw new InvalidInputException("package", e.getMessage());
        }
        var results = new java.util.ArrayList<PackageImportResult>();
        for (EpuapPackage.Document document : read.documents()) {
            var t = document.transport();
            String problem = document.problemIfAny().orElse(t.sentAt() == null
                    ? "Deskryptor nie podaje czytelnej daty nadania dokumentu (" + t.sentAtText() + ")" : null);
            if (problem != null || document.content() == null) {
                results.add(new PackageImportResult(document.path(), null, false, "REFUSED", null,
                        problem == null ? "Brak pliku dokumentu w paczce" : problem));
                continue;
            }
            var upp = read.receiptsOf(document).stream().filter(r -> r.kind() == EpuapPackage.ReceiptKind.UPP).findFirst();
            String inbox = t.inboxAddress() == null || t.inboxAddress().isBlank() ? "(paczka ZIP)" : t.inboxAddress();
            var stored = received.store(organizationId, ReceivedDocument.Source.ZIP, new ReceivedDocument.Transport(inbox, t.sentAt(),
                    t.senderId() == null ? "" : t.senderId(), t.senderType(), t.senderName(), t.senderUser(), t.senderSystem(),
                    t.replyAddress(), false, t.fileName() == null ? fileName(document.path()) : t.fileName(), null, document.content(),
                    t.additionalData(), upp.map(r -> fileName(r.path())).orElse(null), upp.map(EpuapPackage.Receipt::content).orElse(null)));
            if (stored.state() == ReceivedState.STORED) {
                try (EpuapAttachmentFetching.Fetched fetched = attachments.fetch(stored.id())) {
                    if (fetched.pending()) {
                        received.attachmentsPending(stored.id(), fetched.pendingReason(), attachments.maxAttempts());
                    } else {
                        verifyAndRegister(stored.id(), fetched.files());
                    }
                } catch (DocumentRefused e) {
                    received.needsAttention(stored.id(), e.getMessage());
                } catch (InvalidInputException e) {
                    received.needsAttention(stored.id(), "Rejestr odmówił: " + e.getMessage());
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "ePUAP document " + stored.id() + " of a package could not be registered", e);
                    received.failedAttempt(stored.id(), "Rejestracja nie powiodła się: " + message(e), MAX_ATTEMPTS);
                }
            }
            ReceivedView view = received.find(stored.id());
            results.add(new PackageImportResult(document.path(), view.id(), stored.created(), view.state(), view.rpwNumber(), view.reason()));
        }
        return results;
    }

    private static String fileName(String path) {
        return path == null ? null : path.substring(path.lastIndexOf('/') + 1);
    }

    private static ReceivedDocument.Transport transport(OdpowiedzPullPobierzTyp answer) {
        var podmiot = answer.getDanePodmiotu();
        var nadawca = answer.getDaneNadawcy();
        var dokument = answer.getDokument();
        String name = podmiot == null ? null : join(podmiot.getImieSkrot(), podmiot.getNazwiskoNazwa());
        Instant sent = answer.getDataNadania() == null ? Instant.now()
                : answer.getDataNadania().toGregorianCalendar().toInstant();
        return new ReceivedDocument.Transport(answer.getAdresSkrytki(), sent, podmiot == null ? "" : podmiot.getIdentyfikator(),
                podmiot == null ? null : podmiot.getTypOsoby(), name, nadawca == null ? null : nadawca.getUzytkownik(),
                nadawca == null ? null : nadawca.getSystem(), answer.getAdresOdpowiedzi(), answer.isCzyTestowe(),
                dokument.getNazwaPliku(), dokument.getTypPliku(), dokument.getZawartosc(), answer.getDaneDodatkowe(), null, null);
    }

    private static String join(String first, String last) {
        String joined = ((first == null ? "" : first.strip()) + " " + (last == null ? "" : last.strip())).strip();
        return joined.isEmpty() ? null : joined;
    }

    /**
     * The inbox's registering account as a security identity of the EZD's realm, with the roles of
     * the posts it holds today; refused (with the reason for the inbox's last error) when the account
     * is not an active user or holds no REGISTRY post today.
     *
     * <p>The identity is the outcome of a completed authentication of the account by name (the
     * server vouches for it; no password), not {@code SecurityIdentity.createRunAsIdentity}: Elytron
     * 2.8 closes the authentication context of a run-as identity as a failed authentication, and the
     * realm's brute-force protection (on by default in WildFly 39) disables an account after ten
     * consecutive failures, the lockout renewed by every further one. The import's account then got no roles
     * from the eleventh document on (EJBAccessException on {@code EpuapRegistration.register}) and
     * could not log in either, on H2 and PostgreSQL alike. A completed authentication counts as a
     * successful login instead; it is made once per pull, not per document.
     */
    static SecurityIdentity registrar(String username) {
        var context = SecurityDomain.getCurrent().createNewAuthenticationContext();
        try {
            context.setAuthenticationName(username);
            if (!context.authorize()) {
                throw new IllegalStateException("Konto rejestrujące skrzynki ePUAP „" + username
                        + "” nie jest aktywnym użytkownikiem EZD; dokumenty czekają w ePUAP");
            }
            context.succeed();
            SecurityIdentity identity = context.getAuthorizedIdentity();
            if (!identity.getRoles().contains(Role.REGISTRY_NAME)) {
                throw new IllegalStateException("Konto rejestrujące skrzynki ePUAP „" + username + "” nie zajmuje dziś stanowiska"
                        + " z rolą kancelarii (REGISTRY) albo jest czasowo zablokowane po nieudanych logowaniach; dokumenty czekają w ePUAP");
            }
            return identity;
        } catch (RealmUnavailableException e) {
            throw new IllegalStateException("Nie można odczytać konta rejestrującego „" + username + "”: " + e.getMessage(), e);
        } finally {
            context.close();
        }
    }

    /** Runs the work as the given identity (the inbox's registering account). */
    static <T> T as(SecurityIdentity identity, Callable<T> work) {
        try {
            return identity.runAs(work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new EJBException(e);
        }
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof EJBException || t instanceof java.lang.reflect.UndeclaredThrowableException
                || t instanceof java.security.PrivilegedActionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static String message(Throwable e) {
        Throwable t = unwrap(e);
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
