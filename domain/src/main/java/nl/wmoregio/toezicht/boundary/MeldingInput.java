package nl.wmoregio.toezicht.boundary;

import java.time.LocalDate;

/** A new melding at the meldpunt. Codes as in the enums (bron, soort); dates JJJJ-MM-DD. */
public record MeldingInput(String bron, String soort, Long aanbiederId, Long gemeenteId, String clientPseudoniem, LocalDate gebeurtenisDatum, LocalDate melddatum, String omschrijving, String melderNaam, String melderContact) {
}
