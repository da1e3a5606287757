package nl.wmoregio.web.start;

import java.util.Set;
import nl.wmoregio.shared.Rollen;

/**
 * The kinds of "Wat vraagt mijn aandacht" on the start page, and the roles each is shown to (the
 * boundary that counts it allows those roles). {@code VOLGT}: the source is being built on another
 * branch; the start page keeps a marked place for it.
 */
public enum Soort {
    TRIAGE_VANDAAG(Set.of(Rollen.TOEZICHTHOUDER, Rollen.BEHEERDER, Rollen.CONTRACTMANAGER)),
    TRIAGE_VERLOPEN(Set.of(Rollen.TOEZICHTHOUDER, Rollen.BEHEERDER, Rollen.CONTRACTMANAGER)),
    MAATREGELEN_VERLOPEN(Set.of(Rollen.TOEZICHTHOUDER, Rollen.BEHEERDER, Rollen.CONTRACTMANAGER)),
    TOETREDINGEN(Set.of(Rollen.INKOOP, Rollen.BEHEERDER, Rollen.CONTRACTMANAGER)),
    DEELOVEREENKOMSTEN_AFLOPEND(Set.of(Rollen.INKOOP, Rollen.BEHEERDER, Rollen.CONTRACTMANAGER, Rollen.CONTROLLER)),
    OPGESCHORT_MET_CLIENTEN(Set.of(Rollen.INKOOP, Rollen.BEHEERDER, Rollen.CONTRACTMANAGER, Rollen.TOEZICHTHOUDER)),
    /** Placeholder: verzoeken om toewijzing (iWmo WMO315) are built by the "iwmo" branch. */
    VERZOEKEN_OM_TOEWIJZING(Set.of(Rollen.INKOOP, Rollen.BEHEERDER, Rollen.CONTRACTMANAGER, Rollen.GEMEENTE), true),
    /** Issue 13 rule 7: begeleiding plus and IB4 MO whose time box ends within 30 days, no follow-up yet. */
    TIJDGEBONDEN_AFLOPEND(Set.of(Rollen.GEMEENTE, Rollen.BEHEERDER)),
    AFGEKEURDE_DECLARATIES(Set.of(Rollen.INKOOP, Rollen.BEHEERDER, Rollen.CONTRACTMANAGER, Rollen.GEMEENTE)),
    WAREHOUSE_RUNS(Set.of(Rollen.CONTROLLER, Rollen.GEMEENTE));

    private final Set<String> rollen;
    private final boolean volgt;

    Soort(Set<String> rollen) {
        this(rollen, false);
    }

    Soort(Set<String> rollen, boolean volgt) {
        this.rollen = rollen;
        this.volgt = volgt;
    }

    public Set<String> rollen() {
        return rollen;
    }

    public boolean volgt() {
        return volgt;
    }

    public String sleutel() {
        return "aandacht." + name().toLowerCase();
    }
}
