package nl.wmoregio.web.platform.faces;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.function.Supplier;
import nl.wmoregio.shared.DomainException;
import nl.wmoregio.shared.NotFoundException;
import nl.wmoregio.shared.StaleVersionException;

/**
 * Runs a boundary call for a screen and turns refusals into messages next to the field at
 * fault (domain field name -> component client id), or at the top of the form.
 */
@RequestScoped
public class FacesErrors {

    @Inject
    FacesContext facesContext;

    @Inject
    Texts texts;

    public <T> T call(Supplier<T> action, Map<String, String> fieldToClientId) {
        try {
            return action.get();
        } catch (RuntimeException thrown) {
            Throwable e = thrown instanceof EJBException ejb && ejb.getCausedByException() != null
                    ? ejb.getCausedByException() : thrown;
            if (e instanceof DomainException d) {
                String clientId = d.field() == null ? null : fieldToClientId.get(d.field());
                error(clientId, texts.domainMessage(d.code(), d.getMessage()));
            } else if (e instanceof StaleVersionException) {
                error(null, texts.get("fout.verouderd"));
            } else if (e instanceof NotFoundException) {
                error(null, texts.get("fout.nietGevonden"));
            } else if (thrown instanceof EJBAccessException || e instanceof EJBAccessException
                    || e instanceof jakarta.ejb.AccessLocalException || e instanceof SecurityException) {
                // The container's refusal comes as EJBAccessException wrapping an AccessLocalException.
                error(null, texts.get("fout.geenToegang"));
            } else {
                throw thrown;
            }
            facesContext.validationFailed();
            return null;
        }
    }

    public void error(String clientId, String text) {
        facesContext.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    public void info(String text) {
        facesContext.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }
}
