package nl.wmoregio.toezicht.boundary;


/** New toezicht settings. */
public record InstellingInput(Integer meldtermijnWerkdagen, Integer triagetermijnDagen) {
}
