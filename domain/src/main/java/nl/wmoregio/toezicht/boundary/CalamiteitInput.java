package nl.wmoregio.toezicht.boundary;

import java.time.LocalDate;

/** A provider's own calamiteit or geweld report (Wmo 2015 art. 3.4); the report date is today. */
public record CalamiteitInput(String soort, Long aanbiederId, Long gemeenteId, String clientPseudoniem, LocalDate gebeurtenisDatum, String omschrijving, String melderNaam, String melderContact) {
}
