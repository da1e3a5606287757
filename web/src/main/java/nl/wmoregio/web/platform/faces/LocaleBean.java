package nl.wmoregio.web.platform.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;

/**
 * Dutch unless the browser asks for English. Without this, a request without Accept-Language
 * would fall back to the server JVM's locale instead of the application's default.
 */
@Named("taal")
@RequestScoped
public class LocaleBean {

    static final Locale NL = Locale.forLanguageTag("nl");

    @Inject
    FacesContext facesContext;

    public Locale getLocale() {
        String header = facesContext.getExternalContext().getRequestHeaderMap().get("Accept-Language");
        if (header == null || header.isBlank()) {
            return NL;
        }
        for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
            String language = range.getRange().split("-")[0];
            if (language.equals("nl")) {
                return NL;
            }
            if (language.equals("en")) {
                return Locale.ENGLISH;
            }
        }
        return NL;
    }
}
