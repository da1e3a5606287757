package nl.wmoregio.toezicht.boundary;

import java.time.LocalDate;

/**
 * A new maatregel; the deadline is required. {@code redenOverslaan}: the recorded reason when the
 * measure skips a step of the cirkel van naleving (e.g. acute danger after a calamiteit).
 */
public record MaatregelInput(String type, String omschrijving, LocalDate deadline, String redenOverslaan) {
}
