package pl.ezd.workflow.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import pl.ezd.organization.entity.Role;

/**
 * One approver of a chain: a role in a unit (whoever holds it there: the task is offered to the
 * unit's group {@code org:<id>:unit:<SYMBOL>:<ROLE>}) or a named person (the task is theirs). The
 * final step is the approver who signs.
 */
@Embeddable
public record ApprovalStep(
        @Column(name = "final_step", nullable = false) boolean finalStep,
        @Column(name = "unit_symbol", length = 20) String unitSymbol,
        @Enumerated(EnumType.STRING) @Column(name = "role_name", length = 16) Role role,
        @Column(name = "username", length = 100) String username) {

    public ApprovalStep {
        unitSymbol = unitSymbol == null || unitSymbol.isBlank() ? null : unitSymbol.strip();
        username = username == null || username.isBlank() ? null : username.strip();
        boolean byPost = unitSymbol != null && role != null;
        boolean byPerson = username != null;
        if (byPost == byPerson || (!byPost && (unitSymbol != null || role != null))) {
            throw new IllegalArgumentException("Krok akceptacji wskazuje albo stanowisko (komórka i rola), albo osobę (username), nie oba naraz");
        }
        if (role != null && role != Role.CLERK && role != Role.HEAD) {
            throw new IllegalArgumentException("Akceptują referenci (CLERK) albo kierownicy (HEAD), nie " + role);
        }
        if (finalStep && role != null && role != Role.HEAD) {
            throw new IllegalArgumentException("Akceptację końcową z podpisem daje kierownik (HEAD) albo wskazana osoba");
        }
    }

    public static ApprovalStep ofPost(boolean finalStep, String unitSymbol, Role role) {
        return new ApprovalStep(finalStep, unitSymbol, role, null);
    }

    public static ApprovalStep ofPerson(boolean finalStep, String username) {
        return new ApprovalStep(finalStep, null, null, username);
    }

    /** Who gets the task in the process: {@code user:<username>} or {@code group:<candidate group>}. */
    public String candidate(long organizationId) {
        return username != null ? "user:" + username : "group:org:" + organizationId + ":unit:" + unitSymbol + ":" + role.name();
    }
}
