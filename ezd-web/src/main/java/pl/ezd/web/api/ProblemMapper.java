package pl.ezd.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import pl.ezd.cases.boundary.CaseNotFoundException;
import pl.ezd.cases.entity.CaseClosedException;
import pl.ezd.classification.boundary.WykazAktRefusedException;
import pl.ezd.documents.boundary.DocumentNotFoundException;
import pl.ezd.documents.boundary.PreviewUnavailableException;
import pl.ezd.documents.boundary.ContentIntegrityException;
import pl.ezd.documents.boundary.ContentTooLargeException;
import pl.ezd.organization.boundary.AdministrationConflictException;
import pl.ezd.organization.boundary.NotInOrganizationException;
import pl.ezd.organization.boundary.UnknownCallerException;
import pl.ezd.organization.entity.FieldRefusal;
import pl.ezd.workflow.boundary.TaskActionRejectedException;
import pl.ezd.workflow.boundary.TaskNotFoundException;
import pl.ezd.correspondence.boundary.IncomingItemNotFoundException;
import pl.ezd.validation.boundary.InvalidInputException;
import pl.ezd.validation.boundary.LocalizedRefusal;
import pl.ezd.validation.boundary.RequestRefused;
import pl.ezd.validation.boundary.UserMessage;

/** Turns what the business layer refused into an HTTP status and a message; never a stack trace. */
@Provider
public class ProblemMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Exception exception) {
        Locale language = language();
        InvalidInputException invalid = inChainOf(exception, InvalidInputException.class);
        if (invalid != null) {
            return problem(Problem.invalidInput(invalid.message(language), invalid.violations(), language));
        }
        FieldRefusal fieldRefused = inChainOf(exception, FieldRefusal.class);
        if (fieldRefused != null) {
            String text = LocalizedRefusal.wording(fieldRefused, language);
            return problem(Problem.invalidInput(text,
                    java.util.List.of(new pl.ezd.validation.boundary.FieldViolation(fieldRefused.field(), text)), language));
        }
        Throwable refusal = ourRefusal(exception);
        if (refusal != null) {
            return problem(new Problem(400, "INVALID_REQUEST", LocalizedRefusal.wording(refusal, language), language));
        }
        Throwable cause = unwrap(exception);
        if (cause instanceof WebApplicationException web) {
            return web.getResponse();
        }
        if (cause instanceof WykazAktRefusedException refused) {
            return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new FileProblem(400, "JRWA_FILE_REFUSED", refused.getMessage(), refused.line())).build();
        }
        Problem problem;
        String text = LocalizedRefusal.wording(cause, language);
        if (cause instanceof NotInOrganizationException) {
            problem = new Problem(404, "NOT_FOUND", text, language);
        } else if (cause instanceof AdministrationConflictException) {
            problem = new Problem(409, "CONFLICT", text, language);
        } else if (cause instanceof TaskNotFoundException || cause instanceof CaseNotFoundException
                || cause instanceof DocumentNotFoundException || cause instanceof IncomingItemNotFoundException
                || cause instanceof pl.ezd.correspondence.boundary.OutgoingItemNotFoundException
                || cause instanceof pl.ezd.epuap.boundary.ReceivedDocumentNotFoundException) {
            problem = new Problem(404, "NOT_FOUND", text, language);
        } else if (cause instanceof ContentTooLargeException) {
            problem = new Problem(413, "CONTENT_TOO_LARGE", text, language);
        } else if (cause instanceof PreviewUnavailableException) {
            problem = new Problem(422, "PREVIEW_UNAVAILABLE", text, language);
        } else if (cause instanceof ContentIntegrityException) {
            // already logged with the digests by the content store
            problem = new Problem(500, "CONTENT_INTEGRITY", text, language);
        } else if (cause instanceof TaskActionRejectedException) {
            problem = new Problem(409, "TASK_ACTION_REJECTED", text, language);
        } else if (cause instanceof CaseClosedException) {
            problem = new Problem(409, "CASE_CLOSED", text, language);
        } else if (cause instanceof UnknownCallerException) {
            problem = new Problem(401, "NOT_AUTHENTICATED", text, language);
        } else if (cause instanceof EJBAccessException || cause instanceof SecurityException) {
            problem = new Problem(403, "FORBIDDEN", UserMessage.of("validation.forbidden").in(language), language);
        } else if (inChain(exception, jakarta.json.bind.JsonbException.class)) {
            problem = new Problem(400, "MALFORMED_REQUEST", UserMessage.of("validation.malformed").in(language), language);
        } else {
            LOG.log(Level.SEVERE, "API call failed", exception);
            problem = new Problem(500, "INTERNAL_ERROR", "The operation failed; it has been logged", language);
        }
        return problem(problem);
    }

    /**
     * The language the caller asked for in {@code Accept-Language} among those the messages exist
     * in; Polish when none (and outside a request).
     */
    private Locale language() {
        try {
            return headers == null ? UserMessage.POLISH : UserMessage.language(headers.getAcceptableLanguages());
        } catch (RuntimeException e) {
            return UserMessage.POLISH; // a malformed header: the default
        }
    }

    private static Response problem(Problem problem) {
        return Response.status(problem.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(problem).build();
    }

    /**
     * Our own refusal of bad input anywhere in the chain (also when a value object refused a field
     * while the JSON body was read). A library's subclass of IllegalArgumentException (e.g. a
     * query error) is a server fault, not the caller's.
     */
    private static Throwable ourRefusal(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getClass() == IllegalArgumentException.class || t instanceof RequestRefused) {
                return t;
            }
        }
        return null;
    }

    private static <T extends Throwable> T inChainOf(Throwable exception, Class<T> type) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static boolean inChain(Throwable exception, Class<? extends Throwable> type) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static Throwable unwrap(Throwable exception) {
        Throwable cause = exception;
        while (cause instanceof EJBException && !(cause instanceof EJBAccessException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
