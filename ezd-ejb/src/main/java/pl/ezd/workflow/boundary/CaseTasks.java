package pl.ezd.workflow.boundary;

import static pl.ezd.workflow.boundary.TaskVariables.*;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import pl.ezd.cases.boundary.CaseView;
import pl.ezd.cases.boundary.Cases;
import pl.ezd.cases.entity.CaseDocumentRole;
import pl.ezd.cases.entity.CaseStatus;
import pl.ezd.cases.entity.ReviewOutcome;
import pl.ezd.correspondence.boundary.OutgoingItemView;
import pl.ezd.correspondence.boundary.OutgoingItems;
import pl.ezd.correspondence.boundary.OutgoingRegistration;
import pl.ezd.correspondence.boundary.RegisteredItem;
import pl.ezd.correspondence.entity.OutgoingItem;
import pl.ezd.documents.boundary.DocumentView;
import pl.ezd.documents.boundary.Documents;
import pl.ezd.documents.boundary.VersionView;
import pl.ezd.organization.boundary.Caller;
import pl.ezd.organization.boundary.CallerIdentity;
import pl.ezd.organization.entity.Role;
import pl.ezd.workflow.control.WorkflowEngine;

/**
 * The steps of a case's circulation ({@code caseHandling}): the clerk sends a draft for approval,
 * approvers approve or return it with comments, the final approver signs (office seal, or a signed
 * version verified as valid), the registry office dispatches it under an outgoing register number,
 * and the clerk closes the case or waits for a reply. Each step is done through the boundary of the
 * component it concerns (cases, documents, correspondence), so the metryka sprawy, the audit trail
 * and the process state commit in one transaction; a refused step changes nothing.
 */
@Stateless
public class CaseTasks {

    public static final String PROCESS_KEY = "caseHandling";

    @Inject
    StatutoryDeadlines statutoryDeadlines;

    @Inject
    WorkflowEngine engine;

    @Inject
    Caller caller;

    @Inject
    Cases cases;

    @Inject
    Documents documents;

    @Inject
    ApprovalChains approvalChains;

    @Inject
    OutgoingItems outgoingItems;

    /** How long a clerk waits for a reply unless they say otherwise (ISO-8601 duration). */
    @Inject
    @ConfigProperty(name = "ezd.case.reply-wait-period", defaultValue = "P30D")
    String replyWaitPeriod;

    static String businessKey(long caseId) {
        return "CASE/" + caseId;
    }

    /**
     * The clerk handling the case (or a head) sends a draft in the case file for approval along the
     * chain in force for the case's unit. One circulation per case at a time.
     */
    @RolesAllowed({Role.CLERK_NAME, Role.HEAD_NAME})
    public List<CaseTaskView> sendForApproval(long caseId, long draftDocumentId) {
        CallerIdentity me = caller.identity();
        CaseView theCase = cases.find(caseId);
        if (theCase.status() == CaseStatus.CLOSED) {
            throw TaskActionRejectedException.of("workflow.case.closed", theCase.znak());
        }
        if (!me.username().equals(theCase.handler()) && !me.hasRole(Role.HEAD)) {
            throw TaskActionRejectedException.of("workflow.approval.notHandler");
        }
        if (cases.roleOf(caseId, draftDocumentId).orElse(null) != CaseDocumentRole.DRAFT) {
            throw new IllegalArgumentException("Dokument " + draftDocumentId + " nie jest projektem pisma w aktach sprawy " + theCase.znak());
        }
        long running = engine.processEngine().getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(businessKey(caseId))
                .tenantIdIn(String.valueOf(me.organizationId()))
                .count();
        if (running > 0) {
            throw TaskActionRejectedException.of("workflow.approval.alreadyCirculating", theCase.znak());
        }
        DocumentView draft = documents.find(draftDocumentId);
        String unit = theCase.znak().substring(0, theCase.znak().indexOf('.'));
        String chain = approvalChains.processVariable(unit);
        refuseChainNamingAnAuthor(chain, draft);
        cases.recordStep(caseId, "CASE_DRAFT_SENT", "Skierowanie projektu do akceptacji: " + draft.title() + " (wersja "
                + draft.currentVersion() + ")", Cases.documentIdentifier(draftDocumentId, draft.currentVersion()));
        Map<String, Object> variables = new HashMap<>();
        variables.put(ORGANIZATION_ID, me.organizationId());
        variables.put(CASE_ID, caseId);
        variables.put(CASE_REFERENCE, theCase.znak());
        variables.put(TITLE, theCase.title());
        variables.put(SENDER, cases.items(caseId).stream().findFirst().map(RegisteredItem::senderName).orElse(null));
        // the statutory deadline as the deadline watch has it when the draft is sent (a later
        // suspension moves the watch's date, not this copy shown with the approval tasks)
        variables.put(DEADLINE, statutoryDeadline(caseId));
        variables.put(CLERK, theCase.handler());
        variables.put(DRAFT_DOCUMENT_ID, draftDocumentId);
        variables.put(APPROVAL_CHAIN, chain);
        variables.put(APPROVAL_STEP, 0);
        engine.processEngine().getRuntimeService()
                .createProcessInstanceByKey(PROCESS_KEY)
                .processDefinitionWithoutTenantId()
                .businessKey(businessKey(caseId))
                .setVariables(variables)
                .execute();
        return tasks(caseId);
    }

