package nl.wmoregio.toegang.boundary;

import java.time.LocalDate;

/** Moves a client from a suspended or ended provider: the new provider and the first day there (the old indicatie ends the day before). */
public record OvergangInput(Long aanbiederId, LocalDate per) {
}
