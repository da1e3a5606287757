package nl.wmoregio.toezicht.boundary;


/** A norm in scope of an onderzoek with its bevinding (oordeel null while missing). */
public record NormRegel(long normId, String code, String thema, String omschrijving, String oordeel, String onderbouwing, String vastgesteldDoor) {
}
