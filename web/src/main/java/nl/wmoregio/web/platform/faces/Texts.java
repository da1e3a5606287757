package nl.wmoregio.web.platform.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Screen texts from the resource bundle (Dutch default, English), for backing beans. */
@Named("texts")
@RequestScoped
public class Texts {

    public static final String BUNDLE = "nl.wmoregio.web.i18n.messages";
    /** The general bundle first, then one per screen area (see faces-config.xml). */
    static final java.util.List<String> BUNDLES = java.util.List.of(BUNDLE,
            "nl.wmoregio.web.i18n.toetredingen",
            "nl.wmoregio.web.i18n.aanbieders",
            "nl.wmoregio.web.i18n.kwaliteit",
            "nl.wmoregio.web.i18n.ceo",
            "nl.wmoregio.web.i18n.iwmo",
            "nl.wmoregio.web.i18n.toegang",
            "nl.wmoregio.web.i18n.toezicht",
            "nl.wmoregio.web.i18n.warehouse",
            "nl.wmoregio.web.i18n.privacy");

    @Inject
    FacesContext facesContext;

    public String get(String key, Object... args) {
        java.util.Locale locale = facesContext.getViewRoot() == null
                ? facesContext.getApplication().getDefaultLocale() : facesContext.getViewRoot().getLocale();
        for (String name : BUNDLES) {
            try {
                String text = ResourceBundle.getBundle(name, locale).getString(key);
                return args.length == 0 ? text : MessageFormat.format(text, args);
            } catch (MissingResourceException e) {
                // try the next bundle
            }
        }
        return key;
    }

    /** A domain error's text in the user's language when the bundle knows its code, else the domain's own Dutch text. */
    public String domainMessage(String code, String fallback) {
        String text = get("fout." + code);
        return text.equals("fout." + code) ? fallback : text;
    }
}
