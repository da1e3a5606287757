package nl.wmoregio.toezicht.boundary;

import java.time.LocalDate;

/** A new maatregel; the deadline is required. */
public record MaatregelInput(String type, String omschrijving, LocalDate deadline) {
}
