package nl.wmoregio.web.platform.faces;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import java.util.Map;

/**
 * The screens' language: Dutch, unless the user chose English with the language link
 * ({@code ?taal=en}); the choice lasts for the session. The browser's Accept-Language is
 * deliberately not followed: a Dutch public servant on an English operating system still gets
 * the Dutch screens by default.
 */
public class TaalViewHandler extends ViewHandlerWrapper {

    static final Locale NL = Locale.forLanguageTag("nl");
    static final String SESSION_KEY = TaalViewHandler.class.getName();

    public TaalViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        ExternalContext external = context.getExternalContext();
        String chosen = external.getRequestParameterMap().get("taal");
        if ("en".equals(chosen) || "nl".equals(chosen)) {
            Map<String, Object> session = external.getSessionMap();
            session.put(SESSION_KEY, chosen);
            return "en".equals(chosen) ? Locale.ENGLISH : NL;
        }
        Object session = external.getSession(false) == null ? null : external.getSessionMap().get(SESSION_KEY);
        return "en".equals(session) ? Locale.ENGLISH : NL;
    }
}
