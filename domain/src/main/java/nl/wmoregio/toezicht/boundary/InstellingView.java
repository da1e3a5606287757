package nl.wmoregio.toezicht.boundary;


/** The region's toezicht settings. */
public record InstellingView(String regioCode, int meldtermijnWerkdagen, int triagetermijnDagen, long version) {
}
