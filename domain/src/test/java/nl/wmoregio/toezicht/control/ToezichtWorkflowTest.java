package nl.wmoregio.toezicht.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import nl.wmoregio.shared.DomainException;
import nl.wmoregio.toezicht.boundary.MeldingSoort;
import nl.wmoregio.toezicht.boundary.MeldingStatus;
import nl.wmoregio.toezicht.boundary.OnderzoekStatus;
import nl.wmoregio.toezicht.boundary.OvergangGeweigerd;
import nl.wmoregio.toezicht.control.ToezichtWorkflow.MeldingActie;
import nl.wmoregio.toezicht.control.ToezichtWorkflow.OnderzoekActie;
import org.junit.jupiter.api.Test;

/** Every allowed transition leads where the table says, and every other (state, action) pair is refused. */
class ToezichtWorkflowTest {

    static final Map<MeldingStatus, Map<MeldingActie, MeldingStatus>> MELDING = Map.of(
            MeldingStatus.NIEUW, Map.of(MeldingActie.TOEWIJZEN, MeldingStatus.TOEGEWEZEN, MeldingActie.SLUITEN, MeldingStatus.GESLOTEN,
                    MeldingActie.BIJLAGE_TOEVOEGEN, MeldingStatus.NIEUW),
            MeldingStatus.TOEGEWEZEN, Map.of(MeldingActie.TOEWIJZEN, MeldingStatus.TOEGEWEZEN, MeldingActie.SLUITEN, MeldingStatus.GESLOTEN,
                    MeldingActie.SAMENVOEGEN, MeldingStatus.SAMENGEVOEGD, MeldingActie.ONDERZOEK_STARTEN, MeldingStatus.IN_ONDERZOEK,
                    MeldingActie.BIJLAGE_TOEVOEGEN, MeldingStatus.TOEGEWEZEN),
            MeldingStatus.GESLOTEN, Map.of(MeldingActie.HEROPENEN, MeldingStatus.TOEGEWEZEN, MeldingActie.ANONIMISEREN, MeldingStatus.GESLOTEN),
            MeldingStatus.SAMENGEVOEGD, Map.of(MeldingActie.HEROPENEN, MeldingStatus.TOEGEWEZEN, MeldingActie.ANONIMISEREN, MeldingStatus.SAMENGEVOEGD),
            MeldingStatus.IN_ONDERZOEK, Map.of());

    static final Map<OnderzoekStatus, Map<OnderzoekActie, OnderzoekStatus>> ONDERZOEK = Map.of(
            OnderzoekStatus.GEPLAND, Map.of(OnderzoekActie.STARTEN, OnderzoekStatus.LOPEND),
            OnderzoekStatus.LOPEND, Map.of(OnderzoekActie.BEVINDING_VASTLEGGEN, OnderzoekStatus.LOPEND,
                    OnderzoekActie.MAATREGEL_TOEVOEGEN, OnderzoekStatus.LOPEND, OnderzoekActie.CONCEPT_OPSTELLEN, OnderzoekStatus.RAPPORT_CONCEPT),
            OnderzoekStatus.RAPPORT_CONCEPT, Map.of(OnderzoekActie.BEVINDING_VASTLEGGEN, OnderzoekStatus.RAPPORT_CONCEPT,
                    OnderzoekActie.MAATREGEL_TOEVOEGEN, OnderzoekStatus.RAPPORT_CONCEPT,
                    OnderzoekActie.ZIENSWIJZE_VASTLEGGEN, OnderzoekStatus.ZIENSWIJZE_ONTVANGEN),
            OnderzoekStatus.ZIENSWIJZE_ONTVANGEN, Map.of(OnderzoekActie.ZIENSWIJZE_VASTLEGGEN, OnderzoekStatus.ZIENSWIJZE_ONTVANGEN,
                    OnderzoekActie.BEVINDING_VASTLEGGEN, OnderzoekStatus.ZIENSWIJZE_ONTVANGEN,
                    OnderzoekActie.MAATREGEL_TOEVOEGEN, OnderzoekStatus.ZIENSWIJZE_ONTVANGEN,
                    OnderzoekActie.DEFINITIEF_MAKEN, OnderzoekStatus.DEFINITIEF),
            OnderzoekStatus.DEFINITIEF, Map.of(OnderzoekActie.MAATREGEL_TOEVOEGEN, OnderzoekStatus.DEFINITIEF));

