package pl.ezd.organization.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import pl.ezd.audit.boundary.AuditTrail;
import pl.ezd.organization.entity.FieldRefusal;
import pl.ezd.organization.entity.PasswordHash;
import pl.ezd.organization.entity.PasswordPolicy;
import pl.ezd.organization.entity.Role;
import pl.ezd.organization.entity.UserAccount;

/** A user changes their own password: the current one, then a new one that meets {@link PasswordPolicy}. */
@Stateless
public class Passwords {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AuditTrail auditTrail;

    @RolesAllowed({Role.REGISTRY_NAME, Role.CLERK_NAME, Role.HEAD_NAME, Role.ARCHIVIST_NAME, Role.ORG_ADMIN_NAME,
            Role.REGION_ADMIN_NAME})
    public void changeOwn(char[] currentPassword, char[] newPassword) {
        var identity = caller.identity();
        UserAccount account = em.createQuery("select ua from UserAccount ua where ua.username = :username", UserAccount.class)
                .setParameter("username", identity.username())
                .getSingleResult();
        if (currentPassword == null || currentPassword.length == 0) {
            throw new FieldRefusal("currentPassword", "Podaj obecne hasło");
        }
        if (!account.hasPassword(currentPassword)) {
            throw new FieldRefusal("currentPassword", "Obecne hasło jest nieprawidłowe");
        }
        PasswordPolicy.check("newPassword", newPassword, identity.username());
        if (Arrays.equals(currentPassword, newPassword)) {
            throw new FieldRefusal("newPassword", "Nowe hasło musi być inne niż obecne");
        }
        account.changePassword(PasswordHash.of(newPassword));
        auditTrail.record(identity.organizationId(), identity.username(), "PASSWORD_CHANGED", "Employee",
                identity.employeeId(), "użytkownik " + identity.username() + " zmienił swoje hasło");
    }
}
