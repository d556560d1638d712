package pl.ezd.web.epuap;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import pl.ezd.epuap.boundary.ReceivedDocumentNotFoundException;
import pl.ezd.validation.boundary.FieldViolation;
import pl.ezd.validation.boundary.InvalidInputException;

/** Texts of the ePUAP screens' bundle ({@code epu}) and the boundary's refusals shown where they belong. */
final class EpuapTexts {

    static final String BUNDLE = "epu";

    private EpuapTexts() {
    }

    static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        String pattern = context.getApplication().getResourceBundle(context, BUNDLE).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, context.getViewRoot().getLocale()).format(arguments);
    }

    static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    static void warn(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_WARN, text(key, arguments));
    }

    static void error(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    /**
     * Runs a boundary call; a refusal is shown (a field's next to the component of that id in
     * {@code formId}, else above the form) and false returned; a fault goes on to the error page.
     */
    static boolean attempt(String formId, Runnable action) {
        try {
            action.run();
            return true;
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause instanceof EJBException && !(cause instanceof EJBAccessException) && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof InvalidInputException invalid) {
                for (FieldViolation violation : invalid.violations()) {
                    field(formId, violation.field(), violation.message());
                }
            } else if (cause instanceof ReceivedDocumentNotFoundException) {
                error("attention.notFound");
            } else if (cause instanceof EJBAccessException) {
                error("action.error.forbidden");
            } else if (cause instanceof IllegalArgumentException) {
                add(null, FacesMessage.SEVERITY_ERROR, cause.getMessage());
            } else {
                throw e;
            }
            FacesContext.getCurrentInstance().validationFailed();
            return false;
        }
    }

    static void field(String formId, String field, String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        UIComponent component = formId == null || field == null ? null
                : context.getViewRoot().findComponent(":" + formId + ":" + field.replace('.', '-'));
        if (component instanceof UIInput input) {
            input.setValid(false);
        }
        add(component == null ? null : component.getClientId(context), FacesMessage.SEVERITY_ERROR, text);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
