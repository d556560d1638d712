package pl.ezd.organization.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import pl.ezd.audit.boundary.AuditTrail;
import pl.ezd.organization.boundary.AdminViews.SubstitutionView;
import pl.ezd.organization.control.OrganizationRecords;
import pl.ezd.organization.entity.Employee;
import pl.ezd.organization.entity.FieldRefusal;
import pl.ezd.organization.entity.Role;
import pl.ezd.organization.entity.Substitution;

/**
 * Substitutions (zastępstwa) of the caller's organisation: who stands in for whom, from and to
 * which day (both inclusive), and why.
 *
 * <p>For other components: {@link #absenteesSubstitutedBy(String, LocalDate)} tells whose work a
 * user may take on a day (the inbox offers the absent colleagues' tasks to their substitute), and
 * {@link #active(LocalDate)} lists every substitution in force on a day. Both read only the
 * caller's organisation and never cancelled substitutions. The organisation administrator creates
 * and cancels them; the rules (no one stands in for themselves, one substitute at a time, a
 * substitute is not absent themselves) are in {@link Substitution}.
 */
@Stateless
public class Substitutions {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AuditTrail auditTrail;

    /** Whom to substitute, by whom, from and to which day, and why. */
    public record NewSubstitution(Long absentEmployeeId, Long substituteEmployeeId, LocalDate validFrom,
                                  LocalDate validTo, String reason) {
    }

    private OrganizationRecords records() {
        return new OrganizationRecords(em, caller.organizationId());
    }

    /**
     * The colleagues the user (a username of the caller's organisation) stands in for on the day;
     * empty for a user of another organisation or one who substitutes nobody.
     */
    @RolesAllowed({Role.REGISTRY_NAME, Role.CLERK_NAME, Role.HEAD_NAME, Role.ARCHIVIST_NAME, Role.ORG_ADMIN_NAME})
    public List<Absentee> absenteesSubstitutedBy(String username, LocalDate day) {
        FieldRefusal.required("day", day, "dzień");
        return em.createQuery("""
                        select new pl.ezd.organization.boundary.Absentee(absentAccount.username, a.id,
                               concat(a.firstName, ' ', a.lastName), s.id, s.validFrom, s.validTo, s.reason)
                        from Substitution s join s.absent a join s.substitute sub,
                             UserAccount subAccount, UserAccount absentAccount
                        where subAccount.employee = sub and absentAccount.employee = a
                          and subAccount.username = :username and s.organizationId = :org and s.cancelled = false
                          and s.validFrom <= :day and s.validTo >= :day
                        order by a.lastName, a.firstName""", Absentee.class)
                .setParameter("username", username)
                .setParameter("org", caller.organizationId())
                .setParameter("day", day)
                .getResultList();
    }

    /** Every substitution of the caller's organisation in force on the day. */
    @RolesAllowed({Role.REGISTRY_NAME, Role.CLERK_NAME, Role.HEAD_NAME, Role.ARCHIVIST_NAME, Role.ORG_ADMIN_NAME})
    public List<SubstitutionView> active(LocalDate day) {
        FieldRefusal.required("day", day, "dzień");
        return views(records().substitutions(day).stream().filter(s -> s.activeOn(day)).toList());
    }

    /** The organisation's substitutions ending on {@code from} or later, cancelled ones included. */
    @RolesAllowed(Role.ORG_ADMIN_NAME)
    public List<SubstitutionView> list(LocalDate from) {
        return views(records().substitutions(from == null ? OrganizationRecords.today() : from));
    }

    @RolesAllowed(Role.ORG_ADMIN_NAME)
    public SubstitutionView find(long id) {
        return views(List.of(records().substitution(id))).get(0);
    }

    /** Records a substitution; refused (409) when it overlaps one that cannot coexist with it. */
    @RolesAllowed(Role.ORG_ADMIN_NAME)
    public SubstitutionView create(NewSubstitution request) {
        FieldRefusal.required("body", request, "dane zastępstwa");
        var records = records();
        records.lockOrganization();
        Employee absent = records.employee(request.absentEmployeeId(), "absentEmployeeId");
        Employee substitute = records.employee(request.substituteEmployeeId(), "substituteEmployeeId");
        var substitution = new Substitution(absent, substitute, request.validFrom(), request.validTo(), request.reason(),
                caller.username());
        substitution.conflictIn(records.activeSubstitutionsInvolving(absent, substitute)).ifPresent(conflict -> {
            throw new AdministrationConflictException("Zastępstwo nakłada się na inne: " + conflict);
        });
        em.persist(substitution);
        em.flush();
        auditTrail.record(caller.organizationId(), caller.username(), "SUBSTITUTION_CREATED", "Substitution",
                substitution.getId(), substitute.getFullName() + " zastępuje " + absent.getFullName() + " od "
                        + substitution.getValidFrom() + " do " + substitution.getValidTo() + ": " + substitution.getReason());
        return views(List.of(substitution)).get(0);
    }

    /** Cancels a substitution; it stays on record as cancelled. */
    @RolesAllowed(Role.ORG_ADMIN_NAME)
    public SubstitutionView cancel(long id) {
        Substitution substitution = records().substitution(id);
        if (substitution.isCancelled()) {
            throw new AdministrationConflictException("To zastępstwo jest już odwołane");
        }
        substitution.cancel();
        auditTrail.record(caller.organizationId(), caller.username(), "SUBSTITUTION_CANCELLED", "Substitution", id,
                substitution.getSubstitute().getFullName() + " nie zastępuje " + substitution.getAbsent().getFullName()
                        + " (" + substitution.getValidFrom() + " – " + substitution.getValidTo() + ")");
        return views(List.of(substitution)).get(0);
    }

    private List<SubstitutionView> views(List<Substitution> substitutions) {
        if (substitutions.isEmpty()) {
            return List.of();
        }
        var employees = substitutions.stream().flatMap(s -> java.util.stream.Stream.of(s.getAbsent(), s.getSubstitute()))
                .distinct().toList();
        Map<Long, String> usernames = em.createQuery(
                        "select ua.employee.id, ua.username from UserAccount ua where ua.employee in :employees", Object[].class)
                .setParameter("employees", employees)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
        return substitutions.stream()
                .map(s -> SubstitutionView.of(s, usernames.get(s.getAbsent().getId()), usernames.get(s.getSubstitute().getId())))
                .toList();
    }
}
