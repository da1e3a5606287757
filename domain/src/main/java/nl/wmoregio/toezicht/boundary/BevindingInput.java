package nl.wmoregio.toezicht.boundary;


/** Score one norm (by id) of the onderzoek. */
public record BevindingInput(Long normId, String oordeel, String onderbouwing) {
}
