package nl.wmoregio.web.inkoop;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Amounts as Dutch users read them on the inkoop screens. */
final class Bedragen {

    private static final DecimalFormatSymbols NL = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL"));

    private Bedragen() {
    }

    /** 42500 -> "€ 425,00" (Dutch notation, as the users read amounts). */
    static String euro(long cents) {
        return "€ " + new DecimalFormat("#,##0.00", NL).format(BigDecimal.valueOf(cents, 2));
    }

    /** 2.5 -> "2,5 %". */
    static String procent(BigDecimal pct) {
        return pct == null ? "" : pct.stripTrailingZeros().toPlainString().replace('.', ',') + " %";
    }

}