    /** The open steps of the case's circulation (for anyone of the organisation who may read the case). */
    @RolesAllowed({Role.CLERK_NAME, Role.HEAD_NAME, Role.REGISTRY_NAME, Role.ARCHIVIST_NAME})
    public List<CaseTaskView> tasks(long caseId) {
        cases.find(caseId);
        return tasks().createTaskQuery()
                .tenantIdIn(String.valueOf(caller.organizationId()))
                .processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(businessKey(caseId))
                .active()
                .orderByTaskCreateTime().asc()
                .list().stream()
                .map(this::view)
                .toList();
    }

    /** A provisional approver accepts the current version of the draft; the next approver gets it. */
    @RolesAllowed({Role.CLERK_NAME, Role.HEAD_NAME})
    public void approve(String taskId, String comment) {
        Task task = take(taskId, TASK_AKCEPTACJA_WSTEPNA);
        long caseId = longVariable(task, CASE_ID);
        long draftId = longVariable(task, DRAFT_DOCUMENT_ID);
        refuseAnAuthor(documents.find(draftId), "approve");
        cases.reviewDraft(caseId, draftId, ReviewOutcome.APPROVED, comment, "Akceptacja wstępna projektu" + onBehalf(task));
        complete(task, Map.of(APPROVED, true), comment);
    }

    /**
     * An approver (provisional or final) returns the draft to the clerk with guidance; the version
     * and the comments stay in the case file.
     */
    @RolesAllowed({Role.CLERK_NAME, Role.HEAD_NAME})
    public void returnDraft(String taskId, String comment) {
        Task task = take(taskId, TASK_AKCEPTACJA_WSTEPNA, TASK_AKCEPTACJA_KONCOWA);
        long caseId = longVariable(task, CASE_ID);
        String stage = (TASK_AKCEPTACJA_WSTEPNA.equals(task.getTaskDefinitionKey()) ? "Akceptacja wstępna projektu" : "Akceptacja końcowa projektu")
                + onBehalf(task);
        var written = cases.reviewDraft(caseId, longVariable(task, DRAFT_DOCUMENT_ID), ReviewOutcome.RETURNED, comment, stage);
        complete(task, Map.of(APPROVED, false), written.comment());
    }

    /**
     * The final approver approves the draft and applies the office's electronic seal to it (a new
     * version, verified at once). A seal that does not verify stops the step.
     */
    @RolesAllowed(Role.HEAD_NAME)
    public VersionView signWithSeal(String taskId, String comment) {
        Task task = take(taskId, TASK_AKCEPTACJA_KONCOWA);
        long caseId = longVariable(task, CASE_ID);
        long draftId = longVariable(task, DRAFT_DOCUMENT_ID);
        refuseAnAuthor(documents.find(draftId), "sign");
        cases.reviewDraft(caseId, draftId, ReviewOutcome.APPROVED, comment, "Akceptacja końcowa projektu" + onBehalf(task));
        DocumentView sealed = documents.seal(draftId);
        VersionView verified = documents.verifySignature(draftId, sealed.currentVersion());
        if ("INVALID".equals(verified.signatureVerdict())) {
            throw TaskActionRejectedException.of("workflow.seal.invalid", verified.number(), verified.signatureSummary());
        }
        return signed(task, caseId, draftId, SigningMethod.SEAL, verified);
    }