    @Test
    void everyMeldingStateAndActionIsAllowedOnlyAsListed() {
        int allowed = 0;
        int refused = 0;
        for (MeldingStatus van : MeldingStatus.values()) {
            for (MeldingActie actie : MeldingActie.values()) {
                MeldingStatus verwacht = MELDING.get(van).get(actie);
                if (verwacht != null) {
                    assertEquals(verwacht, ToezichtWorkflow.volgende(van, actie), van + " " + actie);
                    assertTrue(ToezichtWorkflow.toegestaan(van, actie));
                    allowed++;
                } else {
                    OvergangGeweigerd e = assertThrows(OvergangGeweigerd.class, () -> ToezichtWorkflow.volgende(van, actie), van + " " + actie);
                    assertEquals("MELDING_" + actie + "_NIET_TOEGESTAAN", e.code());
                    assertEquals("status", e.field());
                    assertFalse(ToezichtWorkflow.toegestaan(van, actie));
                    refused++;
                }
            }
        }
        assertEquals(12, allowed);
        assertEquals(MeldingStatus.values().length * MeldingActie.values().length - 12, refused);
    }

    @Test
    void everyOnderzoekStateAndActionIsAllowedOnlyAsListed() {
        int allowed = 0;
        for (OnderzoekStatus van : OnderzoekStatus.values()) {
            for (OnderzoekActie actie : OnderzoekActie.values()) {
                OnderzoekStatus verwacht = ONDERZOEK.get(van).get(actie);
                if (verwacht != null) {
                    assertEquals(verwacht, ToezichtWorkflow.volgende(van, actie), van + " " + actie);
                    allowed++;
                } else {
                    OvergangGeweigerd e = assertThrows(OvergangGeweigerd.class, () -> ToezichtWorkflow.volgende(van, actie), van + " " + actie);
                    assertEquals("ONDERZOEK_" + actie + "_NIET_TOEGESTAAN", e.code());
                }
            }
        }
        assertEquals(12, allowed);
    }

    @Test
    void aClosedMeldingCannotBecomeAnOnderzoekWithoutReopening() {
        assertThrows(OvergangGeweigerd.class, () -> ToezichtWorkflow.volgende(MeldingStatus.GESLOTEN, MeldingActie.ONDERZOEK_STARTEN));
        MeldingStatus heropend = ToezichtWorkflow.volgende(MeldingStatus.GESLOTEN, MeldingActie.HEROPENEN);
        assertEquals(MeldingStatus.IN_ONDERZOEK, ToezichtWorkflow.volgende(heropend, MeldingActie.ONDERZOEK_STARTEN));
    }

    @Test
    void workingDaysSkipWeekendsAndHolidays() {
        // Friday 2037-01-02 to Tuesday 2037-01-06: Monday and Tuesday are working days.
        assertEquals(2, Werkdagen.tussen(LocalDate.of(2037, 1, 2), LocalDate.of(2037, 1, 6)));
        assertEquals(0, Werkdagen.tussen(LocalDate.of(2037, 1, 2), LocalDate.of(2037, 1, 4)));
        // Easter 2037 is 5 April: Easter Monday 6 April is no working day.
        assertEquals(LocalDate.of(2037, 4, 5), Werkdagen.pasen(2037));
        assertEquals(LocalDate.of(2024, 3, 31), Werkdagen.pasen(2024));
        assertFalse(Werkdagen.isWerkdag(LocalDate.of(2037, 4, 6)));
        assertFalse(Werkdagen.isWerkdag(LocalDate.of(2037, 12, 25)));
        assertTrue(Werkdagen.isWerkdag(LocalDate.of(2037, 4, 7)));
    }

    @Test
    void onlyCalamiteitAndGeweldAreLateAfterTheRegionalDeadline() {
        assertTrue(ToezichtRules.teLaat(MeldingSoort.CALAMITEIT, 3, 2));
        assertTrue(ToezichtRules.teLaat(MeldingSoort.GEWELD, 3, 2));
        assertFalse(ToezichtRules.teLaat(MeldingSoort.CALAMITEIT, 2, 2));
        for (MeldingSoort s : Set.of(MeldingSoort.KLACHT, MeldingSoort.SIGNAAL_KWALITEIT, MeldingSoort.SIGNAAL_RECHTMATIGHEID)) {
            assertFalse(ToezichtRules.teLaat(s, 30, 2));
        }
    }

    @Test
    void attachmentsMustBeWhatTheyClaimAndSmall() {
        assertEquals("application/pdf", ToezichtRules.bijlage("a.pdf", "application/pdf", "%PDF-1.4 x".getBytes()));
        DomainException fake = assertThrows(DomainException.class, () -> ToezichtRules.bijlage("a.pdf", "application/pdf", "MZ not a pdf".getBytes()));
        assertEquals("BIJLAGE_TYPE", fake.code());
        assertEquals("BIJLAGE_TYPE", assertThrows(DomainException.class,
                () -> ToezichtRules.bijlage("a.exe", "application/octet-stream", new byte[] {1, 2})).code());
        assertEquals("BIJLAGE_TE_GROOT", assertThrows(DomainException.class,
                () -> ToezichtRules.bijlage("a.txt", "text/plain", new byte[ToezichtRules.MAX_BIJLAGE_BYTES + 1])).code());
    }
}
