package pl.ezd.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import pl.ezd.audit.boundary.AuditRecord;
import pl.ezd.audit.boundary.AuditTrail;
import pl.ezd.audit.boundary.AuditVerification;

/** The audit trail of one subject (e.g. an incoming item) in the caller's organisation. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditTrail auditTrail;

    /** Checks the whole trail of the caller's organisation for changed, inserted or removed entries. */
    @GET
    @Path("verification")
    public AuditVerification verify() {
        return auditTrail.verify();
    }

    @GET
    public List<AuditRecord> about(@QueryParam("subjectType") String subjectType, @QueryParam("subjectId") String subjectId) {
        if (subjectType == null || subjectId == null) {
            throw new IllegalArgumentException("subjectType and subjectId are required");
        }
        return auditTrail.about(subjectType, subjectId);
    }
}