    /**
     * The final approver approves the draft and uploads it signed with their qualified signature;
     * the signature module must find it VALID, otherwise nothing is stored and the task stays.
     */
    @RolesAllowed({Role.CLERK_NAME, Role.HEAD_NAME})
    public VersionView signWithUpload(String taskId, String fileName, InputStream signedContent, String comment) {
        Task task = take(taskId, TASK_AKCEPTACJA_KONCOWA);
        long caseId = longVariable(task, CASE_ID);
        long draftId = longVariable(task, DRAFT_DOCUMENT_ID);
        DocumentView draft = documents.find(draftId);
        refuseAnAuthor(draft, "sign");
        InputStream checked = refuseAnotherDocument(draft, signedContent);
        cases.reviewDraft(caseId, draftId, ReviewOutcome.APPROVED, comment, "Akceptacja końcowa projektu" + onBehalf(task));
        DocumentView uploaded = documents.addVersion(draftId, fileName, checked);
        VersionView verified = documents.verifySignature(draftId, uploaded.currentVersion());
        if (!"VALID".equals(verified.signatureVerdict())) {
            throw TaskActionRejectedException.of("workflow.signedUpload.notValid", verified.signatureVerdict(),
                    verified.signatureSummary());
        }
        refuseAnotherSigner(draftId, verified.number());
        return signed(task, caseId, draftId, SigningMethod.SIGNED_UPLOAD, verified);
    }

