package nl.wmoregio.toezicht.boundary;


/** Filters for the triage worklist; null means any. verlopen: only open meldingen past their triage deadline. */
public record MeldingFilter(String status, String soort, String organisatie, Long aanbiederId, Integer jaar, Boolean verlopen, Boolean teLaat) {
}
