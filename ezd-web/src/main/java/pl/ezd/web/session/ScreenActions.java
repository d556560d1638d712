package pl.ezd.web.session;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import pl.ezd.cases.boundary.CaseNotFoundException;
import pl.ezd.cases.entity.CaseClosedException;
import pl.ezd.documents.boundary.ContentTooLargeException;
import pl.ezd.documents.boundary.DocumentNotFoundException;
import pl.ezd.validation.boundary.InvalidInputException;
import pl.ezd.validation.boundary.LocalizedRefusal;
import pl.ezd.validation.boundary.UserMessage;
import pl.ezd.workflow.boundary.TaskActionRejectedException;
import pl.ezd.workflow.boundary.TaskNotFoundException;

/**
 * Runs one user action of a screen through a boundary and tells the user how it went: the
 * confirmation from the screen's bundle, or the business layer's own Polish refusal (which
 * already names what is wrong). Anything else is a fault and goes on to the error page.
 */
@RequestScoped
public class ScreenActions {

    @Inject
    Messages messages;

    /** Runs the action; true when it was done (the confirmation is shown), false when refused. */
    public boolean run(Runnable action, String bundleVar, String doneKey, Object... arguments) {
        return call(() -> {
            action.run();
            return Boolean.TRUE;
        }, bundleVar, doneKey, arguments) != null;
    }

    /** Runs the action and returns its result, or null when it was refused (the reason is shown). */
    public <T> T call(Supplier<T> action, String bundleVar, String doneKey, Object... arguments) {
        try {
            T result = action.get();
            if (doneKey != null) {
                messages.infoFrom(bundleVar, doneKey, arguments);
            }
            return result;
        } catch (RuntimeException e) {
            RuntimeException refusal = refusal(e);
            if (refusal == null) {
                throw e;
            }
            if (refusal instanceof TaskNotFoundException) {
                messages.error("task.error.notFound");
            } else if (refusal instanceof EJBAccessException) {
                messages.errorFrom(bundleVar, "action.error.forbidden");
            } else {
                messages.errorText(wording(refusal));
            }
            return null;
        }
    }

    /** The refusal worded in the language of the view (Polish unless the user switched to English). */
    public static String wording(Throwable refusal) {
        var context = jakarta.faces.context.FacesContext.getCurrentInstance();
        java.util.Locale locale = context == null || context.getViewRoot() == null ? UserMessage.POLISH : context.getViewRoot().getLocale();
        return LocalizedRefusal.wording(refusal, locale);
    }

    /** The refusal a user should read, unwrapped from the EJB container's exception; null for a fault. */
    public static RuntimeException refusal(RuntimeException e) {
        Throwable cause = e;
        if (e instanceof EJBException && !(e instanceof EJBAccessException) && e.getCause() != null) {
            cause = e.getCause();
        }
        if (cause instanceof IllegalArgumentException || cause instanceof TaskActionRejectedException
                || cause instanceof TaskNotFoundException || cause instanceof InvalidInputException
                || cause instanceof CaseClosedException || cause instanceof CaseNotFoundException
                || cause instanceof DocumentNotFoundException || cause instanceof ContentTooLargeException
                || cause instanceof EJBAccessException) {
            return (RuntimeException) cause;
        }
        return null;
    }
}
