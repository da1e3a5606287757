package nl.wmoregio.toezicht.boundary;

import java.time.LocalDate;

/** A date for a workflow step (actual start, actual end). */
public record DatumInput(LocalDate datum) {
}
