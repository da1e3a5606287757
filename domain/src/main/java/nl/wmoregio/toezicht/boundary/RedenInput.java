package nl.wmoregio.toezicht.boundary;


/** A reason: for closing, reopening or anonymising. */
public record RedenInput(String reden) {
}
