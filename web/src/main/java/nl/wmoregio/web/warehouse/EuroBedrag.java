package nl.wmoregio.web.warehouse;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Euro amounts as people type and read them on the budget screen: Dutch notation by default
 * ({@code 1.250.000,00}; a plain {@code 1250000,5} too), English notation for the English
 * screens. At most two decimals; a leading minus is kept so the domain rule (at least 0) can
 * answer it. Anything else is not an amount (null).
 */
final class EuroBedrag {

    private static final Pattern NL = Pattern.compile("-?(\\d{1,3}(\\.\\d{3})+|\\d+)(,\\d{1,2})?");
    private static final Pattern EN = Pattern.compile("-?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?");

    private EuroBedrag() {
    }

    /** The amount in cents, or null when the text is not an amount in the locale's notation. */
    static Long centen(String tekst, Locale locale) {
        if (tekst == null) {
            return null;
        }
        String s = tekst.replace("€", "").replace("\u00a0", "").replace(" ", "").strip();
        boolean engels = locale != null && "en".equals(locale.getLanguage());
        if (!(engels ? EN : NL).matcher(s).matches() || s.replaceAll("\\D", "").length() > 15) {
            return null;
        }
        String genormaliseerd = engels ? s.replace(",", "") : s.replace(".", "").replace(',', '.');
        return new BigDecimal(genormaliseerd).movePointRight(2).longValueExact();
    }

    /** 125000000 -> "1.250.000,00" (nl) or "1,250,000.00" (en). */
    static String tekst(Long centen, Locale locale) {
        if (centen == null) {
            return "";
        }
        Locale l = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("nl-NL");
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(l)).format(BigDecimal.valueOf(centen, 2));
    }
}
