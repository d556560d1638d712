package pl.ezd.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import pl.ezd.cases.boundary.CaseNotFoundException;
import pl.ezd.cases.entity.CaseClosedException;
import pl.ezd.documents.boundary.DocumentNotFoundException;
import pl.ezd.documents.boundary.PreviewUnavailableException;
import pl.ezd.documents.boundary.ContentIntegrityException;
import pl.ezd.documents.boundary.ContentTooLargeException;
import pl.ezd.organization.boundary.UnknownCallerException;
import pl.ezd.workflow.boundary.TaskActionRejectedException;
import pl.ezd.workflow.boundary.TaskNotFoundException;

/** Turns what the business layer refused into an HTTP status and a message; never a stack trace. */
@Provider
public class ProblemMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Override
    public Response toResponse(Exception exception) {
        Throwable cause = unwrap(exception);
        if (cause instanceof WebApplicationException web) {
            return web.getResponse();
        }
        Problem problem;
        if (cause instanceof TaskNotFoundException || cause instanceof CaseNotFoundException
                || cause instanceof DocumentNotFoundException) {
            problem = new Problem(404, "NOT_FOUND", cause.getMessage());
        } else if (cause instanceof ContentTooLargeException) {
            problem = new Problem(413, "CONTENT_TOO_LARGE", cause.getMessage());
        } else if (cause instanceof PreviewUnavailableException) {
            problem = new Problem(422, "PREVIEW_UNAVAILABLE", cause.getMessage());
        } else if (cause instanceof ContentIntegrityException) {
            // already logged with the digests by the content store
            problem = new Problem(500, "CONTENT_INTEGRITY", cause.getMessage());
        } else if (cause instanceof TaskActionRejectedException) {
            problem = new Problem(409, "TASK_ACTION_REJECTED", cause.getMessage());
        } else if (cause instanceof CaseClosedException) {
            problem = new Problem(409, "CASE_CLOSED", cause.getMessage());
        } else if (cause instanceof UnknownCallerException) {
            problem = new Problem(401, "NOT_AUTHENTICATED", cause.getMessage());
        } else if (cause instanceof EJBAccessException || cause instanceof SecurityException) {
            problem = new Problem(403, "FORBIDDEN", "Your roles do not allow this");
        } else if (cause.getClass() == IllegalArgumentException.class) {
            // our own refusals of bad input; a library's subclass (e.g. a query error) is a server fault
            problem = new Problem(400, "INVALID_REQUEST", cause.getMessage());
        } else {
            LOG.log(Level.SEVERE, "API call failed", exception);
            problem = new Problem(500, "INTERNAL_ERROR", "The operation failed; it has been logged");
        }
        return Response.status(problem.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(problem).build();
    }

    private static Throwable unwrap(Throwable exception) {
        Throwable cause = exception;
        while (cause instanceof EJBException && !(cause instanceof EJBAccessException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
