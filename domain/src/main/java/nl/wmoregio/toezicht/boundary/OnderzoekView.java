package nl.wmoregio.toezicht.boundary;

import java.time.LocalDate;

/** One onderzoek in a list. */
public record OnderzoekView(long id, String nummer, String type, long aanbiederId, String aanbiederNaam, Long gemeenteId, String organisatie, String status, LocalDate geplandVan, LocalDate geplandTot, long version) {
}
