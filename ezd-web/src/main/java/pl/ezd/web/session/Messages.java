package pl.ezd.web.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;

/** Shows bundle texts to the user as Faces messages, in the user's language. */
@RequestScoped
public class Messages {

    public void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public void warn(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_WARN, key, arguments);
    }

    public void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    /** An error whose text comes from the business layer, already worded for the user. */
    public void errorText(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** A confirmation from another screen bundle (registered in faces-config.xml under {@code bundleVar}). */
    public void infoFrom(String bundleVar, String key, Object... arguments) {
        add(bundleVar, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    /** An error from another screen bundle (registered in faces-config.xml under {@code bundleVar}). */
    public void errorFrom(String bundleVar, String key, Object... arguments) {
        add(bundleVar, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    private void add(FacesMessage.Severity severity, String key, Object... arguments) {
        add("msg", severity, key, arguments);
    }

    private void add(String bundleVar, FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        String pattern = context.getApplication().getResourceBundle(context, bundleVar).getString(key);
        String text = arguments.length == 0 ? pattern : new MessageFormat(pattern, context.getViewRoot().getLocale()).format(arguments);
        context.addMessage(null, new FacesMessage(severity, text, null));
    }
}
