package nl.wmoregio.inkoop.boundary;

/** A provider to choose from, e.g. for moving a client to another contracted provider. */
public record AanbiederKeuze(long id, String naam) {
}
