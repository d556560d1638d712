package pl.ezd.web.session;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;

/** The user's choices for this session: the language of the screens; and logging out. */
@Named
@SessionScoped
public class UserSession implements Serializable {

    private static final long serialVersionUID = 1L;
    private Locale locale = Locale.forLanguageTag("pl");

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public void setLanguage(String language) {
        locale = "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("pl");
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }

    public void logout() throws IOException, ServletException {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) context.getRequest()).logout();
        context.invalidateSession();
        context.redirect(context.getRequestContextPath() + "/");
    }
}
