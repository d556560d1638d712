package pl.ezd.workflow.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import pl.ezd.audit.boundary.AuditTrail;
import pl.ezd.organization.boundary.Caller;
import pl.ezd.organization.boundary.CallerIdentity;
import pl.ezd.organization.boundary.Staff;
import pl.ezd.organization.boundary.StaffMember;
import pl.ezd.organization.entity.Role;
import pl.ezd.workflow.entity.ApprovalChain;
import pl.ezd.workflow.entity.ApprovalStep;

/**
 * The approval chains of drafts in the caller's organisation, kept in the database so an office
 * changes them at run time: the organisation's administrator sets one for the whole organisation
 * and, where a unit works differently, one for the unit (which overrides it). A circulation takes
 * the chain in force when the draft is first sent for approval.
 */
@Stateless
public class ApprovalChains {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Staff staff;

    @Inject
    AuditTrail auditTrail;

    /** The chains set in the organisation: the organisation's first, then units by symbol. */
    @RolesAllowed({Role.ORG_ADMIN_NAME, Role.HEAD_NAME, Role.CLERK_NAME})
    public List<ApprovalChainView> chains() {
        return em.createQuery("select c from ApprovalChain c where c.organizationId = :org order by c.unitSymbol", ApprovalChain.class)
                .setParameter("org", caller.organizationId())
                .getResultStream()
                .map(c -> view(c, ApprovalChain.WHOLE_ORGANIZATION.equals(c.getUnitSymbol()) ? "ORGANIZATION" : "UNIT"))
                .toList();
    }

    /** The chain a draft of a case of the unit goes through: the unit's, else the organisation's, else its head's. */
    @RolesAllowed({Role.ORG_ADMIN_NAME, Role.HEAD_NAME, Role.CLERK_NAME})
    public ApprovalChainView effective(String unitSymbol) {
        return stored(unitSymbol).map(c -> view(c, "UNIT"))
                .or(() -> stored(ApprovalChain.WHOLE_ORGANIZATION).map(c -> view(c, "ORGANIZATION")))
                .orElseGet(() -> new ApprovalChainView(unitSymbol, "DEFAULT",
                        List.of(ApprovalStep.ofPost(true, unitSymbol, Role.HEAD)), null, null));
    }

    /** The effective chain as the case process carries it ({@code approvalChain} variable). */
    @RolesAllowed({Role.HEAD_NAME, Role.CLERK_NAME})
    public String processVariable(String unitSymbol) {
        long organizationId = caller.organizationId();
        return String.join(";", effective(unitSymbol).steps().stream().map(step -> step.candidate(organizationId)).toList());
    }

    /**
     * Sets the chain of a unit, or of the whole organisation when {@code unitSymbol} is null or "*".
     * Every post named must be held by someone in that unit, every person named must be a clerk or
     * head of the organisation; otherwise nothing changes.
     */
    @RolesAllowed(Role.ORG_ADMIN_NAME)
    public ApprovalChainView define(String unitSymbol, List<ApprovalStep> steps) {
        CallerIdentity me = caller.identity();
        String unit = unitSymbol == null || unitSymbol.isBlank() ? ApprovalChain.WHOLE_ORGANIZATION : unitSymbol.strip();
        if (steps != null) {
            steps.forEach(this::requireSomeoneHolds);
        }
        if (!ApprovalChain.WHOLE_ORGANIZATION.equals(unit) && members(Role.CLERK).stream().noneMatch(m -> m.unitSymbol().equals(unit))
                && members(Role.HEAD).stream().noneMatch(m -> m.unitSymbol().equals(unit))) {
            throw new IllegalArgumentException("W Twoim urzędzie nie ma komórki " + unit + " z referentami albo kierownikiem");
        }
        Instant now = Instant.now();
        ApprovalChain chain = stored(unit).orElse(null);
        if (chain == null) {
            chain = new ApprovalChain(me.organizationId(), unit, steps, me.username(), now);
            em.persist(chain);
        } else {
            em.lock(chain, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            chain.replaceSteps(steps, me.username(), now);
        }
        em.flush();
        auditTrail.record(me.organizationId(), me.username(), "APPROVAL_CHAIN_SET", "ApprovalChain", chain.getId(),
                (ApprovalChain.WHOLE_ORGANIZATION.equals(unit) ? "cały urząd" : "komórka " + unit) + ": " + describe(chain.getSteps()));
        return view(chain, ApprovalChain.WHOLE_ORGANIZATION.equals(unit) ? "ORGANIZATION" : "UNIT");
    }

    /** Removes a unit's own chain: its cases go through the organisation's chain again. */
    @RolesAllowed(Role.ORG_ADMIN_NAME)
    public void removeUnitChain(String unitSymbol) {
        CallerIdentity me = caller.identity();
        ApprovalChain chain = stored(unitSymbol).filter(c -> !ApprovalChain.WHOLE_ORGANIZATION.equals(c.getUnitSymbol()))
                .orElseThrow(() -> new IllegalArgumentException("Komórka " + unitSymbol + " nie ma własnej ścieżki akceptacji"));
        em.remove(chain);
        auditTrail.record(me.organizationId(), me.username(), "APPROVAL_CHAIN_REMOVED", "ApprovalChain", chain.getId(),
                "komórka " + unitSymbol + ": obowiązuje ścieżka urzędu");
    }

    private void requireSomeoneHolds(ApprovalStep step) {
        if (step == null) {
            throw new IllegalArgumentException("Pusty krok ścieżki akceptacji");
        }
        if (step.username() != null) {
            boolean member = members(Role.HEAD).stream().anyMatch(m -> m.username().equals(step.username()))
                    || members(Role.CLERK).stream().anyMatch(m -> m.username().equals(step.username()));
            if (!member) {
                throw new IllegalArgumentException("Użytkownik " + step.username() + " nie jest referentem ani kierownikiem w Twoim urzędzie");
            }
        } else if (members(step.role()).stream().noneMatch(m -> m.unitSymbol().equals(step.unitSymbol()))) {
            throw new IllegalArgumentException("Nikt nie zajmuje w komórce " + step.unitSymbol() + " stanowiska z rolą " + step.role());
        }
    }

    private List<StaffMember> members(Role role) {
        return staff.withRole(role);
    }

    private static String describe(List<ApprovalStep> steps) {
        return String.join(" → ", steps.stream()
                .map(s -> (s.finalStep() ? "końcowa: " : "") + (s.username() != null ? s.username() : s.role() + " w " + s.unitSymbol()))
                .toList());
    }

    private Optional<ApprovalChain> stored(String unitSymbol) {
        return em.createQuery("select c from ApprovalChain c where c.organizationId = :org and c.unitSymbol = :unit", ApprovalChain.class)
                .setParameter("org", caller.organizationId())
                .setParameter("unit", unitSymbol)
                .getResultStream().findFirst();
    }

    private static ApprovalChainView view(ApprovalChain chain, String source) {
        return new ApprovalChainView(chain.getUnitSymbol(), source, chain.getSteps(), chain.getUpdatedAt(), chain.getUpdatedBy());
    }
}
