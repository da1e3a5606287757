package nl.wmoregio.toezicht.boundary;

import java.time.LocalDate;

/** One melding in a list; aanbieder and gemeente named for display. verlopen: triage deadline passed while still open. */
public record MeldingView(long id, String nummer, String bron, String soort, long aanbiederId, String aanbiederNaam, long gemeenteId, String gemeenteNaam, LocalDate gebeurtenisDatum, LocalDate melddatum, Integer werkdagen, boolean teLaat, String status, String organisatie, LocalDate triageDeadline, boolean verlopen, long version) {
}
