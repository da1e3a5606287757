package nl.wmoregio.iwmo.control;

/** The BSN's 11-proef (iWmo rule CS002). A BSN is never logged; only this check sees the digits. */
public final class Bsn {

    private Bsn() {
    }

    /** Nine digits, 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 divisible by 11, and not all zeros. */
    public static boolean elfproef(String bsn) {
        if (bsn == null || bsn.length() != 9) {
            return false;
        }
        int som = 0;
        for (int i = 0; i < 9; i++) {
            char c = bsn.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            int cijfer = c - '0';
            som += i == 8 ? -cijfer : (9 - i) * cijfer;
        }
        return som % 11 == 0 && !"000000000".equals(bsn);
    }

    /** For screens and answers: only the last three digits. */
    public static String gemaskeerd(String bsn) {
        return bsn == null || bsn.length() < 3 ? "*********" : "******" + bsn.substring(bsn.length() - 3);
    }
}
