package nl.wmoregio.toegang.boundary;

import nl.wmoregio.shared.DomainException;

/**
 * A burgerservicenummer that passed the 11-proef (iWmo CS002). {@link #toString()} is masked on
 * purpose: a BSN must never end up in a log line or an error message.
 */
public final class Bsn {

    /** iWmo's code for "BSN fails the 11-proef". */
    public static final String CS002 = "CS002";

    private final String waarde;

    private Bsn(String waarde) {
        this.waarde = waarde;
    }

    /** Validates and normalises (spaces, dots and dashes removed; 8 digits get a leading zero). */
    public static Bsn of(String raw, String field) {
        String cijfers = normaliseer(raw);
        if (cijfers == null || cijfers.isEmpty()) {
            throw new DomainException("BSN_VERPLICHT", field, "BSN is verplicht");
        }
        if (!isGeldig(cijfers)) {
            throw new DomainException(CS002, field,
                    "CS002: het BSN voldoet niet aan de 11-proef (9 cijfers, gewogen som deelbaar door 11)");
        }
        return new Bsn(cijfers);
    }

    /** True for 9 digits (8 with an implied leading zero) whose weighted sum 9..2,-1 is a multiple of 11, not all zeros. */
    public static boolean isGeldig(String raw) {
        String cijfers = normaliseer(raw);
        if (cijfers == null || cijfers.length() != 9 || !cijfers.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int som = 0;
        for (int i = 0; i < 8; i++) {
            som += (9 - i) * (cijfers.charAt(i) - '0');
        }
        som -= cijfers.charAt(8) - '0';
        return som % 11 == 0 && !cijfers.equals("000000000");
    }

    /**
     * The valid BSN for a 7-digit number: digit 8 is the smallest that leaves a possible check
     * digit, digit 9 the check digit. Different numbers give different BSNs (synthetic data).
     */
    public static String synthetisch(int zevenCijfers) {
        if (zevenCijfers < 0 || zevenCijfers > 9_999_999) {
            throw new IllegalArgumentException("7 cijfers verwacht");
        }
        String begin = String.format("%07d", zevenCijfers);
        int som = 0;
        for (int i = 0; i < 7; i++) {
            som += (9 - i) * (begin.charAt(i) - '0');
        }
        for (int acht = 0; acht <= 9; acht++) {
            int controle = (som + 2 * acht) % 11;
            if (controle != 10) {
                String bsn = begin + acht + controle;
                if (isGeldig(bsn)) {
                    return bsn;
                }
            }
        }
        throw new IllegalStateException("geen geldig BSN voor dit begin");
    }

    /** How many synthetic BSNs {@link #ongebruikt} can give. */
    public static final int ONGEBRUIKT_CAPACITEIT;
    private static int[] ongebruiktePrefixen;

    static {
        int n = 0;
        for (int prefix = 1; prefix < 1_000_000; prefix++) {
            if (controleCijfer(prefix) >= 0) {
                n++;
            }
        }
        ONGEBRUIKT_CAPACITEIT = n;
    }

    /**
     * The n-th synthetic BSN from a range that is never issued (issue 16 M8): nine digits with two
     * leading zeros, so the number is below 10,000,000, while a real BSN has 8 or 9 significant
     * digits. It still passes the 11-proef, so the whole chain (iWmo CS002, search, encryption)
     * treats it as any BSN. Returns null when n is beyond {@link #ONGEBRUIKT_CAPACITEIT} (about
     * 909,000): such a synthetic client is stored pseudonym-only.
     */
    public static String ongebruikt(int n) {
        if (n < 0 || n >= ONGEBRUIKT_CAPACITEIT) {
            return null;
        }
        int[] prefixen = ongebruiktePrefixen;
        if (prefixen == null) {
            prefixen = new int[ONGEBRUIKT_CAPACITEIT];
            int i = 0;
            for (int prefix = 1; prefix < 1_000_000; prefix++) {
                if (controleCijfer(prefix) >= 0) {
                    prefixen[i++] = prefix;
                }
            }
            ongebruiktePrefixen = prefixen;
        }
        int prefix = prefixen[n];
        return String.format("00%06d%d", prefix, controleCijfer(prefix));
    }

    /** True for a BSN of the never-issued synthetic range (value below 10,000,000). */
    public static boolean isSynthetischBereik(String bsn) {
        String cijfers = normaliseer(bsn);
        return cijfers != null && cijfers.length() == 9 && cijfers.startsWith("00");
    }

    /** Check digit for "00" + six digits (weights 7..2, last -1), or -1 when none exists (remainder 10). */
    private static int controleCijfer(int zesCijfers) {
        int som = 0;
        int rest = zesCijfers;
        for (int gewicht = 2; gewicht <= 7; gewicht++) {
            som += gewicht * (rest % 10);
            rest /= 10;
        }
        int c = som % 11;
        return c == 10 ? -1 : c;
    }

    private static String normaliseer(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip().replace(" ", "").replace(".", "").replace("-", "");
        return s.length() == 8 && s.chars().allMatch(Character::isDigit) ? "0" + s : s;
    }

    public String waarde() {
        return waarde;
    }

    public String laatsteDrie() {
        return waarde.substring(6);
    }

    /** The masked form shown on screens and in search results: ******123. */
    public static String gemaskeerd(String laatsteDrie) {
        return laatsteDrie == null ? null : "******" + laatsteDrie;
    }

    @Override
    public String toString() {
        return gemaskeerd(laatsteDrie());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bsn b && b.waarde.equals(waarde);
    }

    @Override
    public int hashCode() {
        return waarde.hashCode();
    }
}
