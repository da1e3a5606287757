package nl.wmoregio.toezicht.control;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import nl.wmoregio.toezicht.boundary.MeldingStatus;
import nl.wmoregio.toezicht.boundary.OnderzoekStatus;
import nl.wmoregio.toezicht.boundary.OvergangGeweigerd;

/**
 * The explicit state machines of toezicht: which action is allowed in which state, and where it
 * leads. Pure logic (no container), tested transition by transition. Anything not listed is refused
 * with {@link OvergangGeweigerd} and a code naming the action.
 */
public final class ToezichtWorkflow {

    public enum MeldingActie { TOEWIJZEN, SLUITEN, SAMENVOEGEN, ONDERZOEK_STARTEN, HEROPENEN, ANONIMISEREN, BIJLAGE_TOEVOEGEN }

    public enum OnderzoekActie { STARTEN, BEVINDING_VASTLEGGEN, MAATREGEL_TOEVOEGEN, CONCEPT_OPSTELLEN, ZIENSWIJZE_VASTLEGGEN, DEFINITIEF_MAKEN }

    private static final Map<MeldingStatus, Map<MeldingActie, MeldingStatus>> MELDING = new EnumMap<>(MeldingStatus.class);
    private static final Map<OnderzoekStatus, Map<OnderzoekActie, OnderzoekStatus>> ONDERZOEK = new EnumMap<>(OnderzoekStatus.class);

    static {
        for (MeldingStatus s : MeldingStatus.values()) {
            MELDING.put(s, new EnumMap<>(MeldingActie.class));
        }
        melding(MeldingStatus.NIEUW, MeldingActie.TOEWIJZEN, MeldingStatus.TOEGEWEZEN);
        melding(MeldingStatus.NIEUW, MeldingActie.SLUITEN, MeldingStatus.GESLOTEN);
        melding(MeldingStatus.NIEUW, MeldingActie.BIJLAGE_TOEVOEGEN, MeldingStatus.NIEUW);
        melding(MeldingStatus.TOEGEWEZEN, MeldingActie.TOEWIJZEN, MeldingStatus.TOEGEWEZEN);
        melding(MeldingStatus.TOEGEWEZEN, MeldingActie.SLUITEN, MeldingStatus.GESLOTEN);
        melding(MeldingStatus.TOEGEWEZEN, MeldingActie.SAMENVOEGEN, MeldingStatus.SAMENGEVOEGD);
        melding(MeldingStatus.TOEGEWEZEN, MeldingActie.ONDERZOEK_STARTEN, MeldingStatus.IN_ONDERZOEK);
        melding(MeldingStatus.TOEGEWEZEN, MeldingActie.BIJLAGE_TOEVOEGEN, MeldingStatus.TOEGEWEZEN);
        melding(MeldingStatus.GESLOTEN, MeldingActie.HEROPENEN, MeldingStatus.TOEGEWEZEN);
        melding(MeldingStatus.GESLOTEN, MeldingActie.ANONIMISEREN, MeldingStatus.GESLOTEN);
        melding(MeldingStatus.SAMENGEVOEGD, MeldingActie.HEROPENEN, MeldingStatus.TOEGEWEZEN);
        melding(MeldingStatus.SAMENGEVOEGD, MeldingActie.ANONIMISEREN, MeldingStatus.SAMENGEVOEGD);

        for (OnderzoekStatus s : OnderzoekStatus.values()) {
            ONDERZOEK.put(s, new EnumMap<>(OnderzoekActie.class));
        }
        onderzoek(OnderzoekStatus.GEPLAND, OnderzoekActie.STARTEN, OnderzoekStatus.LOPEND);
        onderzoek(OnderzoekStatus.LOPEND, OnderzoekActie.BEVINDING_VASTLEGGEN, OnderzoekStatus.LOPEND);
        onderzoek(OnderzoekStatus.LOPEND, OnderzoekActie.MAATREGEL_TOEVOEGEN, OnderzoekStatus.LOPEND);
        onderzoek(OnderzoekStatus.LOPEND, OnderzoekActie.CONCEPT_OPSTELLEN, OnderzoekStatus.RAPPORT_CONCEPT);
        onderzoek(OnderzoekStatus.RAPPORT_CONCEPT, OnderzoekActie.BEVINDING_VASTLEGGEN, OnderzoekStatus.RAPPORT_CONCEPT);
        onderzoek(OnderzoekStatus.RAPPORT_CONCEPT, OnderzoekActie.MAATREGEL_TOEVOEGEN, OnderzoekStatus.RAPPORT_CONCEPT);
        onderzoek(OnderzoekStatus.RAPPORT_CONCEPT, OnderzoekActie.ZIENSWIJZE_VASTLEGGEN, OnderzoekStatus.ZIENSWIJZE_ONTVANGEN);
        onderzoek(OnderzoekStatus.ZIENSWIJZE_ONTVANGEN, OnderzoekActie.ZIENSWIJZE_VASTLEGGEN, OnderzoekStatus.ZIENSWIJZE_ONTVANGEN);
        // The zienswijze may lead to adjusted findings before the report is final.
        onderzoek(OnderzoekStatus.ZIENSWIJZE_ONTVANGEN, OnderzoekActie.BEVINDING_VASTLEGGEN, OnderzoekStatus.ZIENSWIJZE_ONTVANGEN);
        onderzoek(OnderzoekStatus.ZIENSWIJZE_ONTVANGEN, OnderzoekActie.MAATREGEL_TOEVOEGEN, OnderzoekStatus.ZIENSWIJZE_ONTVANGEN);
        onderzoek(OnderzoekStatus.ZIENSWIJZE_ONTVANGEN, OnderzoekActie.DEFINITIEF_MAKEN, OnderzoekStatus.DEFINITIEF);
        // After the report is final, measures still follow (the cirkel van naleving goes on).
        onderzoek(OnderzoekStatus.DEFINITIEF, OnderzoekActie.MAATREGEL_TOEVOEGEN, OnderzoekStatus.DEFINITIEF);
    }