    /**
     * A signed PDF must be the draft's current version signed as it is: a PDF signature is added as
     * an incremental update, so the signed file begins with exactly the draft's bytes. Anything
     * else (another document, a changed or re-saved draft) is refused before it is stored. Other
     * formats (XAdES) are left to the signature verification. Returns the content to store.
     */
    private InputStream refuseAnotherDocument(DocumentView draft, InputStream signedContent) {
        var current = draft.versions().stream().filter(v -> v.number() == draft.currentVersion()).findFirst().orElse(null);
        if (current == null || !"application/pdf".equals(current.mediaType()) || signedContent == null) {
            return signedContent;
        }
        try {
            byte[] head = signedContent.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, documents.maxFileSize() + 1));
            if (head.length > documents.maxFileSize()) {
                // too large: the documents boundary refuses it as it streams
                return new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(head), signedContent);
            }
            boolean same = head.length > current.size();
            try (var original = documents.content(draft.id(), current.number()).content()) {
                for (int i = 0; same && i < current.size(); i++) {
                    same = original.read() == (head[i] & 0xff);
                }
            }
            if (!same) {
                throw TaskActionRejectedException.of("workflow.signedUpload.wrongDocument", draft.title(), current.number());
            }
            return new java.io.ByteArrayInputStream(head);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The final approval is the approver's own: one of the valid signatures must be theirs, the name
     * in the certificate (its common name) being the approver's name, regardless of case, Polish
     * letters and the order of the names. A substitute signs with their own signature.
     */
    private void refuseAnotherSigner(long draftId, int version) {
        String me = caller.identity().fullName();
        List<String> signers = new java.util.ArrayList<>();
        documents.signatureReport(draftId, version).ifPresent(json -> {
            try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(json))) {
                var signatures = reader.readObject().getJsonArray("signatures");
                for (var signature : signatures == null ? List.<jakarta.json.JsonObject>of() : signatures.getValuesAs(jakarta.json.JsonObject.class)) {
                    if ("VALID".equals(signature.getString("verdict", "")) && !signature.getString("signer", "").isBlank()) {
                        signers.add(signature.getString("signer"));
                    }
                }
            }
        });
        if (signers.stream().noneMatch(signer -> sameName(signer, me))) {
            throw TaskActionRejectedException.of("workflow.signedUpload.notApprover",
                    signers.isEmpty() ? "?" : String.join(", ", signers), me);
        }
    }

    static boolean sameName(String signer, String person) {
        java.util.Set<String> signerWords = nameWords(signer);
        java.util.Set<String> personWords = nameWords(person);
        return !personWords.isEmpty() && signerWords.containsAll(personWords);
    }

    private static java.util.Set<String> nameWords(String name) {
        if (name == null) {
            return java.util.Set.of();
        }
        String folded = java.text.Normalizer.normalize(name.toLowerCase(java.util.Locale.forLanguageTag("pl")).replace('ł', 'l'),
                java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return new java.util.HashSet<>(java.util.Arrays.stream(folded.split("[^\\p{L}]+")).filter(w -> !w.isEmpty()).toList());
    }

    private VersionView signed(Task task, long caseId, long draftId, SigningMethod method, VersionView verified) {
        String how = method == SigningMethod.SEAL ? "pieczęć elektroniczna urzędu" : "podpis kwalifikowany akceptującego";
        cases.recordStep(caseId, "CASE_DRAFT_SIGNED", "Podpisanie pisma (" + how + ")" + onBehalf(task) + ", weryfikacja podpisu: " + verified.signatureVerdict(),
                Cases.documentIdentifier(draftId, verified.number()));
        Map<String, Object> variables = new HashMap<>();
        variables.put(APPROVED, true);
        variables.put(SIGNING_METHOD, method.name());
        variables.put(SIGNATURE_VERDICT, verified.signatureVerdict());
        complete(task, variables, null);
        return verified;
    }

    /**
     * The registry office sends the signed letter: registers it in the outgoing register (the
     * signed version of the draft when no documents are named; the case handler as its author),
     * and the metryka records the number and channel.
     */
    @RolesAllowed(Role.REGISTRY_NAME)
    public OutgoingItemView dispatch(String taskId, OutgoingRegistration registration) {
        if (registration == null) {
            throw new IllegalArgumentException("Podaj dane wysyłki: adresata, adres i sposób wysyłki");
        }
        Task task = take(taskId, TASK_WYSYLKA);
        long caseId = longVariable(task, CASE_ID);
        long draftId = longVariable(task, DRAFT_DOCUMENT_ID);
        var sent = registration.documents() == null || registration.documents().isEmpty()
                ? List.of(new OutgoingItem.SentDocument(draftId, documents.find(draftId).currentVersion()))
                : registration.documents();
        var variables = tasks().getVariables(task.getId());
        var completed = new OutgoingRegistration(registration.title() == null || registration.title().isBlank()
                ? (String) variables.get(TITLE) : registration.title(), registration.addressee(), registration.channel(),
                registration.dateOnLetter(), registration.sentOn(),
                registration.author() == null ? (String) variables.get(CLERK) : registration.author(),
                (String) variables.get(CASE_REFERENCE), registration.notes(), sent);
        OutgoingItemView item = outgoingItems.register(caseId, completed);
        cases.recordStep(caseId, "CASE_DISPATCHED", "Wysłanie pisma: nr " + item.registerNumber() + " rejestru przesyłek wychodzących, "
                + item.channel() + ", do " + item.addressee().name(),
                Cases.documentIdentifier(sent.get(0).documentId(), sent.get(0).versionNumber()));
        complete(task, Map.of(OUTGOING_ITEM_ID, item.id()), null);
        return item;
    }

    /**
     * After dispatch (or when the waiting period has passed) the clerk waits for the addressee's
     * reply: {@code days} days, or the office's waiting period ({@code ezd.case.reply-wait-period})
     * when null. Attaching a letter to the case re-opens the handling; when the period passes
     * without one, the clerk gets a task to close the case or wait longer.
     */
    @RolesAllowed({Role.CLERK_NAME, Role.HEAD_NAME})
    public void awaitReply(String taskId) {
        awaitReply(taskId, null);
    }

    /** Waits {@code days} days (1–365) for the reply, or the office's waiting period when null; see {@link #awaitReply(String)}. */
    @RolesAllowed({Role.CLERK_NAME, Role.HEAD_NAME})
    public void awaitReply(String taskId, Integer days) {
        if (days != null && (days < 1 || days > 365)) {
            throw new IllegalArgumentException("Okres oczekiwania na odpowiedź podaj w dniach, od 1 do 365");
        }
        Task task = take(taskId, TASK_PO_WYSYLCE, TASK_OCZEKIWANIE_MINELO);
        String period = days != null ? "P" + days + "D" : replyWaitPeriod;
        String until;
        try {
            until = java.time.ZonedDateTime.now(pl.ezd.workflow.control.InboxReadModel.OFFICE_ZONE)
                    .plus(period.contains("T") ? java.time.Duration.parse(period) : java.time.Period.parse(period))
                    .toLocalDate().toString();
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalStateException("ezd.case.reply-wait-period is not an ISO-8601 duration: " + period, e);
        }
        boolean again = TASK_OCZEKIWANIE_MINELO.equals(task.getTaskDefinitionKey());
        cases.recordStep(longVariable(task, CASE_ID), "CASE_AWAITING_REPLY", (again ? "Dalsze oczekiwanie" : "Oczekiwanie")
                + " na odpowiedź adresata do " + until, null);
        complete(task, Map.of(CASE_OUTCOME, "WAIT", REPLY_WAIT_PERIOD, period), null);
    }

    /** The clerk closes the case (after dispatch, or instead of re-sending a returned draft). */
    @RolesAllowed({Role.CLERK_NAME, Role.HEAD_NAME})
    public CaseView close(String taskId, LocalDate settledOn) {
        Task task = take(taskId, TASK_PO_WYSYLCE, TASK_PROJEKT, TASK_OCZEKIWANIE_MINELO);
        CaseView closed = cases.close(longVariable(task, CASE_ID), settledOn);
        complete(task, Map.of(CASE_OUTCOME, "CLOSE"), null);
        return closed;
    }

    /**
     * The clerk sends the revised draft again; the chain starts from its first approver. A returned
     * draft needs a new version first (the returned one stays as it was).
     */
    @RolesAllowed({Role.CLERK_NAME, Role.HEAD_NAME})
    public void resend(String taskId) {
        Task task = take(taskId, TASK_PROJEKT);
        long caseId = longVariable(task, CASE_ID);
        long draftId = longVariable(task, DRAFT_DOCUMENT_ID);
        int current = documents.find(draftId).currentVersion();
        boolean unrevised = cases.draftComments(caseId).stream()
                .anyMatch(c -> c.documentId() == draftId && c.outcome() == ReviewOutcome.RETURNED && c.versionNumber() >= current);
        if (unrevised) {
            throw TaskActionRejectedException.of("workflow.resend.unrevised", current);
        }
        refuseChainNamingAnAuthor((String) tasks().getVariable(task.getId(), APPROVAL_CHAIN), documents.find(draftId));
        cases.recordStep(caseId, "CASE_DRAFT_SENT", "Ponowne skierowanie projektu do akceptacji (wersja " + current + ")",
                Cases.documentIdentifier(draftId, current));
        complete(task, Map.of(CASE_OUTCOME, "APPROVAL"), null);
    }

    /**
     * Four eyes: whoever wrote the draft (created it or added any of its versions) does not approve
     * or sign it; another holder of the step's post, or a substitute, must.
     */
    private void refuseAnAuthor(DocumentView draft, String verb) {
        String me = caller.identity().username();
        if (authors(draft).contains(me)) {
            throw TaskActionRejectedException.of("workflow.fourEyes." + verb, draft.title());
        }
    }

    /** A chain that names an author of the draft as one of its approvers cannot be used for it. */
    private void refuseChainNamingAnAuthor(String chain, DocumentView draft) {
        if (chain == null) {
            return;
        }
        java.util.Set<String> authors = authors(draft);
        for (String candidate : chain.split(";")) {
            if (candidate.startsWith("user:") && authors.contains(candidate.substring("user:".length()))) {
                throw TaskActionRejectedException.of("workflow.fourEyes.chain", candidate.substring("user:".length()));
            }
        }
    }

    private static java.util.Set<String> authors(DocumentView draft) {
        java.util.Set<String> authors = new java.util.LinkedHashSet<>();
        if (draft.createdBy() != null) {
            authors.add(draft.createdBy());
        }
        draft.versions().forEach(version -> {
            if (version.createdBy() != null) {
                authors.add(version.createdBy());
            }
        });
        return authors;
    }

    /**
     * For the metryka: " (w zastępstwie za X)" when the caller acts on a step they took over or
     * claimed in the inbox for an absent colleague ({@code actingFor}), or on an approval step named
     * for someone else; else "".
     */
    private String onBehalf(Task task) {
        String me = caller.identity().username();
        Object actingFor = tasks().getVariableLocal(task.getId(), ACTING_FOR);
        if (actingFor instanceof String absent && !absent.equals(me)) {
            return " (w zastępstwie za " + absent + ")";
        }
        Object approver = tasks().getVariable(task.getId(), APPROVER_USER);
        if (approver instanceof String named && !named.isBlank() && !named.equals(me)) {
            return " (w zastępstwie za " + named + ")";
        }
        return "";
    }

    /** The task, if it is a step of a case circulation the caller may act on; taken by them if it was only offered. */
    private Task take(String taskId, String... keys) {
        CallerIdentity me = caller.identity();
        Task task = taskId == null ? null : tasks().createTaskQuery()
                .taskId(taskId)
                .tenantIdIn(String.valueOf(me.organizationId()))
                .processDefinitionKey(PROCESS_KEY)
                .active()
                .or().taskAssignee(me.username()).taskCandidateGroupIn(me.workflowGroups().isEmpty() ? List.of("-") : me.workflowGroups()).endOr()
                .singleResult();
        if (task == null) {
            throw new TaskNotFoundException(taskId);
        }
        if (!List.of(keys).contains(task.getTaskDefinitionKey())) {
            throw TaskActionRejectedException.of("workflow.task.wrongStep", task.getName());
        }
        if (task.getAssignee() == null) {
            tasks().claim(task.getId(), me.username());
        } else if (!task.getAssignee().equals(me.username())) {
            throw TaskActionRejectedException.of("workflow.task.claimed", task.getAssignee());
        }
        return task;
    }

    private void complete(Task task, Map<String, Object> variables, String comment) {
        Map<String, Object> all = new HashMap<>(variables);
        all.put(REVIEW_COMMENT, comment);
        tasks().complete(task.getId(), all);
    }

    private String statutoryDeadline(long caseId) {
        try {
            return statutoryDeadlines.of(caseId).deadline().toString();
        } catch (TaskActionRejectedException noWatch) {
            return null;
        }
    }

    private long longVariable(Task task, String name) {
        Object value = tasks().getVariable(task.getId(), name);
        if (!(value instanceof Number number)) {
            throw new IllegalStateException("Task " + task.getId() + " has no " + name);
        }
        return number.longValue();
    }

    private CaseTaskView view(Task task) {
        var variables = tasks().getVariables(task.getId(), List.of(CASE_ID, CASE_REFERENCE, TITLE, DRAFT_DOCUMENT_ID, REVIEW_COMMENT, DEADLINE));
        List<String> groups = tasks().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> link.getGroupId())
                .sorted()
                .toList();
        return new CaseTaskView(task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getAssignee(), groups,
                task.getCreateTime().toInstant(), variables.get(CASE_ID) == null ? null : ((Number) variables.get(CASE_ID)).longValue(),
                (String) variables.get(CASE_REFERENCE), (String) variables.get(TITLE),
                variables.get(DRAFT_DOCUMENT_ID) == null ? null : ((Number) variables.get(DRAFT_DOCUMENT_ID)).longValue(),
                (String) variables.get(REVIEW_COMMENT), (String) variables.get(DEADLINE));
    }

    private TaskService tasks() {
        return engine.processEngine().getTaskService();
    }
}
