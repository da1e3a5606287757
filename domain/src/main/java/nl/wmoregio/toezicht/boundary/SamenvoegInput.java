package nl.wmoregio.toezicht.boundary;


/** Merge a melding into another melding (the case it belongs to). */
public record SamenvoegInput(Long hoofdMeldingId, String reden) {
}
