package nl.wmoregio.toezicht.boundary;

import java.time.LocalDate;
import java.util.List;

/** A new onderzoek. From a melding, aanbieder, gemeente and organisatie default to the melding's. normCodes empty: every norm of the kader is in scope. */
public record OnderzoekInput(String type, Long aanbiederId, Long gemeenteId, String organisatie, String scope, LocalDate geplandVan, LocalDate geplandTot, Long kaderId, List<String> normCodes) {
}
