package nl.wmoregio.toezicht.boundary;


/** Findings on one norm in a year. */
public record NormTelling(String code, String omschrijving, long voldoet, long voldoetDeels, long voldoetNiet) {
}
