package pl.ezd.web.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Tells the user, once, on the page they were sent back to, that their last post came after the
 * page had expired (see {@link ExpiredViewHandlerFactory}). Called by the layout template before
 * every page renders.
 */
@Named
@RequestScoped
public class SessionNotices {

    @Inject
    Messages messages;

    public void show() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context.isPostback() && context.getPartialViewContext().isAjaxRequest()) {
            return;
        }
        if (context.getExternalContext().getSessionMap().remove(ExpiredViewHandlerFactory.NOTICE) != null) {
            messages.warn("session.viewExpired");
        }
    }
}
