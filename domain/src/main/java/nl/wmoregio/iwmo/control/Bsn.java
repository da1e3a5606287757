package nl.wmoregio.iwmo.control;

/** The BSN's 11-proef (iWmo rule CS002). A BSN is never logged; only this check sees the digits. */
public final class Bsn {

    private Bsn() {
    }

    /** CS002: the 11-proef of the toegang component, applied to the nine digits of the message. */
    public static boolean elfproef(String bsn) {
        return bsn != null && bsn.length() == 9 && nl.wmoregio.toegang.boundary.Bsn.isGeldig(bsn);
    }

    /** For screens and answers: only the last three digits. */
    public static String gemaskeerd(String bsn) {
        return bsn == null || bsn.length() < 3 ? "*********" : "******" + bsn.substring(bsn.length() - 3);
    }
}
