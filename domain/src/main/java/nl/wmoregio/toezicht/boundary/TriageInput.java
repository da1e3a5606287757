package nl.wmoregio.toezicht.boundary;


/** Assign a melding to a toezicht organisation; termijnDagen (optional) sets the new deadline from today. */
public record TriageInput(String organisatie, Integer termijnDagen) {
}
