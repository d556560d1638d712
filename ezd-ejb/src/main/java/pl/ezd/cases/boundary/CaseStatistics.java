package pl.ezd.cases.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import pl.ezd.cases.control.CaseWorkload;
import pl.ezd.organization.boundary.Caller;
import pl.ezd.organization.entity.Role;

/** Read-only figures of the caller's organisation's cases for the heads' dashboard. */
@Stateless
public class CaseStatistics {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    /**
     * Open cases per unit and handler, with how many of them are overdue; the overdue ids come from
     * the deadline watch (workflow's {@code StatutoryDeadlines.overdueCaseIds()}), ids of another
     * organisation count for nothing.
     */
    @RolesAllowed({Role.HEAD_NAME, Role.ORG_ADMIN_NAME})
    public List<CaseLoad> workload(Collection<Long> overdueCaseIds) {
        return new CaseWorkload(em).byUnitAndHandler(caller.organizationId(), overdueCaseIds);
    }
}
