package nl.wmoregio.web.inkoop;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Texts from the aanbieders bundle ({@code ab}) for the inkoop beans, and the amount formats of these screens. */
@Named("abTekst")
@RequestScoped
public class AbTexts {

    private static final DecimalFormatSymbols NL = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL"));

    @Inject
    FacesContext facesContext;

    public String get(String key, Object... args) {
        ResourceBundle bundle = facesContext.getApplication().getResourceBundle(facesContext, "ab");
        try {
            String text = bundle.getString(key);
            return args.length == 0 ? text : MessageFormat.format(text, args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** 42500 -> "€ 425,00" (Dutch notation, as the users read amounts). */
    public static String euro(long cents) {
        return "€ " + new DecimalFormat("#,##0.00", NL).format(BigDecimal.valueOf(cents, 2));
    }

    /** 2.5 -> "2,5 %". */
    public static String procent(BigDecimal pct) {
        return pct == null ? "" : pct.stripTrailingZeros().toPlainString().replace('.', ',') + " %";
    }

    public String bedrag(long cents) {
        return euro(cents);
    }

    public String pct(BigDecimal pct) {
        return procent(pct);
    }
}
