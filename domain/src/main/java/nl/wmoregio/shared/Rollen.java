package nl.wmoregio.shared;

import java.util.List;

/** The application's roles. GEMEENTE users are bound to one gemeente. */
public final class Rollen {
    public static final String BEHEERDER = "BEHEERDER";
    public static final String INKOOP = "INKOOP";
    public static final String CONTRACTMANAGER = "CONTRACTMANAGER";
    public static final String TOEZICHTHOUDER = "TOEZICHTHOUDER";
    public static final String CONTROLLER = "CONTROLLER";
    public static final String GEMEENTE = "GEMEENTE";
    /** A reporting account for providers: may only submit calamiteit/geweld meldingen (toezicht, issue 5). */
    public static final String MELDER = "MELDER";
    /** A provider's iWmo account (issue 15): fetches its own WMO301 outbox only (gebruiker.aanbieder_id). */
    public static final String AANBIEDER = "AANBIEDER";

    public static final List<String> ALLE = List.of(BEHEERDER, INKOOP, CONTRACTMANAGER, TOEZICHTHOUDER, CONTROLLER, GEMEENTE, MELDER, AANBIEDER);

    private Rollen() {
    }
}