    private ToezichtWorkflow() {
    }

    private static void melding(MeldingStatus van, MeldingActie actie, MeldingStatus naar) {
        MELDING.get(van).put(actie, naar);
    }

    private static void onderzoek(OnderzoekStatus van, OnderzoekActie actie, OnderzoekStatus naar) {
        ONDERZOEK.get(van).put(actie, naar);
    }

    public static boolean toegestaan(MeldingStatus van, MeldingActie actie) {
        return MELDING.get(van).containsKey(actie);
    }

    public static boolean toegestaan(OnderzoekStatus van, OnderzoekActie actie) {
        return ONDERZOEK.get(van).containsKey(actie);
    }

    public static Set<MeldingActie> acties(MeldingStatus van) {
        return MELDING.get(van).keySet();
    }

    public static Set<OnderzoekActie> acties(OnderzoekStatus van) {
        return ONDERZOEK.get(van).keySet();
    }

    /** The state after the action, or {@link OvergangGeweigerd} with code MELDING_{ACTIE}_NIET_TOEGESTAAN. */
    public static MeldingStatus volgende(MeldingStatus van, MeldingActie actie) {
        MeldingStatus naar = MELDING.get(van).get(actie);
        if (naar == null) {
            throw new OvergangGeweigerd("MELDING_" + actie + "_NIET_TOEGESTAAN",
                    "Een melding met status " + van + " staat actie " + actie + " niet toe"
                            + (van == MeldingStatus.GESLOTEN ? " (eerst heropenen met een reden)" : ""));
        }
        return naar;
    }

    public static OnderzoekStatus volgende(OnderzoekStatus van, OnderzoekActie actie) {
        OnderzoekStatus naar = ONDERZOEK.get(van).get(actie);
        if (naar == null) {
            throw new OvergangGeweigerd("ONDERZOEK_" + actie + "_NIET_TOEGESTAAN",
                    "Een onderzoek met status " + van + " staat actie " + actie + " niet toe");
        }
        return naar;
    }
}
