package nl.wmoregio.toezicht.boundary;


/** One norm of a toetsingskader. */
public record NormView(long id, String code, String thema, String omschrijving) {
}
