package pl.ezd.web.admin;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import pl.ezd.classification.boundary.WykazAktRefusedException;
import pl.ezd.organization.boundary.AdministrationConflictException;
import pl.ezd.organization.boundary.NotInOrganizationException;
import pl.ezd.organization.entity.FieldRefusal;
import pl.ezd.validation.boundary.InvalidInputException;

/**
 * Shows what a boundary refused as the clerk should read it: next to the field it names (the
 * component whose id is the field's name with dots as dashes, e.g. {@code admin.username} is
 * {@code admin-username}), else above the form; and marks the request as failed validation, so a
 * dialog stays open and everything typed stays on the screen.
 */
@RequestScoped
public class Refusals {

    /** Runs {@code action}; a refusal is shown for {@code formId}'s fields and {@code false} returned. */
    public boolean attempt(String formId, Runnable action) {
        return attempt(formId, null, action);
    }

    /** As {@link #attempt(String, Runnable)}; a refusal naming no field of the form is shown next to {@code fieldId}. */
    public boolean attempt(String formId, String fieldId, Runnable action) {
        try {
            action.run();
            return true;
        } catch (RuntimeException e) {
            show(formId, fieldId, e);
            return false;
        }
    }

    public void show(String formId, RuntimeException exception) {
        show(formId, null, exception);
    }

    public void show(String formId, String fieldId, RuntimeException exception) {
        Throwable cause = exception;
        while (cause instanceof EJBException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        FacesContext context = FacesContext.getCurrentInstance();
        String clientId = fieldId == null ? null : formId + ":" + fieldId;
        String text = pl.ezd.web.session.ScreenActions.wording(cause);
        if (cause instanceof FieldRefusal refusal && refusal.field() != null) {
            String candidate = formId + ":" + refusal.field().replace('.', '-');
            if (context.getViewRoot().findComponent(":" + candidate) != null) {
                clientId = candidate;
            }
        } else if (cause instanceof WykazAktRefusedException refused && refused.line() != null) {
            String pattern = context.getApplication().getResourceBundle(context, "adm").getString("admin.error.line");
            text = new MessageFormat(pattern, context.getViewRoot().getLocale()).format(new Object[] {refused.line(), pl.ezd.web.session.ScreenActions.wording(cause)});
        } else if (!(cause instanceof IllegalArgumentException || cause instanceof AdministrationConflictException
                || cause instanceof NotInOrganizationException || cause instanceof WykazAktRefusedException
                || cause instanceof InvalidInputException)) {
            throw exception;
        }
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        context.validationFailed();
    }

    /** A confirmation from the {@code adm} bundle. */
    public void done(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        String pattern = context.getApplication().getResourceBundle(context, "adm").getString(key);
        String text = arguments.length == 0 ? pattern : new MessageFormat(pattern, context.getViewRoot().getLocale()).format(arguments);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }
}
