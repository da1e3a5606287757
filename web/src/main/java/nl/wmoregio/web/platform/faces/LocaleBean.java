package nl.wmoregio.web.platform.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;

/** The current screen language (chosen by {@link TaalViewHandler}), for the layout's language link. */
@Named("taal")
@RequestScoped
public class LocaleBean {

    @Inject
    FacesContext facesContext;

    public Locale getLocale() {
        return facesContext.getViewRoot() == null ? TaalViewHandler.NL : facesContext.getViewRoot().getLocale();
    }

    public boolean isEngels() {
        return Locale.ENGLISH.getLanguage().equals(getLocale().getLanguage());
    }
}
