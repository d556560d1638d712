package pl.ezd.web.registry;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;

/** Texts of the registry screens' own bundle ({@code reg}), in the user's language, and messages made of them. */
final class Texts {

    private Texts() {
    }

    static String format(FacesContext context, String key, Object... arguments) {
        String pattern = context.getApplication().getResourceBundle(context, "reg").getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, context.getViewRoot().getLocale()).format(arguments);
    }

    static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, format(FacesContext.getCurrentInstance(), key, arguments));
    }

    static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, format(FacesContext.getCurrentInstance(), key, arguments));
    }

    /** A refusal worded by the business layer (Polish), shown as it is. */
    static void errorText(String text) {
        add(FacesMessage.SEVERITY_ERROR, text);
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
