package pl.ezd.web.session;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;

/**
 * A post to a page whose view the server no longer holds (open too long, the server restarted, the
 * user logged in again in another tab) is not an error page: the user is sent back to the same page
 * (with its parameters, see {@link SameViewAddress}), which says in Polish what happened; what they
 * had typed is put back by the page's script from the browser's session storage (ezd-session.js).
 * Registered in faces-config.xml.
 */
public class ExpiredViewHandlerFactory extends ExceptionHandlerFactory {

    /** The session attribute by which the next page learns that the last post came too late. */
    static final String NOTICE = "pl.ezd.web.session.viewExpired";

    public ExpiredViewHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                ViewExpiredException expired = expired(events.next().getContext().getException());
                if (expired != null) {
                    events.remove();
                    backToTheSameView(FacesContext.getCurrentInstance(), expired);
                }
            }
            getWrapped().handle();
        }

        private static ViewExpiredException expired(Throwable exception) {
            for (Throwable t = exception; t != null; t = t.getCause()) {
                if (t instanceof ViewExpiredException expired) {
                    return expired;
                }
            }
            return null;
        }

        private static void backToTheSameView(FacesContext context, ViewExpiredException expired) {
            if (context.getResponseComplete()) {
                return;
            }
            ExternalContext external = context.getExternalContext();
            String viewId = expired.getViewId();
            String fallback = viewId == null ? external.getRequestContextPath() + "/"
                    : context.getApplication().getViewHandler().getActionURL(context, viewId);
            String target = SameViewAddress.of(external.getRequestHeaderMap().get("Referer"),
                    external.getRequestContextPath(), fallback);
            external.getSessionMap().put(NOTICE, Boolean.TRUE);
            try {
                external.redirect(target);
            } catch (IOException e) {
                throw new FacesException(e);
            }
            context.responseComplete();
        }
    }
}
