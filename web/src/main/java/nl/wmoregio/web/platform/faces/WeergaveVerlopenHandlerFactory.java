package nl.wmoregio.web.platform.faces;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * A post whose view state the server does not know (expired, from another session, forged, as a
 * cross-site form would send) is answered with a redirect to a fresh GET of the same page: the
 * post is not applied, and the user sees the page again instead of a 500. (The web.xml
 * error-page for ViewExpiredException forwarded the POST to the login page, which then failed on
 * the same unknown view state.)
 */
public class WeergaveVerlopenHandlerFactory extends ExceptionHandlerFactory {

    public WeergaveVerlopenHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                Throwable e = events.next().getContext().getException();
                while (!(e instanceof ViewExpiredException) && e instanceof FacesException && e.getCause() != null) {
                    e = e.getCause();
                }
                if (e instanceof ViewExpiredException verlopen) {
                    events.remove();
                    opnieuw(verlopen.getViewId());
                }
            }
            getWrapped().handle();
        }

        private static void opnieuw(String viewId) {
            FacesContext context = FacesContext.getCurrentInstance();
            ExternalContext external = context.getExternalContext();
            String pagina = viewId == null || !viewId.startsWith("/") ? "/index.xhtml" : viewId;
            String query = external.getRequest() instanceof HttpServletRequest request ? request.getQueryString() : null;
            try {
                external.redirect(external.getRequestContextPath() + pagina + (query == null ? "" : "?" + query));
            } catch (IOException io) {
                throw new UncheckedIOException(io);
            }
            context.responseComplete();
        }
    }
}
