package nl.wmoregio.shared;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Free text on its way into an immutable log (audit trail, access log) must not carry a BSN
 * (issue 16, L12): a row there can never be corrected. Every run of exactly 9 digits that passes
 * the 11-proef is replaced; other numbers (zaaknummers, amounts, dates) stay readable.
 */
public final class BsnInTekst {

    static final String VERVANGING = "[BSN verwijderd]";
    /** 9 digits not glued to other digits; blanks or dots inside (123 456 782, 123.456.782) count too. */
    private static final Pattern NEGEN_CIJFERS = Pattern.compile("(?<![0-9])[0-9](?:[ .]?[0-9]){8}(?![0-9])");

    private BsnInTekst() {
    }

    /** The text with every 11-proef-valid 9-digit number replaced; null stays null. */
    public static String verwijder(String tekst) {
        if (tekst == null || tekst.length() < 9) {
            return tekst;
        }
        Matcher m = NEGEN_CIJFERS.matcher(tekst);
        StringBuilder uit = new StringBuilder(tekst.length());
        boolean gevonden = false;
        while (m.find()) {
            String cijfers = m.group().replaceAll("[ .]", "");
            if (elfProef(cijfers)) {
                m.appendReplacement(uit, Matcher.quoteReplacement(VERVANGING));
                gevonden = true;
            }
        }
        if (!gevonden) {
            return tekst;
        }
        m.appendTail(uit);
        return uit.toString();
    }

    /** The BSN variant of the 11-proef: 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 divisible by 11 (and not all zeros). */
    static boolean elfProef(String negenCijfers) {
        int som = 0;
        for (int i = 0; i < 8; i++) {
            som += (9 - i) * (negenCijfers.charAt(i) - '0');
        }
        som -= negenCijfers.charAt(8) - '0';
        return som % 11 == 0 && !negenCijfers.equals("000000000");
    }
}
